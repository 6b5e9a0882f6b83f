/**
 * Docusaurus plugin: less work in one piece while a page hydrates.
 *
 * Swaps two small client modules of Docusaurus for our versions (same exports, one change each):
 * - core's client/browserContext: after hydration Docusaurus flips `useIsBrowser()` to true from an
 *   effect, a re-render of the whole app at default priority, which React does in one long task.
 *   src/plugins/browser-context.client.tsx makes that update a transition, rendered in slices.
 * - theme-common's utils/reactUtils: its `useShallowMemoObject` sorted keys with `localeCompare`,
 *   whose first call loads collation data (20–40 ms on a slow phone) during hydration of every doc
 *   page. src/plugins/react-utils.client.ts sorts in code-unit order.
 * tests/e2e/startup.test.ts fails if a Docusaurus upgrade moves a module or changes its exports.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export interface Replacement {
  /** Absolute path of the Docusaurus module replaced. */
  original: string;
  /** Absolute path of ours. */
  replacement: string;
}

export function replacements(siteDir: string): Replacement[] {
  const require = createRequire(join(siteDir, 'package.json'));
  const coreClient = join(dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client');
  // theme-common's exports map hides package.json; its main entry sits in lib/.
  const themeCommonLib = dirname(require.resolve('@docusaurus/theme-common'));
  const ours = (file: string) => join(siteDir, 'src', 'plugins', file);
  return [
    { original: join(coreClient, 'browserContext.js'), replacement: ours('browser-context.client.tsx') },
    { original: join(themeCommonLib, 'utils', 'reactUtils.js'), replacement: ours('react-utils.client.ts') },
  ];
}

export default function hydrationPlugin(context: { siteDir: string }): Plugin {
  return {
    name: 'child-safety-kit-hydration',
    configureWebpack() {
      const alias = Object.fromEntries(replacements(context.siteDir).map(({ original, replacement }) => [`${original}$`, replacement]));
      return { resolve: { alias } };
    },
  };
}
