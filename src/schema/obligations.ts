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

export const OBLIGATION_STATUSES = ['in_force', 'in_flux', 'proposed', 'lapsed'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const STATUS_LABELS: Record<ObligationStatus, string> = {
  in_force: 'In force',
  in_flux: 'In flux',
  proposed: 'Proposed, not law',
  lapsed: 'Lapsed',
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
  applies_to: text('who the duty applies to, in the law\'s own terms'),
  trigger: text('what triggers the duty'),
  must_do: textList('what you must do'),
  /** The destination id (destinations.yaml) the duty reports to, or null when it reports nowhere. */
  report_to: z
    .string({ error: 'Expected report_to: a destination id from destinations.yaml, or null' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Expected report_to: a destination id from destinations.yaml, or null' })
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
    .strictObject({ established: reachRuleSchema.optional(), users: reachRuleSchema.optional(), hosted: reachRuleSchema.optional() })
    .optional(),
  /** Other destinations the law allows in named cases (e.g. Europol under DSA Art. 18(2)). */
  alternatives: z.array(z.strictObject({ destination: recordId, when: text('when the alternative destination applies') })).optional(),
  citations: z.array(citationSchema, { error: 'Expected a list of citations (title, url, accessed, pinpoint)' }).min(1, {
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
    records.forEach((record, index) => {
      if (record.reach && record.report_to === null) {
        context.addIssue({
          code: 'custom',
          path: [index, 'reach'],
          message: 'A duty with `reach` routes a report, so `report_to` must name a destination',
        });
      }
    });
  });
