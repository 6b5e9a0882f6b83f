/**
 * Per-page change notes (front matter `changes`): the page's "Last updated" line, and the rule that
 * a page whose content differs from the newest release says so in a note dated after that release.
 * Pure: the content test and the site pass in what they read.
 */
import type { ChangeNote } from '../schema/frontmatter';

/** Change notes, newest first (a stable sort, so notes of one day keep their written order). */
export function newestFirst(changes: readonly ChangeNote[] | undefined): ChangeNote[] {
  return [...(changes ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * The date a release's facts are as of: the newest `last_reviewed` or source `accessed` date in
 * its pages and data. A change after the release is dated after it.
 */
export function releaseDate(values: readonly unknown[]): string | undefined {
  let newest: string | undefined;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (
          (key === 'accessed' || key === 'last_reviewed') &&
          typeof inner === 'string' &&
          /^\d{4}-\d{2}-\d{2}$/.test(inner)
        ) {
          if (!newest || inner > newest) newest = inner;
        } else visit(inner);
      }
    }
  };
  values.forEach(visit);
  return newest;
}

/** What counts as a page's content: its body and its front matter apart from the change notes themselves. */
export function contentKey(frontMatter: Record<string, unknown>, body: string): string {
  const { changes: _changes, ...rest } = frontMatter;
  return JSON.stringify([rest, body.trim()]);
}

export interface ChangeNoteCheck {
  /** The page, as its path in docs/. */
  file: string;
  current: { frontMatter: Record<string, unknown>; body: string };
  released: { frontMatter: Record<string, unknown>; body: string };
  release: string;
  /** The date of the release, from releaseDate(). */
  releasedOn: string;
}

/**
 * A message when the page changed since the release without a new change note (one the released
 * page does not have) dated on or after the release's date; else undefined. Dates are days, so a
 * change made on the day of the release counts as after it.
 */
export function missingChangeNote(check: ChangeNoteCheck): string | undefined {
  if (
    contentKey(check.current.frontMatter, check.current.body) ===
    contentKey(check.released.frontMatter, check.released.body)
  )
    return undefined;
  const released = new Set(
    ((check.released.frontMatter.changes ?? []) as ChangeNote[]).map((note) => JSON.stringify(note)),
  );
  const notes = ((check.current.frontMatter.changes ?? []) as ChangeNote[]).filter(
    (note) => !released.has(JSON.stringify(note)),
  );
  if (notes.some((note) => note.date >= check.releasedOn)) return undefined;
  return `${check.file} differs from release ${check.release} but has no new change note dated on or after ${check.releasedOn}; add one to its front matter: changes: [{date: YYYY-MM-DD, summary: One sentence saying what changed.}]`;
}

/** The suggested citation of a page in a release. */
export function citation(page: { title: string; release: string; url: string; accessed: string }): string {
  return `Child Safety Kit, "${page.title}", release ${page.release}, ${page.url} (accessed ${page.accessed}).`;
}

/**
 * The path of a page in a release that keeps working after later releases: the newest release is
 * served at `/docs/x`, and also at `/docs/<release>/x` (redirect pages written at build time by
 * src/plugins/permanent-urls.ts), which is where it stays once a newer release is cut.
 */
export function permanentPath(permalink: string, release: string, isNewest: boolean, docsBase = '/docs'): string {
  const path = permalink.length > 1 ? permalink.replace(/\/$/, '') : permalink;
  if (!isNewest) return path;
  return `${docsBase}/${release}${path.slice(docsBase.length)}`;
}

/**
 * A page's change notes as Docusaurus hands them to the theme: its YAML parser (js-yaml) turns
 * dates into `Date` objects, so they are written back as YYYY-MM-DD.
 */
export function changeNotesOf(frontMatter: Record<string, unknown>): ChangeNote[] {
  const notes = frontMatter.changes;
  if (!Array.isArray(notes)) return [];
  return (notes as (Omit<ChangeNote, 'date'> & { date: unknown })[]).map((note) => ({
    ...note,
    date: note.date instanceof Date ? note.date.toISOString().slice(0, 10) : String(note.date),
  }));
}
