/**
 * Small building blocks shared by every schema: dates, https URLs, sources.
 * Declared once here so front matter and every data kind describe a source the same way.
 */
import * as z from 'zod';
import { isHttpsUrl } from './patterns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date, YYYY-MM-DD. YAML parsers disagree on dates (js-yaml, used by Docusaurus,
 * makes them `Date` objects; `yaml` keeps strings), so both are accepted and normalised to a string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Expected a date written as YYYY-MM-DD' })
    .refine(isCalendarDate, { error: 'Expected a real date written as YYYY-MM-DD' }),
);

/** A well-formed https URL with a host name that has a dot (no localhost, no IP-less shortcuts). */
export const httpsUrl = z
  .string({ error: 'Expected an https URL' })
  .refine(isHttpsUrl, { error: 'Expected a well-formed https URL (https://host.example/path)' });

/** One source as cited on a page or in a data record. */
export const sourceSchema = z.strictObject({
  title: z.string({ error: 'Expected the title of the source' }).min(3, { error: 'Expected the title of the source' }),
  url: httpsUrl,
  accessed: isoDate,
  /** Where in the source: a section, article or paragraph, e.g. "s. 66(1)". */
  pinpoint: z.string().min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;

/** A non-empty, trimmed line of prose. */
export const prose = z.string().trim().min(1, { error: 'Expected some text' });

/**
 * Add one issue per repeated value of `key` in a list of records, at the later record, worded by
 * `message` (given the value and the index of the record that first used it).
 */
export function checkUniqueKeys<K extends string>(
  records: readonly Record<K, string>[],
  context: z.RefinementCtx,
  key: K,
  message: (value: string, first: number) => string,
): void {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const value = record[key];
    const first = seen.get(value);
    if (first !== undefined) context.addIssue({ code: 'custom', path: [index, key], message: message(value, first) });
    else seen.set(value, index);
  });
}
