/**
 * `docs/legal/_data/destinations.yaml`: where reports go (NCMEC's CyberTipline, the NCA, the
 * Canadian Centre for Child Protection, police, regulators, support services). `url` is set only
 * when the address was read on the operator's own or an official page; otherwise it is null.
 */
import * as z from 'zod';
import { httpsUrl } from './common';
import { jurisdictionCode } from './jurisdiction';
import { checkUniqueIds, citationSchema, citedSourceSchema, recordId, text, textList } from './legal-common';
import { isCountryCode } from './countries';

export const DESTINATION_KINDS = ['mandatory_report', 'police', 'regulator', 'support_service'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

export const DESTINATION_KIND_LABELS: Record<DestinationKind, string> = {
  mandatory_report: 'Receives mandatory reports',
  police: 'Police',
  regulator: 'Regulator',
  support_service: 'Support service',
};

/**
 * What an item of a destination's report checklist rests on: the law or the destination requires it,
 * the law or the destination's own guidance expects it, the law leaves it to you, how to send the
 * report, or what to do after it.
 */
export const REPORT_ITEM_BASES = ['required', 'expected', 'your_choice', 'how_to_send', 'after_report'] as const;
export type ReportItemBasis = (typeof REPORT_ITEM_BASES)[number];

export const REPORT_ITEM_BASIS_LABELS: Record<ReportItemBasis, string> = {
  required: 'Required',
  expected: 'Expected',
  your_choice: 'Your choice',
  how_to_send: 'How to send it',
  after_report: 'After the report',
};

/** One item of a report checklist, with the pinpoint in the law or the destination's own documentation that says it. */
export const reportItemSchema = z.strictObject({
  item: text('what to include or do'),
  basis: z.enum(REPORT_ITEM_BASES, { error: `Expected basis to be one of ${REPORT_ITEM_BASES.join(', ')}` }),
  source: citationSchema,
});

/**
 * What makes a report to this destination actionable, only from the statute or the destination's
 * own documentation; `not_confirmed` says, with its date, what could not be read there.
 */
export const reportChecklistSchema = z.strictObject({
  items: z.array(reportItemSchema, { error: 'Expected a list of checklist items' }).min(1, {
    error: 'Expected at least one checklist item',
  }),
  not_confirmed: text("what the law or the destination's documentation could not confirm, with the date"),
});

export type ReportItem = z.infer<typeof reportItemSchema>;
export type ReportChecklist = z.infer<typeof reportChecklistSchema>;

export const countryCode = z
  .string({ error: 'Expected an ISO 3166-1 alpha-2 country code such as DE' })
  .refine(isCountryCode, { error: 'Expected an ISO 3166-1 alpha-2 country code such as DE' });

export const destinationSchema = z.strictObject({
  id: recordId,
  name: text('the name of the destination'),
  operator: text('who runs it'),
  jurisdiction: jurisdictionCode,
  kind: z.enum(DESTINATION_KINDS, { error: `Expected kind to be one of ${DESTINATION_KINDS.join(', ')}` }),
  url: httpsUrl.nullable(),
  /** A destination that handles part of a wider one, for some countries (e.g. Germany's BKA within Member State police). */
  refines: recordId.optional(),
  countries: z.array(countryCode).min(1, { error: 'Expected at least one country code' }).optional(),
  accepts: textList('what the destination accepts'),
  how: text('how to report there'),
  notes: text('notes').optional(),
  /** What makes a report here actionable, each item sourced; shown on the destination's card. */
  report_checklist: reportChecklistSchema.optional(),
  sources: z.array(citedSourceSchema, { error: 'Expected a list of sources (title, url, accessed)' }).min(1, {
    error: 'Expected at least one source',
  }),
});

export type Destination = z.infer<typeof destinationSchema>;

export const destinationsDataSchema = z
  .array(destinationSchema, { error: 'Expected a list of destination records' })
  .min(1, { error: 'Expected at least one destination record' })
  .superRefine((records, context) => {
    checkUniqueIds(records, context, 'destination');
    records.forEach((record, index) => {
      if ((record.refines === undefined) !== (record.countries === undefined)) {
        context.addIssue({
          code: 'custom',
          path: [index, record.refines === undefined ? 'countries' : 'refines'],
          message: 'Expected `refines` and `countries` together: a refining destination names the countries it serves',
        });
      }
    });
  });
