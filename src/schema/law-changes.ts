/**
 * `docs/legal/_data/law-changes.yaml`: dated changes in the law, shown in the "What changed
 * recently" box of each jurisdiction guide. `confirmed` means we read it in a primary source;
 * `reported` means only secondary sources say so, and the box says that plainly.
 */
import * as z from 'zod';
import { isoDate } from './common';
import { jurisdictionCode } from './jurisdiction';
import { citedSourceSchema, recordId, text } from './legal-common';

export const lawChangeSchema = z.strictObject({
  date: isoDate,
  jurisdiction: jurisdictionCode,
  title: text('what changed, in a few words'),
  summary: text('what the change means for a provider'),
  certainty: z.enum(['confirmed', 'reported'], { error: 'Expected certainty: confirmed or reported' }),
  /** Obligation ids (obligations.yaml) the change affects. */
  obligations: z.array(recordId).optional(),
  sources: z.array(citedSourceSchema, { error: 'Expected a list of sources (title, url, accessed)' }).min(1, {
    error: 'Expected at least one source',
  }),
});

export type LawChange = z.infer<typeof lawChangeSchema>;

export const lawChangesDataSchema = z
  .array(lawChangeSchema, { error: 'Expected a list of law changes' })
  .min(1, { error: 'Expected at least one law change' })
  .superRefine((records, context) => {
    records.forEach((record, index) => {
      const previous = records[index - 1];
      if (previous && previous.date < record.date) {
        context.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: `Expected changes newest first: ${record.date} comes after ${previous.date}`,
        });
      }
    });
  });
