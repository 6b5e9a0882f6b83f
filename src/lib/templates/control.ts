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

/** "Child Safety Kit 2026.12.0, release 2026.12, generated 2026-12-07". */
export function provenanceLine(provenance: Provenance): string {
  return `Child Safety Kit ${provenance.kitVersion}, release ${provenance.release}, generated ${provenance.generated}`;
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
): ControlRow[] {
  const platform = text(values, 'platform.name');
  const owner = text(values, 'documents.owner') ?? text(values, 'contacts.safety_lead');
  const effective = text(values, 'documents.effective_date') ?? provenance.generated;
  const months = document.reviewEveryMonths ?? DEFAULT_REVIEW_MONTHS;
  const review = text(values, 'documents.next_review') ?? addMonths(effective, months);
  const approved = text(values, 'documents.approved_by');
  return [
    { label: 'Document', value: document.title },
    platform
      ? { label: 'Platform', value: platform }
      : { label: 'Platform', value: '[Platform name]', placeholder: true },
    owner ? { label: 'Owner', value: owner } : { label: 'Owner', value: '[Document owner]', placeholder: true },
    { label: 'Version', value: text(values, 'documents.version') ?? DEFAULT_DOCUMENT_VERSION },
    { label: 'Effective date', value: effective },
    { label: 'Next review', value: review },
    approved
      ? { label: 'Approved by', value: approved }
      : { label: 'Approved by', value: APPROVAL_PLACEHOLDER, placeholder: true },
    { label: 'Generated from', value: provenanceLine(provenance) },
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
