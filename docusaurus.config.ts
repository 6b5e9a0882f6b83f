import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { formatProblems, validateFrontMatter } from './src/lib/frontmatter';
import codeHighlightPlugin, { remarkCodeHighlight } from './src/plugins/code-highlight';
import compileHintsPlugin from './src/plugins/compile-hints';
import errataPlugin from './src/plugins/errata';
import esmSitePlugin from './src/plugins/esm-site';
import kitDataPlugin from './src/plugins/kit-data';
import kitDataExportPlugin from './src/plugins/kit-data-export';
import kitTemplatesPlugin from './src/plugins/kit-templates';
import permanentUrlsPlugin from './src/plugins/permanent-urls';
import whatChangedPlugin from './src/plugins/what-changed';
import translationsPlugin from './src/plugins/translations';
import { entryScriptsTemplate } from './src/plugins/entry-scripts';
import remarkLocaleLinks from './src/plugins/remark-locale-links';
import remarkTemplateComponents from './src/plugins/remark-template-components';
import securityHeadersPlugin from './src/plugins/security-headers';

// Docusaurus loads this file as CommonJS (no import.meta); it runs from the site's folder.
const siteDir = process.cwd();

/** Released versions, newest first; the newest is what readers see by default. */
const versionsFile = resolve(siteDir, 'versions.json');
const versions: string[] = existsSync(versionsFile) ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as string[]) : [];

/** The kit's version, stamped on every document the site generates (see src/services/TemplateExport/provenance.ts). */
const kitVersion = (JSON.parse(readFileSync(resolve(siteDir, 'package.json'), 'utf8')) as { version: string }).version;
/**
 * How many of the newest releases to build (KIT_BUILD_RELEASES; default: all). Older releases keep
 * their URLs by being served from the frozen build output of an earlier deploy (README, design decisions).
 */
const buildReleases = Math.max(1, Number(process.env.KIT_BUILD_RELEASES) || versions.length);

/** Sections that sidebars.ts nests as a category linking the section's index page. */
const NESTED_SECTIONS = new Set(['threats', 'reference']);

/** Pages whose front matter the kit's schema governs: every doc, current and released. */
const isDoc = (filePath: string) =>
  /^(docs|versioned_docs|i18n\/[a-z-]+\/docusaurus-plugin-content-docs)\//.test(relative(siteDir, filePath));

const config: Config = {
  title: 'Child Safety Kit',
  customFields: { kitVersion },
  tagline:
    'Policies, reporting flows and legal reporting guidance for small platforms handling child sexual exploitation and abuse.',
  favicon: 'img/favicon.svg',
  // Where the site is deployed; the sitemap and canonical links use it. Set SITE_URL when you deploy.
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  baseUrl: '/',
  trailingSlash: false,
  // The banner that explains a wrong baseUrl is an inline script that writes styled HTML: one more
  // hash in the Content Security Policy, for a mistake the deployer sees at once (unstyled pages).
  baseUrlIssueBanner: false,

  future: { v4: true },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  // The head preloads the app's entry scripts, which run at the end of the body: see the module's comment.
  ssrTemplate: entryScriptsTemplate(siteDir),

  // English is the source; French is its first translation (i18n/fr/; README, "French edition").
  // A language is added the same way: a locale here, `npx docusaurus write-translations --locale <code>`.
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en' },
      fr: { label: 'Français', htmlLang: 'fr-FR' },
    },
  },

  markdown: {
    format: 'mdx',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    // The build-time gate of the front-matter schema (the lint rule and content test are the others).
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      if (isDoc(params.filePath)) {
        const checked = validateFrontMatter(result.frontMatter);
        if (!checked.ok) {
          throw new Error(
            `Invalid front matter in ${formatProblems(relative(siteDir, params.filePath), checked.problems, 'Fix the fields above; the schema is src/schema/frontmatter.ts.')}`,
          );
        }
      }
      return result;
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // A section's overview (its index page) comes first in the section's sidebar; where the
          // section is nested as a category that links its overview (sidebars.ts), it is not repeated.
          async sidebarItemsGenerator({ defaultSidebarItemsGenerator, ...args }) {
            const items = await defaultSidebarItemsGenerator(args);
            const indexId = `${args.item.dirName}/index`;
            const isIndex = (item: (typeof items)[number]) => item.type === 'doc' && item.id === indexId;
            if (NESTED_SECTIONS.has(args.item.dirName)) return items.filter((item) => !isIndex(item));
            return [...items].sort((a, b) => Number(isIndex(b)) - Number(isIndex(a)));
          },
          routeBasePath: 'docs',
          lastVersion: versions[0] ?? 'current',
          onlyIncludeVersions: ['current', ...versions.slice(0, buildReleases)],
          versions: {
            current: { label: 'Next (unreleased)', path: 'next', banner: 'unreleased' },
            // The version menu marks the newest release; every older one carries Docusaurus'
            // "no longer actively maintained" banner, which links to the same page in the newest.
            ...Object.fromEntries(
              versions.map((version, index) => [
                version,
                index === 0 ? { label: `${version} (newest)` } : { label: version, banner: 'unmaintained' as const },
              ]),
            ),
          },
          showLastUpdateTime: false,
          // Checks <Var>/<When> against the page's version of the variable registry, and labels them;
          // highlights code blocks (no page loads Prism: src/plugins/code-highlight.ts).
          remarkPlugins: [remarkTemplateComponents, [remarkCodeHighlight, { siteDir }]],
          // Links between English and translated pages resolve to the page the locale shows (see the module).
          beforeDefaultRemarkPlugins: [[remarkLocaleLinks, { siteDir, defaultLocale: 'en' }]],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { lastmod: null, changefreq: null, priority: null },
      } satisfies Preset.Options,
    ],
  ],

  // securityHeadersPlugin: the CSP (scripts allowed by hash) and headers for every host, after the build.
  plugins: [
    esmSitePlugin,
    compileHintsPlugin,
    codeHighlightPlugin,
    kitDataPlugin,
    kitDataExportPlugin,
    kitTemplatesPlugin,
    permanentUrlsPlugin,
    errataPlugin,
    whatChangedPlugin,
    translationsPlugin,
    securityHeadersPlugin,
  ],
  // Links load their page on hover or touch, not as they scroll into view: see the module's comment.
  // zod-jitless: zod never probes `eval`, which the Content Security Policy refuses (see the module).
  clientModules: ['./src/plugins/link-prefetch.client.ts', './src/plugins/zod-jitless.client.ts'],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        // Each locale's index uses its own stemmer (lunr-languages' French for fr).
        language: ['en', 'fr'],
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: 'docs',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        // The hint and its clear button ("✕", 11 px wide) fail WCAG 2.2's target size; Ctrl+K still works.
        searchBarShortcutHint: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    metadata: [{ name: 'referrer', content: 'no-referrer' }],
    navbar: {
      title: 'Child Safety Kit',
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'doc', docId: 'start-here', label: 'Docs', position: 'left' },
        { type: 'doc', docId: 'policies/index', label: 'Policies', position: 'left' },
        { type: 'doc', docId: 'flows/index', label: 'Reporting flows', position: 'left' },
        { type: 'doc', docId: 'legal/index', label: 'Legal reporting', position: 'left' },
        { type: 'doc', docId: 'hash-sharing/index', label: 'Hash sharing', position: 'left' },
        { type: 'search', position: 'right' },
        { type: 'docsVersionDropdown', position: 'right' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Start',
          items: [
            { label: 'Start here', to: '/docs/' },
            { label: 'Legal reporting', to: '/docs/legal' },
            { label: 'Release notes', to: '/docs/release-notes' },
            { label: 'What changed between releases', to: '/changes' },
          ],
        },
        {
          title: 'Licences',
          items: [
            { label: 'Policy templates: CC0 1.0', to: '/docs/about#licences' },
            { label: 'Guides: CC BY 4.0', to: '/docs/about#licences' },
            { label: 'Code: MIT', to: '/docs/about#licences' },
          ],
        },
      ],
      copyright:
        'Child Safety Kit is not legal advice. Policy templates are dedicated to the public domain (CC0 1.0); guides are licensed CC BY 4.0; code is MIT. This site sets no cookies, runs no analytics and loads nothing from other sites.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
