/**
 * The platform profile: one small document that describes one platform (name, contacts, where it
 * operates, its size and features). The site's profile editor, the template pages, the CLI
 * (`generate`, `validate-profile`) and the tests all validate it with this one schema; the
 * "what applies to you" page reads it too. It never leaves the reader's machine.
 *
 * The labels and help text a person sees live in the variable registry
 * (`docs/policies/_data/variables.yaml`); a content test keeps the two in step.
 */
import * as z from 'zod';
import { httpsUrl, isCalendarDate, isoDate } from './common';
import { EMAIL_PATTERN } from './patterns';
import { isProfilePlace } from './places';

/** Bumped when a saved profile needs migrating; older saved profiles are reported as outdated. */
export const PROFILE_VERSION = 1;

export { PLACE_NAMES, PROFILE_JURISDICTIONS, isProfilePlace, type ProfileJurisdiction } from './places';

/** Features a template can depend on (`<When feature="…">`), in the order the editor shows them. */
export const FEATURES = [
  'uploads',
  'direct_messages',
  'group_chats',
  'live_streaming',
  'video_calls',
  'e2ee',
  'ephemeral',
  'payments',
  'creator_subscriptions',
  'generative_ai',
  'minors_allowed',
  'anonymous_accounts',
  'external_links',
  'mobile_apps',
] as const;
export type Feature = (typeof FEATURES)[number];

export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const MINIMUM_AGES = ['13', '14', '15', '16', '17', '18'] as const;

/** Longest value a text field takes: long legal names and addresses fit, a pasted document does not. */
export const MAX_TEXT_LENGTH = 10_000;

/** Line breaks and control characters: they break Word documents and terminal output, so a value is one line. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

function line(what: string) {
  return z
    .string({ error: `Expected ${what}` })
    .trim()
    .min(1, { error: `Expected ${what}` })
    .max(MAX_TEXT_LENGTH, { error: `Expected at most ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters` })
    .refine((value) => !CONTROL.test(value), {
      error: 'Expected a single line of text, without line breaks or control characters',
    });
}

const email = (what: string) =>
  line(what).refine((value) => EMAIL_PATTERN.test(value), { error: `Expected ${what}, such as safety@example.com` });

/** Any country (ISO 3166-1 alpha-2, UK for the United Kingdom) or EU; the message says how to fix the common slips. */
export function placeCodeMessage(input: unknown): string {
  const upper = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const hint =
    upper === 'GB'
      ? ' (write UK for the United Kingdom)'
      : upper === 'INTL'
        ? ' (INTL is not a place: name the countries)'
        : upper !== input && isProfilePlace(upper)
          ? ` (write it as ${upper})`
          : '';
  return `Expected a country code such as FR or BR (ISO 3166-1 alpha-2; UK for the United Kingdom), or EU when you do not know the Member State${hint}`;
}

const jurisdiction = z
  .string({ error: (issue) => placeCodeMessage(issue.input) })
  .refine(isProfilePlace, { error: (issue) => placeCodeMessage(issue.input) });

const jurisdictionList = (what: string) =>
  z
    .array(jurisdiction, { error: `Expected a list of codes such as [EU, UK] for ${what}` })
    .refine((codes) => new Set(codes).size === codes.length, { error: 'Expected each code once' });

const feature = z.boolean({ error: 'Expected true or false' });

/** The company's own version of a document: 1.0, 1.1, 2.0 (major.minor, optionally .patch). */
export const DOCUMENT_VERSION_PATTERN = /^\d{1,3}(\.\d{1,3}){1,2}$/;

/**
 * Document control for every generated policy. All optional: without them a document is owned by
 * the child safety point of contact, is version 1.0, takes effect the day it is generated, is
 * reviewed after the template's review interval, and leaves "approved by" for the company to fill.
 */
const documents = z.preprocess(
  // The editor sends every group, so no document-control field given arrives as {}: the same as none.
  (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0
      ? undefined
      : value,
  z
    .strictObject(
      {
        owner: line('the name or role of the person who owns your policies').optional(),
        version: z
          .string({ error: 'Expected a version such as 1.0' })
          .trim()
          .regex(DOCUMENT_VERSION_PATTERN, { error: 'Expected a version such as 1.0, 1.1 or 2.0' })
          .optional(),
        effective_date: isoDate.optional(),
        next_review: isoDate.optional(),
        approved_by: line('who approved your policies, such as a name, role and date').optional(),
      },
      { error: 'Expected documents: owner, version, effective_date, next_review and approved_by, each optional' },
    )
    .optional(),
);

export const profileSchema = z
  .strictObject({
    version: z.literal(PROFILE_VERSION, {
      error: `Expected version: ${PROFILE_VERSION} (the profile format this kit reads)`,
    }),
    platform: z.strictObject(
      {
        name: line('the name of your platform'),
        legal_entity: line('the legal name of the company that runs the platform'),
        url: httpsUrl,
        /** YAML authors write 13; the editor stores "13". Both mean the same. */
        minimum_age: z.preprocess(
          (value) => (typeof value === 'number' ? String(value) : value),
          z.enum(MINIMUM_AGES, {
            error: `Expected a minimum age between ${MINIMUM_AGES[0]} and ${MINIMUM_AGES.at(-1)}`,
          }),
        ),
      },
      { error: 'Expected the platform: name, legal_entity, url and minimum_age' },
    ),
    contacts: z.strictObject(
      {
        safety_email: email('an email address for child safety reports'),
        law_enforcement_email: email('an email address for law-enforcement requests'),
        appeals_email: email('an email address for appeals'),
        support_url: httpsUrl,
        safety_lead: line('the name or role of your child safety point of contact'),
      },
      { error: 'Expected contacts: safety_email, law_enforcement_email, appeals_email, support_url and safety_lead' },
    ),
    established_in: jurisdictionList('where your company is established'),
    users_in: jurisdictionList('where your users are').min(1, {
      error: 'Expected at least one place where your users are, such as [US] or [FR, DE]',
    }),
    size_band: z.enum(SIZE_BANDS, { error: `Expected one of ${SIZE_BANDS.join(', ')}` }),
    features: z.strictObject(
      Object.fromEntries(FEATURES.map((name) => [name, feature])) as Record<Feature, typeof feature>,
      {
        error: `Expected features: true or false for each of ${FEATURES.join(', ')}`,
      },
    ),
    documents,
  })
  .superRefine((profile, context) => {
    const effective = profile.documents?.effective_date;
    const review = profile.documents?.next_review;
    // Only two real dates compare; a malformed one has its own problem already.
    const dates = [effective, review].every((date) => typeof date === 'string' && isCalendarDate(date));
    if (dates && review! <= effective!) {
      context.addIssue({
        code: 'custom',
        path: ['documents', 'next_review'],
        message: `Expected the next review after the effective date (${effective})`,
      });
    }
    const adultsOnly = profile.platform.minimum_age === '18';
    if (profile.features.minors_allowed && adultsOnly) {
      context.addIssue({
        code: 'custom',
        path: ['platform', 'minimum_age'],
        message: 'Expected a minimum age under 18, because features.minors_allowed is true',
      });
    }
    if (!profile.features.minors_allowed && !adultsOnly) {
      context.addIssue({
        code: 'custom',
        path: ['platform', 'minimum_age'],
        message: 'Expected a minimum age of 18, because features.minors_allowed is false',
      });
    }
  });

export type Profile = z.infer<typeof profileSchema>;
