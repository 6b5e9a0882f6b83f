/**
 * The notice every legal page shows at its top: the date the page's law was checked ("as of") and that it is not legal
 * advice. Read from the page's front matter, never typed into the page, so a page cannot drift from its own review
 * date or forget the notice. Pure; the DocItem wrapper (src/theme/DocItem/Content) and the tests use it.
 *
 * A page is a legal page when its `page_type` is `legal` or it names the `jurisdictions` whose law it states (the
 * first-hour checklist, the legal reporting procedure). A legal page without a readable review date still gets the
 * notice, saying the date is not recorded: missing information is the dangerous case.
 */
import { formatLongDate } from './dates';

export interface LegalNotice {
  /** The review date as YYYY-MM-DD, or null when the front matter does not give one. */
  asOf: string | null;
  /** The sentence the page shows. */
  text: string;
}

/** A front-matter date (a YAML date, an ISO string, or a date serialised to JSON) as YYYY-MM-DD. */
export function isoDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? match[0] : null;
}

export function isLegalPage(frontMatter: Readonly<Record<string, unknown>>): boolean {
  const jurisdictions = frontMatter.jurisdictions;
  return frontMatter.page_type === 'legal' || (Array.isArray(jurisdictions) && jurisdictions.length > 0);
}

/** The notice for a page, or undefined when the page states no law. */
export function legalNotice(frontMatter: Readonly<Record<string, unknown>>): LegalNotice | undefined {
  if (!isLegalPage(frontMatter)) return undefined;
  const asOf = isoDay(frontMatter.last_reviewed);
  const when = asOf
    ? `The law on this page is stated as of ${formatLongDate(asOf)}, the date it was last checked.`
    : 'The date the law on this page was last checked is not recorded: treat it as out of date.';
  return { asOf, text: `${when} This is guidance, not legal advice: check with a lawyer before you rely on it.` };
}
