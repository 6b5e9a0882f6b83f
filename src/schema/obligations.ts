/**
 * `docs/legal/_data/obligations.yaml`: every legal duty the kit describes, one record per duty,
 * in the law's own terms, with pinpoint citations. Jurisdiction guides render their tables from it;
 * the routing tool (src/lib/routing.ts) reads `report_to`, `reach` and `alternatives`.
 * Cross-references to destinations are checked by the content tests.
 */
import * as z from 'zod';
import { isoDate } from './common';
import { jurisdictionCode } from './jurisdiction';
import { checkUniqueIds, citationSchema, recordId, text, textList } from './legal-common';
import { FEATURES, SIZE_BANDS } from './profile';

export const OBLIGATION_STATUSES = ['in_force', 'in_flux', 'proposed', 'lapsed'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const STATUS_LABELS: Record<ObligationStatus, string> = {
  in_force: 'In force',
  in_flux: 'In flux',
  proposed: 'Proposed, not law',
  lapsed: 'Lapsed',
};

/** What kind of duty a record is; the guides group by it and "what applies" says it. */
export const DUTY_KINDS = [
  'report',
  'preserve',
  'no_disclosure',
  'removal',
  'notice_and_action',
  'statement_of_reasons',
  'complaints',
  'risk_assessment',
  'safety_measures',
  'age_assurance',
  'transparency',
  'points_of_contact',
  'records',
  'orders',
  'state_of_law',
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export const DUTY_KIND_LABELS: Record<DutyKind, string> = {
  report: 'Report',
  preserve: 'Preserve',
  no_disclosure: 'Do not disclose',
  removal: 'Remove',
  notice_and_action: 'Notice and action',
  statement_of_reasons: 'Statement of reasons',
  complaints: 'Complaints',
  risk_assessment: 'Risk assessment',
  safety_measures: 'Safety measures',
  age_assurance: 'Age assurance',
  transparency: 'Transparency',
  points_of_contact: 'Points of contact',
  records: 'Records',
  orders: 'Orders from authorities',
  state_of_law: 'State of the law',
};

export const REACH_FACTORS = ['established', 'users', 'hosted'] as const;
export type ReachFactor = (typeof REACH_FACTORS)[number];

/** How one connecting factor brings a provider under the duty. */
export const reachRuleSchema = z.strictObject({
  /** `applies`: the law says so; `unclear`: ask counsel (the tool shows it under "check with counsel"). */
  effect: z.enum(['applies', 'unclear'], { error: 'Expected effect: applies or unclear' }),
  /** Why, in one or two plain sentences with the provision. Shown as the reason in the routing tool. */
  why: text('why this factor brings a provider under the duty, with the provision'),
  /** Skip this factor when the provider is also established in the jurisdiction (another rule then covers it). */
  unless_established: z.literal(true, { error: 'Expected unless_established: true, or no such key' }).optional(),
});

export const obligationSchema = z.strictObject({
  id: recordId,
  jurisdiction: jurisdictionCode,
  title: text('a title that says the duty in a few words'),
  /** The statute, regulation or article, e.g. "18 U.S.C. § 2258A(a)". */
  instrument: text('the instrument and provision, e.g. 18 U.S.C. § 2258A(a)'),
  /** Who the duty binds, in the law's own terms. */
  applies_to: text("who the duty applies to, in the law's own terms"),
  trigger: text('what triggers the duty'),
  must_do: textList('what you must do'),
  /** The destination id (destinations.yaml) the duty reports to, or null when it reports nowhere. */
  report_to: z
    .string({ error: 'Expected report_to: a destination id from destinations.yaml, or null' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'Expected report_to: a destination id from destinations.yaml, or null',
    })
    .nullable(),
  deadline: text('the deadline, quoted where the law sets one').nullable().optional(),
  include: z.array(text('what a report must or may include')).optional(),
  preserve: z
    .strictObject({
      period: text('the preservation period, e.g. 1 year'),
      what: text('what must be preserved'),
      instrument: text('the provision that sets the period'),
    })
    .optional(),
  do_not: z.array(text('what not to do')).optional(),
  penalties: text('the penalties, or that they could not be confirmed').optional(),
  status: z.enum(OBLIGATION_STATUSES, { error: `Expected status to be one of ${OBLIGATION_STATUSES.join(', ')}` }),
  /** The date the status was last checked; write it for every record, the law moves. */
  as_of: isoDate,
  notes: text('notes').optional(),
  /** For reporting duties: how where you are established, where your users are and where content is hosted bring you under it. */
  reach: z
    .strictObject({
      established: reachRuleSchema.optional(),
      users: reachRuleSchema.optional(),
      hosted: reachRuleSchema.optional(),
    })
    .optional(),
  /** Other destinations the law allows in named cases (e.g. Europol under DSA Art. 18(2)). */
  alternatives: z
    .array(z.strictObject({ destination: recordId, when: text('when the alternative destination applies') }))
    .optional(),
  /** What kind of duty this is (report, preserve, risk assessment…). */
  kind: z.enum(DUTY_KINDS, { error: `Expected kind to be one of ${DUTY_KINDS.join(', ')}` }).optional(),
  /** The date the duty binds from, where the law sets one. */
  effective: isoDate.optional(),
  /** The id of the duty this one follows (preservation after a report): it applies exactly when that duty does. */
  follows: recordId.optional(),
  /** Profile size bands the law exempts (e.g. DSA Art. 19: micro and small enterprises), with the provision. */
  exempt: z
    .strictObject({
      size_bands: z
        .array(z.enum(SIZE_BANDS, { error: `Expected size bands from ${SIZE_BANDS.join(', ')}` }))
        .min(1, { error: 'Expected at least one size band' }),
      why: text('why those sizes are exempt, with the provision'),
    })
    .optional(),
  /** Features that bring the duty into play (any of them); without them the duty is a question for counsel. */
  features: z
    .strictObject({
      any: z
        .array(z.enum(FEATURES, { error: `Expected features from ${FEATURES.join(', ')}` }))
        .min(1, { error: 'Expected at least one feature' }),
      why: text('why those features matter, with the provision'),
    })
    .optional(),
  citations: z
    .array(citationSchema, { error: 'Expected a list of citations (title, url, accessed, pinpoint)' })
    .min(1, {
      error: 'Expected at least one citation',
    }),
});

export type Obligation = z.infer<typeof obligationSchema>;
export type ReachRule = z.infer<typeof reachRuleSchema>;

export const obligationsDataSchema = z
  .array(obligationSchema, { error: 'Expected a list of obligation records' })
  .min(1, { error: 'Expected at least one obligation record' })
  .superRefine((records, context) => {
    checkUniqueIds(records, context, 'obligation');
    const ids = new Set(records.map((record) => record.id));
    records.forEach((record, index) => {
      // A duty whose kind is not `report` (notice and action, risk assessment…) may say how places bring a provider under it.
      if (record.reach && record.report_to === null && (record.kind === undefined || record.kind === 'report')) {
        context.addIssue({
          code: 'custom',
          path: [index, 'reach'],
          message: 'Expected `report_to` to name a destination: a duty with `reach` routes a report',
        });
      }
      if (record.follows !== undefined && (!ids.has(record.follows) || record.follows === record.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'follows'],
          message: `Expected follows to name another obligation id in this file; ${record.follows} is not one`,
        });
      }
      if (record.follows !== undefined && record.reach) {
        context.addIssue({
          code: 'custom',
          path: [index, 'follows'],
          message: 'Expected either follows or reach, not both: a duty that follows another takes its reach',
        });
      }
    });
  });
