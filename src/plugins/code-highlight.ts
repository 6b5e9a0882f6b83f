/**
 * Code is highlighted when the site is built; no page ships Prism.
 *
 * - `remarkCodeHighlight` (a remark plugin for the docs) turns each fenced code block's text into
 *   highlighted lines (src/lib/highlight.ts) and passes the text itself as the `code` prop, which
 *   src/theme/CodeBlock hands to the theme's copy and word-wrap buttons.
 * - The Docusaurus plugin writes the token colours of `themeConfig.prism` (light and dark theme) as
 *   a stylesheet every page loads. The classic theme's client module that put Prism and its
 *   languages in the bundle of every page is no longer listed by the theme: see
 *   patches/README.md (`@docusaurus+theme-classic+3.10.2.patch`).
 *
 * Before, Prism loaded and re-highlighted every block in the browser: a chunk of its own and one
 * long task on each page with code, and unhighlighted code for a moment after a client-side
 * navigation. Magic comments and line numbers (Docusaurus' `// highlight-next-line`,
 * `showLineNumbers`) are not supported: no page uses them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import { Prism, type PrismTheme } from 'prism-react-renderer';
import type { Plugin as UnifiedPlugin } from 'unified';
import { visit } from 'unist-util-visit';
import { linesToHast, prismThemeCss, tokenizeLines } from '../lib/highlight';
import { siteRequire } from './site-require';

/** Languages with no bundled grammar already looked for in prismjs, found or not: once per build. */
const triedLanguages = new Set<string>();

/**
 * Makes sure Prism knows `language`: prism-react-renderer bundles the common grammars; any other
 * comes from prismjs' components, as the classic theme's `additionalLanguages` would load it.
 * An unknown language (or `text`) stays plain.
 */
export function loadLanguage(siteDir: string, language: string): void {
  if (Prism.languages[language] || triedLanguages.has(language) || !/^[a-z][a-z0-9-]*$/.test(language)) return;
  triedLanguages.add(language);
  const require = siteRequire(siteDir);
  let file: string;
  try {
    file = require.resolve(`prismjs/components/prism-${language}`);
  } catch {
    return;
  }
  // prismjs' components register their grammar on a global Prism.
  const global = globalThis as { Prism?: typeof Prism };
  global.Prism = Prism;
  try {
    require(file);
  } finally {
    delete global.Prism;
  }
}

interface CodeData {
  hChildren?: ElementContent[];
  hProperties?: Record<string, unknown>;
}

export const remarkCodeHighlight: UnifiedPlugin<[{ siteDir: string }], Root> =
  ({ siteDir }) =>
  (tree) => {
    visit(tree, 'code', (node) => {
      const language = node.lang ?? 'text';
      loadLanguage(siteDir, language);
      const data = (node.data ?? {}) as CodeData;
      node.data = {
        ...data,
        hChildren: linesToHast(tokenizeLines(Prism, node.value, language)),
        hProperties: { ...data.hProperties, code: node.value },
      } as typeof node.data;
    });
  };

/** The token colours of the light theme (also for pages without a theme attribute) and the dark one. */
export function tokenCss(theme: PrismTheme, darkTheme: PrismTheme = theme): string {
  return `${prismThemeCss(`html:not([data-theme='dark'])`, theme)}\n${prismThemeCss(`html[data-theme='dark']`, darkTheme)}\n`;
}

export default function codeHighlightPlugin(context: LoadContext): Plugin {
  const { prism } = context.siteConfig.themeConfig as { prism: { theme: PrismTheme; darkTheme?: PrismTheme } };
  const stylesheet = join(context.generatedFilesDir, 'child-safety-kit', 'code-tokens.css');
  mkdirSync(dirname(stylesheet), { recursive: true });
  writeFileSync(stylesheet, tokenCss(prism.theme, prism.darkTheme));
  return {
    name: 'child-safety-kit-code-highlight',
    getClientModules() {
      return [stylesheet];
    },
  };
}
