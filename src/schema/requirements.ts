/**
 * `docs/policies/_data/requirements.yaml`: one record per requirement a small platform meets
 * (a statute's duty, a regulator's measure, an app store's rule, an industry practice), each with
 * its pinpoint and primary source, the services it applies to, and the clauses of the templates
 * and steps of the flows that meet it, or why the kit does not meet it. The crosswalk page, its
 * downloads and `child-safety-kit crosswalk` read it; the content tests check every reference.
 */
import * as z from 'zod';
import { NOT_COVERED_REASONS, REGIME_IDS, type NotCoveredReason } from './regimes';
import { appliesWhenSchema } from './templates-data';
import { checkUniqueIds, citedSourceSchema, recordId, text } from './legal-common';

/**
 * What meets a requirement: a template clause, `child-safety-policy#reporting` (template id, then
 * clause id), or a flow step, `flows/confirmed-csam#report` (flow id, then node id).
 */
export const CLAUSE_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z][a-z0-9_]{1,39}$/;
export const STEP_REF = /^flows\/[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/;

const reference = z
  .string({ error: 'Expected a clause (template#clause_id) or a flow step (flows/flow-id#step-id)' })
  .refine((value) => CLAUSE_REF.test(value) || STEP_REF.test(value), {
    error: 'Expected a clause (child-safety-policy#reporting) or a flow step (flows/confirmed-csam#report)',
  });

export const requirementSchema = z
  .strictObject({
    id: recordId,
    regime: z.enum(REGIME_IDS, { error: `Expected regime: one of ${REGIME_IDS.join(', ')}` }),
    /** Where in the source: section, article, paragraph or measure. */
    pinpoint: text('a pinpoint: the section, article, paragraph or measure'),
    /** One line in plain words. Quote only a few of the source's words, in quotation marks. */
    requirement: text('the requirement in one line, in plain words').refine(
      (value) => value.length <= 320 && !value.includes('\n'),
      {
        error: 'Expected one line of at most 320 characters; paraphrase, and quote only a few words',
      },
    ),
    /** Which services it applies to, in the source's terms. */
    applies_to: text('which services the requirement applies to'),
    /** When it applies to a platform profile, beyond the regime's jurisdiction (e.g. only apps). */
    applies_when: appliesWhenSchema.optional(),
    source: citedSourceSchema,
    met_by: z
      .array(reference)
      .min(1, { error: 'Expected at least one clause or flow step; or leave out met_by and give not_covered' })
      .optional(),
    not_covered: z
      .strictObject({
        reason: z.enum(Object.keys(NOT_COVERED_REASONS) as NotCoveredReason[], {
          error: `Expected reason: one of ${Object.keys(NOT_COVERED_REASONS).join(', ')}`,
        }),
        why: text('why the kit does not meet it, and what you do instead'),
      })
      .optional(),
  })
  .refine((record) => record.met_by !== undefined || record.not_covered !== undefined, {
    error: 'Expected met_by (the clauses or flow steps that meet it) or not_covered (the reason it is not met)',
    path: ['met_by'],
  });

export type Requirement = z.infer<typeof requirementSchema>;
export { NOT_COVERED_REASONS, REGIMES, REGIME_IDS, type NotCoveredReason, type Regime } from './regimes';

export const requirementsDataSchema = z
  .array(requirementSchema, { error: 'Expected a list of requirement records' })
  .min(1, { error: 'Expected at least one requirement record' })
  .superRefine((records, context) => checkUniqueIds(records, context, 'requirement'));
