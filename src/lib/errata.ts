/**
 * Errata for frozen releases: a change note marked `corrects: <release>` in a later release tells
 * the readers of that release (and of any release between it and the correction) what was
 * corrected. Computed from the later releases' front matter; a frozen release's files never change.
 * Pure: src/plugins/errata.ts reads the pages.
 */
import type { ChangeNote } from '../schema/frontmatter';
import { compareVersions } from './release';

export interface Erratum {
  /** The release that made the correction. */
  release: string;
  date: string;
  summary: string;
}

/** The errata plugin's global data: release → doc id → the later corrections of that page. */
export type ErrataGlobal = Record<string, Record<string, Erratum[]>>;

export interface ReleasePages {
  /** A released version, such as 2026.12 (never next: an unreleased correction is not yet published). */
  release: string;
  pages: readonly { id: string; changes?: readonly ChangeNote[] }[];
}

/**
 * For each release, the errata its pages show: by release, then doc id, newest correction first.
 * A correction made in release L that corrects release C shows on every release V with C ≤ V < L
 * that has the page.
 */
export function errataByRelease(releases: readonly ReleasePages[]): Record<string, Record<string, Erratum[]>> {
  const result: Record<string, Record<string, Erratum[]>> = {};
  for (const later of releases) {
    for (const page of later.pages) {
      for (const note of page.changes ?? []) {
        if (!note.corrects) continue;
        for (const older of releases) {
          const inRange =
            compareVersions(older.release, note.corrects) >= 0 && compareVersions(older.release, later.release) < 0;
          if (!inRange || !older.pages.some((candidate) => candidate.id === page.id)) continue;
          const byPage = (result[older.release] ??= {});
          (byPage[page.id] ??= []).push({ release: later.release, date: note.date, summary: note.summary });
        }
      }
    }
  }
  for (const byPage of Object.values(result)) {
    for (const list of Object.values(byPage))
      list.sort((a, b) => compareVersions(b.release, a.release) || (a.date < b.date ? 1 : -1));
  }
  return result;
}
