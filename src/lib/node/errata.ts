/**
 * The errata of every release, read from the releases' front matter on disk (the correction notes,
 * `changes[].corrects`, of later releases). Used by the errata plugin, which shows them on older
 * releases' pages, and by the frozen-release merge, which refuses frozen pages that lack one.
 */
import { errataByRelease, type ErrataGlobal } from '../errata';
import { changeNotesOf } from '../changes';
import { listReleases, readPages } from './releases';

export function errataContent(siteDir: string): ErrataGlobal {
  const released = listReleases(siteDir).filter((release) => release.name !== 'next');
  return errataByRelease(
    released.map((release) => ({
      release: release.name,
      pages: readPages(release.root).map((page) => ({ id: page.id, changes: changeNotesOf(page.frontMatter) })),
    })),
  );
}
