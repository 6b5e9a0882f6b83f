/**
 * Docusaurus plugin: less work in one piece while a page hydrates.
 *
 * Swaps five Docusaurus modules for ours, each with the same exports and one change:
 * - theme-common's utils/reactUtils (src/plugins/react-utils.client.ts): its `useShallowMemoObject`
 *   sorted keys with `localeCompare`, whose first call of a page loads collation data (20–40 ms in
 *   one piece on a slow phone) while every doc page hydrates (the mobile menu's copy of the sidebar)
 *   and every code block (its word-wrap observer); ours sorts in code-unit order.
 * - theme-common's hooks/useWindowSize (src/plugins/use-window-size.client.ts): its update after
 *   hydration, which on a phone renders the mobile menu's copy of the doc sidebar, is a transition,
 *   rendered in short slices instead of one long task.
 * - core's client/browserContext (src/plugins/browser-context.client.tsx): the flip of
 *   `useIsBrowser()` after hydration is a transition too. The search page needed it un-deferred to
 *   read its query; src/theme/SearchPage mounts the plugin's page once the flip has happened.
 * - the docs plugin's client/docsPreferredVersion (src/plugins/docs-preferred-version.client.tsx):
 *   after hydration it read storage and always set a new state, so every docs link and the version
 *   menu in the navbar and the phone menu rendered again, in one piece; now only a stored preferred
 *   version that differs renders, in a transition.
 * - core's client/preload (src/plugins/preload.client.ts): the entry script's call, which adds the
 *   route's chunk scripts, runs in a task of its own instead of inside main.js's evaluation.
 * tests/e2e/startup.test.ts fails if an upgrade moves a module or changes its exports.
 */
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { siteRequire } from './site-require';

export interface Replacement {
  /** Absolute path of the Docusaurus module replaced. */
  original: string;
  /** Absolute path of ours. */
  replacement: string;
}

export function replacements(siteDir: string): Replacement[] {
  const require = siteRequire(siteDir);
  // theme-common's exports map hides package.json; its main entry sits in lib/.
  const themeCommonLib = dirname(require.resolve('@docusaurus/theme-common'));
  const ours = (file: string) => join(siteDir, 'src', 'plugins', file);
  const coreClient = join(dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client');
  // The docs plugin's exports map hides package.json; its client entry sits in lib/client/.
  const docsClient = dirname(require.resolve('@docusaurus/plugin-content-docs/client'));
  return [
    { original: join(coreClient, 'browserContext.js'), replacement: ours('browser-context.client.tsx') },
    { original: join(coreClient, 'preload.js'), replacement: ours('preload.client.ts') },
    { original: join(themeCommonLib, 'utils', 'reactUtils.js'), replacement: ours('react-utils.client.ts') },
    { original: join(themeCommonLib, 'hooks', 'useWindowSize.js'), replacement: ours('use-window-size.client.ts') },
    { original: join(docsClient, 'docsPreferredVersion.js'), replacement: ours('docs-preferred-version.client.tsx') },
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
