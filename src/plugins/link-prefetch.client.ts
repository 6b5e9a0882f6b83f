/**
 * Client module: links do not prefetch their pages as they scroll into view.
 *
 * Docusaurus prefetches the chunks of every internal link that becomes visible. Its first prefetch
 * compiles a matcher for every route of every version, and each one scans the whole route table,
 * so on a doc page, with dozens of links in view, prefetching was the longest task after
 * hydration, just when the reader starts to scroll or type; and it downloaded pages the reader may
 * never open. A link still loads its page's chunks when the pointer enters it or a
 * finger touches it (`window.docusaurus.preload`, untouched), which comes before the click.
 * Docusaurus itself skips prefetching on slow or save-data connections; this makes it the rule.
 */
import type { ClientModule } from '@docusaurus/types';

function install(): void {
  const current = window.docusaurus;
  if (!current || current.prefetch === noPrefetch) return;
  // Docusaurus freezes its object, so the page gets a new one with the same preload.
  window.docusaurus = Object.freeze({ preload: current.preload, prefetch: noPrefetch });
}

function noPrefetch(): false {
  return false;
}

const clientModule: ClientModule = {
  // Runs in the first commit, before any link's IntersectionObserver has reported.
  onRouteDidUpdate() {
    install();
  },
};
export default clientModule;
