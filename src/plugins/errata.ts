/**
 * Docusaurus plugin: reads the correction notes (`changes[].corrects`) of every release and
 * publishes, as global data, the errata each older release's pages show at their top ("Corrected
 * in 2027.01: …", src/components/Errata). The frozen pages under versioned_docs/ are only read.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { listReleases, readPages } from '../lib/node/releases';
import { errataByRelease, type ErrataGlobal } from '../lib/errata';
import { changeNotesOf } from '../lib/changes';

/** By Docusaurus version name, then doc id: the errata of that page. */
export type { ErrataGlobal };

export function errataContent(siteDir: string): ErrataGlobal {
  const released = listReleases(siteDir).filter((release) => release.name !== 'next');
  return errataByRelease(
    released.map((release) => ({
      release: release.name,
      pages: readPages(release.root).map((page) => ({ id: page.id, changes: changeNotesOf(page.frontMatter) })),
    })),
  );
}

export default function errataPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  return {
    name: 'child-safety-kit-errata',
    async loadContent() {
      return errataContent(siteDir);
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content as ErrataGlobal);
    },
  };
}
