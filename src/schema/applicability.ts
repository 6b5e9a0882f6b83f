/**
 * `docs/threats/_data/applicability.yaml`: the rules "what applies to you" uses beside the rules the
 * other data already carries (an obligation's `reach`, a template's and a programme's `applies_when`,
 * a threat's `exposure`). Conditions have the one shape templates.yaml uses (`any_feature`,
 * `any_jurisdiction`), evaluated by src/lib/templates/applicability.ts. Ids are checked against the
 * real flows, templates and pages by the content tests, and by `checkApplicabilityRefs` in
 * src/lib/applicability.ts.
 */
import * as z from 'zod';
import { prose } from './common';
import { FEATURES } from './profile';
import { appliesWhenSchema } from './templates-data';

const id = (what: string) =>
  z.string({ error: `Expected ${what}` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `Expected ${what}` });

/** A page of this version, as a path under docs/ without extension: `flows/triage`, `policies/index`. */
const pagePath = z
  .string({ error: 'Expected a page path under docs/, such as flows/triage' })
  .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, { error: 'Expected a page path under docs/, such as flows/triage' });

const feature = z.enum(FEATURES, { error: `Expected one of the features ${FEATURES.join(', ')}` });

export const applicabilityDataSchema = z.strictObject({
  /**
   * What "what applies to you" does not cover, said at the top of every output (page, text, Markdown, JSON), so a
   * reader never takes the list for the whole of the law. What it covers is worked out from the obligations data.
   * Optional only because releases before 2027 lack it; the content tests require it in docs/.
   */
  does_not_cover: z
    .array(prose, { error: 'Expected does_not_cover: a list of what the answer leaves out' })
    .min(1, { error: 'Expected at least one thing the answer does not cover' })
    .optional(),
  /** Features through which users share content: a platform with none of them hosts no user content. */
  user_content_features: z
    .array(feature, { error: 'Expected a list of features' })
    .min(1, { error: 'Expected at least one feature' }),
  /** Templates to adopt first, in order; when each applies comes from templates.yaml. */
  adopt_first_templates: z.array(id('a template id from docs/policies/_data/templates.yaml'), {
    error: 'Expected a list of template ids',
  }),
  /** Flows to adopt, in order, with when each applies. `title` repeats the flow's title (checked) so pages need not load the flow. */
  flows: z.array(
    z.strictObject({
      id: id('a flow id such as triage'),
      title: prose,
      first: z.boolean({ error: 'Expected first: true or false' }),
      applies_when: appliesWhenSchema.optional(),
    }),
    { error: 'Expected a list of flows (id, title, first, applies_when)' },
  ),
  /** Questions the kit cannot answer from a profile; ask counsel. */
  questions: z.array(
    z.strictObject({ id: id('a kebab-case id'), ask: prose, why: prose, applies_when: appliesWhenSchema.optional() }),
    { error: 'Expected a list of questions (id, ask, why, applies_when)' },
  ),
  /** The first-30-days checklist. */
  checklist: z
    .array(
      z.strictObject({
        id: id('a kebab-case id'),
        by_day: z
          .number({ error: 'Expected by_day: a day from 1 to 30' })
          .int({ error: 'Expected by_day: a day from 1 to 30' })
          .min(1, { error: 'Expected by_day: a day from 1 to 30' })
          .max(30, { error: 'Expected by_day: a day from 1 to 30' }),
        task: prose,
        page: pagePath.optional(),
        applies_when: appliesWhenSchema.optional(),
      }),
      { error: 'Expected a list of checklist items (id, by_day, task, page, applies_when)' },
    )
    .min(1, { error: 'Expected at least one checklist item' }),
});

export type ApplicabilityData = z.infer<typeof applicabilityDataSchema>;
