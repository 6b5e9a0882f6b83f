/**
 * Building blocks shared by the legal data kinds (obligations, destinations, hotlines, law changes):
 * record ids and cited sources that say whether they are primary.
 */
import * as z from 'zod';
import { checkUniqueKeys, sourceSchema } from './common';

/** A non-empty line of prose whose error message says what the field should hold. */
export function text(expected: string) {
  return z
    .string({ error: `Expected ${expected}` })
    .trim()
    .min(1, { error: `Expected ${expected}` });
}

/** A non-empty list of prose items. */
export function textList(expected: string) {
  return z
    .array(text(expected), { error: `Expected a list of ${expected}` })
    .min(1, { error: `Expected at least one item: ${expected}` });
}

/** A kebab-case id, unique within its file, used for cross-references and page anchors. */
export const recordId = z
  .string({ error: 'Expected a kebab-case id such as us-report-cybertipline' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Expected a kebab-case id such as us-report-cybertipline' });

/**
 * A source as a data record cites it. `secondary: true` marks a reproduction, summary or press report:
 * it may support context, but a legal duty always needs a primary source too (checked by the content tests).
 */
export const citedSourceSchema = sourceSchema.extend({
  secondary: z
    .literal(true, { error: 'Expected secondary: true, or no secondary key for a primary source' })
    .optional(),
});

/** A citation of a legal record: a cited source that must say where in the source (section, article, paragraph). */
export const citationSchema = citedSourceSchema.extend({
  pinpoint: text('a pinpoint: the section, article or paragraph cited'),
});

export type CitedSource = z.infer<typeof citedSourceSchema>;
export type Citation = z.infer<typeof citationSchema>;

/** Add one issue per repeated id, pointing at the later record. */
export function checkUniqueIds(records: readonly { id: string }[], context: z.RefinementCtx, what: string): void {
  checkUniqueKeys(
    records,
    context,
    'id',
    (id, first) => `Duplicate ${what} id ${id} (first used by record ${first}); each id appears once`,
  );
}
