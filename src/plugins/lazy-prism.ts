/**
 * Docusaurus plugin: syntax highlighting is loaded with the first code block, not with every page.
 *
 * The classic theme registers a client module that imports Prism (prism-react-renderer and its
 * languages, about a sixth of the main bundle, and costly to evaluate) on every page, before the
 * page can respond. Few of our pages show code. This plugin drops that client module from the
 * bundle; src/theme/CodeBlock loads Prism, with the extra languages of `themeConfig.prism`, in a
 * chunk of its own when a page first renders a code block.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The theme's client module, as Docusaurus' generated client-modules.js requires it. */
export function prismClientModule(siteDir: string): string {
  const require = createRequire(join(siteDir, 'package.json'));
  return join(dirname(require.resolve('@docusaurus/theme-classic')), 'prism-include-languages');
}

export default function lazyPrismPlugin(context: { siteDir: string }): Plugin {
  return {
    name: 'child-safety-kit-lazy-prism',
    configureWebpack() {
      return { resolve: { alias: { [`${prismClientModule(context.siteDir)}$`]: false } } };
    },
  };
}
