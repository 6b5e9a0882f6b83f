/**
 * Docusaurus plugin: the re-render that follows hydration runs in short tasks.
 *
 * After hydration, Docusaurus flips its browser context (`useIsBrowser()`) to true from an effect.
 * That update re-renders the whole app at default priority, which React does in one go: on a slow
 * phone, one of the longest tasks of a page load. This plugin swaps core's client/browserContext
 * module for src/plugins/browser-context.client.tsx, which makes the same update a transition, so
 * React renders it in slices and the page answers input in between. tests/e2e/startup.test.ts
 * fails if a Docusaurus upgrade moves the module or changes what it exports.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The module replaced: @docusaurus/core's client/browserContext. */
export function coreBrowserContext(siteDir: string): string {
  const require = createRequire(join(siteDir, 'package.json'));
  return join(dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client', 'browserContext.js');
}

export default function hydrationPlugin(context: { siteDir: string }): Plugin {
  return {
    name: 'child-safety-kit-hydration',
    configureWebpack() {
      const replacement = join(context.siteDir, 'src', 'plugins', 'browser-context.client.tsx');
      return { resolve: { alias: { [`${coreBrowserContext(context.siteDir)}$`]: replacement } } };
    },
  };
}
