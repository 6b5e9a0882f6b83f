/**
 * `docs/legal/_data/jurisdictions.yaml`: one record per jurisdiction the kit covers, shown on the
 * Legal reporting overview. The codes come from `jurisdiction.ts`, so data and front matter agree.
 */
import * as z from 'zod';
import { checkUniqueKeys, isoDate, prose, sourceSchema } from './common';
import { jurisdictionCode } from './jurisdiction';

export const jurisdictionRecordSchema = z.strictObject({
  code: jurisdictionCode,
  name: prose,
  /** The main duty in one plain sentence, for the overview table. */
  duty: prose,
  /** Where a provider reports, in words (the destinations data holds the details). */
  report_to: prose,
  /** Status of the rules in one line, e.g. "In force since 7 April 2026". */
  status: prose,
  as_of: isoDate,
  sources: z.array(sourceSchema).min(1, { error: 'Expected at least one source for the jurisdiction' }),
});

export const jurisdictionsDataSchema = z
  .array(jurisdictionRecordSchema, { error: 'Expected a list of jurisdiction records' })
  .min(1)
  .superRefine((records, context) =>
    checkUniqueKeys(records, context, 'code', (code) => `Duplicate jurisdiction code ${code}; each code appears once`),
  );

export type JurisdictionRecord = z.infer<typeof jurisdictionRecordSchema>;
