/**
 * `docs/policies/_data/support-services.yaml`: the services a child or another victim can be sent
 * to, by jurisdiction and need: removing images, crisis and counselling, sextortion, reporting.
 * Only what the operator's own page says belongs here; a phone number or text line is listed only
 * when that page gives it. Shown by the sextortion playbook, the child safety policy, the flows and
 * the reporter-facing messages; the content tests check that each of them names every service.
 */
import * as z from 'zod';
import { httpsUrl } from './common';
import { jurisdictionCode } from './jurisdiction';
import { checkUniqueIds, citedSourceSchema, recordId, text } from './legal-common';

/** What a service helps with: a closed vocabulary, so pages can pick the services for a need. */
export const SUPPORT_NEEDS = ['image_removal', 'crisis', 'sextortion', 'reporting'] as const;
export type SupportNeed = (typeof SUPPORT_NEEDS)[number];

export const SUPPORT_NEED_LABELS: Record<SupportNeed, string> = {
  image_removal: 'Removing sexual images',
  crisis: 'Someone to talk to now, including thoughts of self-harm',
  sextortion: 'Sexual extortion (sextortion)',
  reporting: 'Reporting to a hotline or the police',
};

/** Who the service is for, as its own page says. */
export const SUPPORT_AUDIENCES = ['children', 'adults', 'anyone'] as const;
export type SupportAudience = (typeof SUPPORT_AUDIENCES)[number];

export const SUPPORT_AUDIENCE_LABELS: Record<SupportAudience, string> = {
  children: 'Children and young people',
  adults: 'Adults',
  anyone: 'Anyone',
};

const uniqueList = <T extends z.ZodType>(item: T, expected: string) =>
  z
    .array(item, { error: `Expected a list of ${expected}` })
    .min(1, { error: `Expected at least one of ${expected}` })
    .refine((list) => new Set(list).size === list.length, { error: `Expected each of ${expected} once` });

export const supportServiceSchema = z.strictObject({
  id: recordId,
  name: text('the name of the service'),
  operator: text('the organisation that runs the service'),
  /** Where the service can be used; INTL for a service open to people anywhere. */
  jurisdictions: uniqueList(jurisdictionCode, 'the jurisdictions where the service can be used'),
  needs: uniqueList(
    z.enum(SUPPORT_NEEDS, { error: `Expected one of ${SUPPORT_NEEDS.join(', ')}` }),
    'what the service helps with',
  ),
  audience: z.enum(SUPPORT_AUDIENCES, { error: `Expected audience to be one of ${SUPPORT_AUDIENCES.join(', ')}` }),
  /** The page to send people to, on the operator's own site. */
  url: httpsUrl,
  /** A phone number or text line, only as the operator's own page gives it. */
  contact: text('the phone number or text line, as the operator gives it').optional(),
  /** One or two plain sentences: what the service does for the person. */
  summary: text('a sentence or two on what the service does for the person'),
  sources: z.array(citedSourceSchema, { error: 'Expected a list of sources (title, url, accessed)' }).min(1, {
    error: 'Expected at least one source: the operator’s own page',
  }),
});

export type SupportService = z.infer<typeof supportServiceSchema>;

export const supportServicesDataSchema = z
  .array(supportServiceSchema, { error: 'Expected a list of support-service records' })
  .min(1, { error: 'Expected at least one support-service record' })
  .superRefine((records, context) => checkUniqueIds(records, context, 'support service'));
