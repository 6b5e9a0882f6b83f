/**
 * `docs/legal/_data/hotlines.yaml`: the directory of national hotlines where anyone may report
 * child sexual abuse material (CSAM) voluntarily, most of them INHOPE members. Only entries whose
 * reporting address was read on the organisation's or INHOPE's own pages belong here.
 */
import * as z from 'zod';
import { httpsUrl, isoDate } from './common';
import { countryCode } from './destinations';
import { checkUniqueIds, citedSourceSchema, recordId, text } from './legal-common';
import { isLanguageCode } from './countries';

export const HOTLINE_KINDS = ['hotline', 'government'] as const;
export type HotlineKind = (typeof HOTLINE_KINDS)[number];

/** What a hotline accepts: a closed vocabulary, so the directory can filter on it. */
export const HOTLINE_ACCEPTS = ['csam', 'grooming', 'sextortion', 'trafficking', 'ncii', 'other_illegal'] as const;
export type HotlineAccepts = (typeof HOTLINE_ACCEPTS)[number];

export const ACCEPTS_LABELS: Record<HotlineAccepts, string> = {
  csam: 'Child sexual abuse material (CSAM)',
  grooming: 'Grooming and online enticement',
  sextortion: 'Sexual extortion (sextortion)',
  trafficking: 'Child trafficking',
  ncii: 'Non-consensual intimate imagery (NCII)',
  other_illegal: 'Other illegal content',
};

export const languageCode = z
  .string({ error: 'Expected an ISO 639-1 language code such as de' })
  .refine(isLanguageCode, { error: 'Expected an ISO 639-1 language code such as de' });

const uniqueList = <T extends z.ZodType>(item: T, expected: string) =>
  z
    .array(item, { error: `Expected a list of ${expected}` })
    .min(1, { error: `Expected at least one of ${expected}` })
    .refine((list) => new Set(list).size === list.length, { error: `Expected each of ${expected} once` });

export const hotlineSchema = z.strictObject({
  id: recordId,
  /** ISO 3166-1 alpha-2: GB for the United Kingdom. */
  country: countryCode,
  /**
   * `hotline`: an independent hotline (most are INHOPE members); `government`: a state reporting portal
   * (police, ministry). Optional so that released versions, written before it, still validate; the
   * content tests require it for the current data.
   */
  kind: z.enum(HOTLINE_KINDS, { error: `Expected kind: ${HOTLINE_KINDS.join(' or ')}` }).optional(),
  organisation: text('the organisation that runs the hotline'),
  name: text('the name of the hotline'),
  /** The reporting page, read on the organisation's own page (never guessed). */
  report_url: httpsUrl,
  website: httpsUrl.optional(),
  accepts: uniqueList(
    z.enum(HOTLINE_ACCEPTS, { error: `Expected one of ${HOTLINE_ACCEPTS.join(', ')}` }),
    'what the hotline accepts',
  ),
  languages: uniqueList(languageCode, 'the languages the reporting page offers'),
  /** Set only when the organisation's own page says reports can be anonymous. */
  anonymous: z.literal(true, { error: 'Expected anonymous: true, or no anonymous key when not stated' }).optional(),
  /** true or false when stated on INHOPE's or the organisation's page; `unconfirmed` when we could not confirm it. */
  inhope_member: z.union([z.boolean(), z.literal('unconfirmed')], {
    error: 'Expected inhope_member: true, false or unconfirmed',
  }),
  /** The destination (destinations.yaml) that is the same service, if any, so the routing tool lists it once. */
  destination: recordId.optional(),
  notes: text('notes').optional(),
  /** The date the record was last checked against its sources (optional for released versions; required by the content tests). */
  as_of: isoDate.optional(),
  sources: z.array(citedSourceSchema, { error: 'Expected a list of sources (title, url, accessed)' }).min(1, {
    error: 'Expected at least one source',
  }),
});

export type Hotline = z.infer<typeof hotlineSchema>;

export const hotlinesDataSchema = z
  .array(hotlineSchema, { error: 'Expected a list of hotline records' })
  .min(1, { error: 'Expected at least one hotline record' })
  .superRefine((records, context) => checkUniqueIds(records, context, 'hotline'));
