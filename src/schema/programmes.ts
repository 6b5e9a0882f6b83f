/**
 * `docs/hash-sharing/_data/programmes.yaml`: one record per industry hash-sharing or safety
 * programme, described only as a policy owner needs it (who runs it, who may join, what it costs,
 * how to apply, what stays your job). Never how any detection works.
 *
 * Every enum is closed, so the comparison table's filters always have a known set of values, and
 * a typo in the data is an error at build time, in `validate-data` and in the content tests.
 */
import * as z from 'zod';
import {
  COST_MODELS,
  INTEGRATION_EFFORTS,
  MEMBERSHIP,
  NOT_PUBLISHED,
  OUTSIDE_US,
  PROGRAMME_KINDS,
} from './programme-values';
import { checkUniqueKeys, httpsUrl, prose, sourceSchema } from './common';
import { appliesWhenSchema } from './templates-data';

const keysOf = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

const closedEnum = <T extends Record<string, string>>(record: T, what: string) =>
  z.enum(keysOf(record), { error: `Expected ${what}: one of ${Object.keys(record).join(', ')}` });

const list = (what: string) =>
  z.array(prose, { error: `Expected a list of ${what}` }).min(1, { error: `Expected at least one item in ${what}` });

export const programmeSchema = z
  .strictObject({
    /** Kebab-case; also the file name of the programme's page under `programmes/`. */
    id: z.string({ error: 'Expected a kebab-case id' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'Expected a kebab-case id (lower-case letters, digits and hyphens)',
    }),
    name: prose,
    operator: prose,
    kind: closedEnum(PROGRAMME_KINDS, 'the kind of programme'),
    /** When "what applies to you" suggests considering it: the condition shape templates.yaml uses. */
    applies_when: appliesWhenSchema.optional(),
    /** One or two plain sentences: what it is, for the top of the programme's page. */
    summary: prose,
    /** What you receive from it, or what it does for you (hash types, URLs, signals, notices). */
    provides: list('what the programme provides'),
    eligibility: z.strictObject({
      /** Who may join, in the operator's own terms: sector, size, location, membership. */
      who: prose,
      outside_us: closedEnum(OUTSIDE_US, 'whether companies established outside the US may join'),
      /** Why `outside_us` says what it says, especially when it is `unknown`. */
      outside_us_note: prose.optional(),
      membership_required: closedEnum(MEMBERSHIP, 'whether membership is required'),
    }),
    /** The cost as the operator publishes it, or exactly "not published". */
    cost: prose,
    cost_model: closedEnum(COST_MODELS, 'how the cost is set'),
    /** Steps to apply, in order. */
    how_to_apply: list('steps to apply'),
    /** The operator's own page for the programme; must be one of the record's sources, so the link was checked. */
    operator_page: httpsUrl.optional(),
    /** Documents and agreements the operator requires. */
    agreements: list('documents and agreements'),
    /** What you must have in place before you can use it. */
    prerequisites: list('prerequisites'),
    integration_effort: closedEnum(INTEGRATION_EFFORTS, 'the integration effort'),
    /** Why the effort is what it is. */
    integration_note: prose,
    /** What stays your job when you use it: review, reporting, preservation, appeals. */
    you_must_still: list('what you must still do'),
    /** Legal duties the programme touches, in words; the legal guides hold the duties themselves. */
    related_duties: list('related legal duties'),
    /** Facts we looked for and could not confirm from the operator, shown on the page as such. */
    not_confirmed: z.array(prose, { error: 'Expected a list of facts we could not confirm' }).optional(),
    sources: z.array(sourceSchema, { error: 'Expected a list of sources (title, url, accessed)' }).min(1, {
      error: 'Expected at least one source for the programme',
    }),
  })
  .superRefine((record, context) => {
    if (record.cost.trim().toLowerCase() === NOT_PUBLISHED && record.cost_model !== 'not_published') {
      context.addIssue({
        code: 'custom',
        path: ['cost_model'],
        message: `Expected cost_model: not_published, because cost says "${NOT_PUBLISHED}"`,
      });
    }
    if (record.operator_page !== undefined && !record.sources.some((source) => source.url === record.operator_page)) {
      context.addIssue({
        code: 'custom',
        path: ['operator_page'],
        message: "Expected operator_page to be the url of one of the programme's sources, so that the link was checked",
      });
    }
    const seen = new Map<string, number>();
    record.sources.forEach((source, index) => {
      const first = seen.get(source.url);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['sources', index, 'url'],
          message: `Expected each source once; this url is already sources[${first}]`,
        });
      } else {
        seen.set(source.url, index);
      }
    });
  });

export const programmesDataSchema = z
  .array(programmeSchema, { error: 'Expected a list of programme records' })
  .min(1, { error: 'Expected at least one programme' })
  .superRefine((records, context) =>
    checkUniqueKeys(records, context, 'id', (id) => `Duplicate programme id ${id}; each id appears once`),
  );

export type Programme = z.infer<typeof programmeSchema>;

export { COST_MODELS, INTEGRATION_EFFORTS, MEMBERSHIP, NOT_PUBLISHED, OUTSIDE_US, PROGRAMME_KINDS };
