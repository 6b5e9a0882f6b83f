/**
 * `docs/threats/_data/threats.yaml`: the threats law enforcement and child-protection organisations
 * describe, written for defenders. Each record says how each platform feature exposes a service to
 * the threat (one matrix cell per feature), which controls address it and which flows handle it.
 * Feature ids are the platform profile's FEATURES, so the matrix and "what applies to you" speak
 * about the same features the profile records. Flow ids are checked against the flows by the
 * content tests. Never how abuse is done or how detection is evaded.
 */
import * as z from 'zod';
import { prose, sourceSchema } from './common';
import { FEATURES } from './profile';

const kebab = (what: string) =>
  z.string({ error: `Expected ${what}` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `Expected ${what}` });

export const threatFeature = z.enum(FEATURES, {
  error: `Expected a feature of the platform profile: one of ${FEATURES.join(', ')}`,
});

/** One matrix cell: how one feature exposes a platform to the threat, and the flows that handle it. */
export const exposureSchema = z.strictObject({
  feature: threatFeature,
  /** One or two plain sentences from the platform's side. */
  how: z.string({ error: 'Expected how the feature exposes the platform, in a sentence or two' }).trim().min(20, {
    error: 'Expected how the feature exposes the platform, in a sentence or two',
  }),
  /** Flow ids (docs/flows/_data/<id>.flow.yaml) that handle what this cell describes. */
  flows: z.array(kebab('a flow id such as grooming'), { error: 'Expected a list of flow ids' }).optional(),
  /** True when no source read names this exposure: it is the kit's own inference and the page says so. */
  inferred: z.literal(true, { error: 'Expected inferred: true, or no inferred key' }).optional(),
});

export const threatSourceSchema = sourceSchema.extend({
  pinpoint: z
    .string({ error: 'Expected a pinpoint: what this source supports' })
    .trim()
    .min(1, { error: 'Expected a pinpoint: what this source supports' }),
});

export const threatSchema = z.strictObject({
  id: kebab('a kebab-case id such as sexual-extortion'),
  name: prose,
  /** What the risk looks like from the platform's side; no method detail. */
  summary: prose,
  exposure: z
    .array(exposureSchema, { error: 'Expected a list of exposures (feature, how)' })
    .min(1, { error: 'Expected at least one exposure' }),
  /** The kit's recommendations, built from the sources. */
  controls: z.array(prose, { error: 'Expected a list of controls' }).min(1, { error: 'Expected at least one control' }),
  sources: z
    .array(threatSourceSchema, { error: 'Expected a list of sources (title, url, accessed, pinpoint)' })
    .min(1, {
      error: 'Expected at least one source',
    }),
});

export const threatsDataSchema = z
  .array(threatSchema, { error: 'Expected a list of threat records' })
  .min(1, { error: 'Expected at least one threat record' })
  .superRefine((records, context) => {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `Duplicate threat id ${record.id}; each id appears once`,
        });
      }
      seen.add(record.id);
      const features = new Set<string>();
      record.exposure.forEach((cell, cellIndex) => {
        if (features.has(cell.feature)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'exposure', cellIndex, 'feature'],
            message: `Duplicate feature ${cell.feature} in ${record.id}; give each feature one cell`,
          });
        }
        features.add(cell.feature);
      });
    });
  });

export type Threat = z.infer<typeof threatSchema>;
export type Exposure = z.infer<typeof exposureSchema>;
