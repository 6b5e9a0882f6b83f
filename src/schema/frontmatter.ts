/**
 * The front matter of every doc page. This one schema is enforced three times: by the
 * `frontmatter-schema` and `sources-cited` lint rules, by Docusaurus' `markdown.parseFrontMatter`
 * hook at build time, and by the content test over every doc.
 */
import * as z from 'zod';
import { isoDate, prose, sourceSchema } from './common';
import { jurisdictionCode } from './jurisdiction';

export const PAGE_TYPES = ['guide', 'legal', 'template', 'flow', 'reference', 'checklist'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Keys Docusaurus itself understands that our pages may use. Anything else is an error. */
const docusaurusKeys = {
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'Expected a kebab-case id' })
    .optional(),
  slug: z.string().startsWith('/', { error: 'Expected a slug starting with /' }).optional(),
  sidebar_label: z.string().min(1).optional(),
  sidebar_position: z.number().optional(),
  hide_table_of_contents: z.boolean().optional(),
  pagination_next: z.string().nullable().optional(),
  pagination_prev: z.string().nullable().optional(),
  keywords: z.array(z.string()).optional(),
};

/** A calendar release name, such as 2026.12 or 2026.12.1 (quoted in YAML, or it becomes a number). */
const releaseName = z
  .string({ error: "Expected the release it corrects as a quoted string, such as '2026.12'" })
  .regex(/^\d{4}\.(0[1-9]|1[0-2])(\.[1-9]\d*)?$/, { error: "Expected a release name such as '2026.12'" });

/**
 * One dated change to a page, in one sentence, shown as the page's "Last updated … — see all
 * updates". `corrects` marks a correction of a fact an earlier release stated: the pages of that
 * release (and of any release between) then show it as an erratum.
 */
export const changeNoteSchema = z.strictObject({
  date: isoDate,
  summary: z
    .string({ error: 'Expected a one-sentence summary of the change' })
    .trim()
    .min(10, { error: 'Expected a summary of at least 10 characters' })
    .max(300, { error: 'Expected one sentence of at most 300 characters' })
    .refine((text) => /[.!?]$/.test(text), { error: 'Expected one sentence ending with a full stop' }),
  corrects: releaseName.optional(),
});
export type ChangeNote = z.infer<typeof changeNoteSchema>;

const common = {
  title: z
    .string({ error: 'Expected a title' })
    .trim()
    .min(3, { error: 'Expected a title of at least 3 characters' })
    .max(90, {
      error: 'Expected a title of at most 90 characters',
    }),
  description: z
    .string({ error: 'Expected a one-sentence description for search results' })
    .trim()
    .min(20, { error: 'Expected a description of at least 20 characters' })
    .max(200, { error: 'Expected a description of at most 200 characters' }),
  last_reviewed: isoDate,
  review_every_months: z
    .number({ error: 'Expected a whole number of months between reviews' })
    .int({ error: 'Expected a whole number of months between reviews' })
    .min(1, { error: 'Expected between 1 and 24 months between reviews' })
    .max(24, { error: 'Expected between 1 and 24 months between reviews' }),
  jurisdictions: z.array(jurisdictionCode).min(1, { error: 'Expected at least one jurisdiction code' }).optional(),
  sources: z.array(sourceSchema).optional(),
  /** Dated change notes since the page was first released, newest first or in any order. */
  changes: z.array(changeNoteSchema, { error: 'Expected a list of {date, summary} change notes' }).optional(),
  /** On a translated page (i18n/<locale>/…): the git blob id of the English page it translates (npm run i18n:stamp). */
  translation_of: z
    .string({
      error:
        'Expected translation_of: the git blob id of the English page (40 hex digits), written by `npm run i18n:stamp`',
    })
    .regex(/^[0-9a-f]{40}$/, {
      error:
        'Expected translation_of: the git blob id of the English page (40 hex digits), written by `npm run i18n:stamp`',
    })
    .optional(),
  ...docusaurusKeys,
};

const requiredSources = z.array(sourceSchema, { error: 'Expected a list of sources (title, url, accessed)' }).min(1, {
  error: 'Expected at least one source',
});

/** Kinds of document a template makes (`document_kind`). */
export const DOCUMENT_KINDS = ['policy', 'procedure', 'playbook'] as const;

export const frontMatterSchema = z.discriminatedUnion(
  'page_type',
  [
    z.strictObject({ ...common, page_type: z.literal('guide') }),
    z.strictObject({
      ...common,
      page_type: z.literal('legal'),
      jurisdictions: z.array(jurisdictionCode, { error: 'Expected the jurisdictions this page covers' }).min(1, {
        error: 'Expected at least one jurisdiction code',
      }),
      sources: requiredSources,
    }),
    z.strictObject({
      ...common,
      page_type: z.literal('template'),
      /** Licence of the adoptable text: templates are dedicated to the public domain. */
      license: z.literal('CC0-1.0', { error: 'Expected license: CC0-1.0 (templates are public domain)' }),
      /** Variables the template uses, each declared in the variable registry. */
      variables: z.array(prose, { error: 'Expected a list of the template variables the page uses' }),
      /** What the document is: procedures and playbooks get a table of contents in Word. A policy when left out. */
      document_kind: z
        .enum(DOCUMENT_KINDS, { error: `Expected document_kind: one of ${DOCUMENT_KINDS.join(', ')}` })
        .optional(),
    }),
    z.strictObject({ ...common, page_type: z.literal('flow') }),
    z.strictObject({ ...common, page_type: z.literal('reference') }),
    z.strictObject({ ...common, page_type: z.literal('checklist') }),
  ],
  { error: `Expected page_type to be one of ${PAGE_TYPES.join(', ')}` },
);

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Help for each key, used in error messages so that a writer knows the fix. */
export const FRONT_MATTER_HELP: Record<string, string> = {
  page_type: `one of ${PAGE_TYPES.join(', ')}`,
  last_reviewed: 'the date you last checked this page, YYYY-MM-DD',
  review_every_months: 'how often the page must be checked again, in months (1-24)',
  sources: 'a list of {title, url, accessed} for every primary source the page relies on',
  jurisdictions: 'a list of codes such as [US, UK]',
  document_kind: 'policy, procedure or playbook (procedures and playbooks get a table of contents)',
  changes:
    "a list of {date, summary, corrects?}: one sentence per change; corrects: '2026.12' when it corrects that release",
  translation_of: 'on a translated page, the stamp of its English source: run `npm run i18n:stamp -- <file>`',
};
