/**
 * Document control and provenance: what a compliance reviewer looks for first in an adopted
 * policy (owner, version, effective and review dates, approval) and where the text came from
 * (kit version, release, generated date, the template's review date, licence and sources).
 * Pure, shared by the Markdown and Word exports and by the template page's print view, so the
 * three always show the same block. Values only ever become text.
 */
import type { ProfileValues } from '../profile';
import type { TemplateDocument, TemplateSource } from './tree';

/** Where a generated document comes from. The CLI passes its release; the site, the page's docs version. */
export interface Provenance {
  /** The kit's package version (package.json), e.g. `2026.12.0`. */
  kitVersion: string;
  /** The docs release the templates were read from, e.g. `2026.12`, or `next` for the unreleased docs. */
  release: string;
  /** The day the document was generated, YYYY-MM-DD. */
  generated: string;
}

/** Licence of every template's text. */
export const TEMPLATE_LICENSE = 'CC0-1.0';
export const TEMPLATE_LICENSE_NAME = 'CC0 1.0 Universal (public domain dedication)';

/** The company's own version of a document starts here, until it says otherwise. */
export const DEFAULT_DOCUMENT_VERSION = '1.0';
/** Months between reviews when a template does not say. */
export const DEFAULT_REVIEW_MONTHS = 12;

/** Shown, marked, where the company must fill in the approval itself. */
export const APPROVAL_PLACEHOLDER = 'To be completed by your company: name, role and date of approval';

/** The languages a generated document's own wording (this block, Word's footer and properties) is written in. */
export type DocumentLanguage = 'en' | 'fr';

/** The document's own wording in each language; the English is the source. */
export const CONTROL_TEXT = {
  en: {
    caption: 'Document control',
    document: 'Document',
    platform: 'Platform',
    owner: 'Owner',
    version: 'Version',
    effective: 'Effective date',
    review: 'Next review',
    approved: 'Approved by',
    generatedFrom: 'Generated from',
    platformPlaceholder: '[Platform name]',
    ownerPlaceholder: '[Document owner]',
    approvalPlaceholder: APPROVAL_PLACEHOLDER,
    provenance: (p: Provenance) => `Child Safety Kit ${p.kitVersion}, release ${p.release}, generated ${p.generated}`,
    versionSuffix: (version: string) => `, version ${version}`,
    from: (line: string) => `From ${line}. `,
    page: ['Page ', ' of '] as const,
    contents: 'Contents',
    keywords: (release: string) => `Child Safety Kit; release ${release}`,
    properties: {
      kitVersion: 'Kit version',
      release: 'Release',
      generated: 'Generated',
      lastReviewed: 'Template last reviewed',
      licence: 'Licence',
      sources: 'Sources',
      documentVersion: 'Document version',
    },
  },
  fr: {
    caption: 'Suivi du document',
    document: 'Intitulé',
    platform: 'Plateforme',
    owner: 'Responsable',
    version: 'Version',
    effective: "Date d'entrée en vigueur",
    review: 'Prochain réexamen',
    approved: 'Approuvé par',
    generatedFrom: 'Généré à partir de',
    platformPlaceholder: '[Nom de la plateforme]',
    ownerPlaceholder: '[Responsable du document]',
    approvalPlaceholder: "À compléter par votre entreprise : nom, fonction et date de l'approbation",
    provenance: (p: Provenance) =>
      `Child Safety Kit ${p.kitVersion}, version ${p.release}, document généré le ${p.generated}`,
    versionSuffix: (version: string) => `, version ${version}`,
    from: (line: string) => `Tiré de ${line}. `,
    page: ['Page ', ' sur '] as const,
    contents: 'Sommaire',
    keywords: (release: string) => `Child Safety Kit; version ${release}`,
    properties: {
      kitVersion: 'Version du kit',
      release: 'Version des modèles',
      generated: 'Généré le',
      lastReviewed: 'Dernier réexamen du modèle',
      licence: 'Licence',
      sources: 'Sources',
      documentVersion: 'Version du document',
    },
  },
} as const;

export interface ControlRow {
  label: string;
  value: string;
  /** True when the value is a placeholder for the company to fill in, shown highlighted. */
  placeholder?: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in UTC as YYYY-MM-DD. */
export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);

/** `date` plus whole months, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1 + months;
  const target = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(Number(match[3]), last));
  return target.toISOString().slice(0, 10);
}

const text = (values: ProfileValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** "Child Safety Kit 2026.12.0, release 2026.12, generated 2026-12-07", in the document's language. */
export function provenanceLine(provenance: Provenance, lang: DocumentLanguage = 'en'): string {
  return CONTROL_TEXT[lang].provenance(provenance);
}

/**
 * The document-control block of one template for one profile. Missing profile fields fall back to
 * sensible defaults (owner: the child safety point of contact; version 1.0; effective on the day
 * generated; next review after the template's review interval); approval is always the company's.
 */
export function documentControl(
  document: Pick<TemplateDocument, 'title' | 'reviewEveryMonths'>,
  values: ProfileValues,
  provenance: Provenance,
  lang: DocumentLanguage = 'en',
): ControlRow[] {
  const t = CONTROL_TEXT[lang];
  const platform = text(values, 'platform.name');
  const owner = text(values, 'documents.owner') ?? text(values, 'contacts.safety_lead');
  const effective = text(values, 'documents.effective_date') ?? provenance.generated;
  const months = document.reviewEveryMonths ?? DEFAULT_REVIEW_MONTHS;
  const review = text(values, 'documents.next_review') ?? addMonths(effective, months);
  const approved = text(values, 'documents.approved_by');
  return [
    { label: t.document, value: document.title },
    platform
      ? { label: t.platform, value: platform }
      : { label: t.platform, value: t.platformPlaceholder, placeholder: true },
    owner ? { label: t.owner, value: owner } : { label: t.owner, value: t.ownerPlaceholder, placeholder: true },
    { label: t.version, value: text(values, 'documents.version') ?? DEFAULT_DOCUMENT_VERSION },
    { label: t.effective, value: effective },
    { label: t.review, value: review },
    approved
      ? { label: t.approved, value: approved }
      : { label: t.approved, value: t.approvalPlaceholder, placeholder: true },
    { label: t.generatedFrom, value: provenanceLine(provenance, lang) },
  ];
}

/** The stamp every generated file carries: front matter in Markdown, document properties in Word. */
export interface Stamp {
  title: string;
  kit_version: string;
  release: string;
  generated: string;
  last_reviewed?: string;
  license: string;
  sources: TemplateSource[];
}

export function stampOf(
  document: Pick<TemplateDocument, 'title' | 'lastReviewed' | 'sources'>,
  provenance: Provenance,
): Stamp {
  return {
    title: document.title,
    kit_version: provenance.kitVersion,
    release: provenance.release,
    generated: provenance.generated,
    ...(document.lastReviewed ? { last_reviewed: document.lastReviewed } : {}),
    license: TEMPLATE_LICENSE,
    sources: document.sources ?? [],
  };
}

/**
 * The stamp as YAML front matter. Every scalar is written as a JSON string, which YAML reads as a
 * double-quoted scalar, so no title or URL can break out of its field (and no YAML library ships
 * to the browser).
 */
export function frontMatter(stamp: Stamp): string {
  const q = (value: string) => JSON.stringify(value);
  const lines = [
    '---',
    `title: ${q(stamp.title)}`,
    `kit_version: ${q(stamp.kit_version)}`,
    `release: ${q(stamp.release)}`,
    `generated: ${q(stamp.generated)}`,
    ...(stamp.last_reviewed ? [`last_reviewed: ${q(stamp.last_reviewed)}`] : []),
    `license: ${q(stamp.license)}`,
    ...(stamp.sources.length === 0
      ? ['sources: []']
      : [
          'sources:',
          ...stamp.sources.flatMap((source) => [
            `  - title: ${q(source.title)}`,
            `    url: ${q(source.url)}`,
            ...(source.accessed ? [`    accessed: ${q(source.accessed)}`] : []),
          ]),
        ]),
    '---',
    '',
  ];
  return lines.join('\n');
}
