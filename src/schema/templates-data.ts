/**
 * `docs/policies/_data/templates.yaml`: the policy templates of a release, in the order a team
 * should adopt them, with the rule that says when each one applies to a platform. The policy pack
 * page, the CLI (`generate`) and "what applies to you" read applicability from here, so no rule
 * is written into a component. Each `id` is the file name of a template page beside the data.
 */
import * as z from 'zod';
import { checkUniqueKeys, prose } from './common';
import { FEATURES, PROFILE_JURISDICTIONS } from './profile';

const feature = z.enum(FEATURES, { error: `Expected one of the features ${FEATURES.join(', ')}` });
const jurisdiction = z.enum(PROFILE_JURISDICTIONS, { error: `Expected one of ${PROFILE_JURISDICTIONS.join(', ')}` });

/**
 * When a template applies. Every key given must hold; within a key, any listed value is enough.
 * No `applies_when` means the template applies to every platform.
 */
export const appliesWhenSchema = z
  .strictObject({
    any_feature: z.array(feature).min(1, { error: 'Expected at least one feature' }).optional(),
    any_jurisdiction: z.array(jurisdiction).min(1, { error: 'Expected at least one jurisdiction code' }).optional(),
  })
  .refine((rule) => rule.any_feature !== undefined || rule.any_jurisdiction !== undefined, {
    error: 'Expected any_feature or any_jurisdiction; leave out applies_when for a template that always applies',
  });

export const templateEntrySchema = z.strictObject({
  id: z.string({ error: 'Expected the file name of the template, without .mdx' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'Expected a kebab-case id that names the template file (child-safety-policy for child-safety-policy.mdx)',
  }),
  /** Who reads the filled document: published to users, or kept inside the company. */
  audience: z.enum(['public', 'internal'], { error: 'Expected audience: public or internal' }),
  /** One sentence for the policy pack page. */
  summary: prose,
  applies_when: appliesWhenSchema.optional(),
});

export const templatesDataSchema = z
  .array(templateEntrySchema, { error: 'Expected a list of templates' })
  .min(1, { error: 'Expected at least one template' })
  .superRefine((entries, context) =>
    checkUniqueKeys(entries, context, 'id', (id) => `Duplicate template ${id}; list each template once`),
  );

export type TemplateEntry = z.infer<typeof templateEntrySchema>;
export type AppliesWhen = z.infer<typeof appliesWhenSchema>;
