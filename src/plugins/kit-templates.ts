/**
 * Docusaurus plugin: parses every template page of every version (`page_type: template`) into a
 * template tree at build time and ships each as a JSON chunk, with an index of loaders keyed by
 * "<version>/<doc id>". The site's downloads and the policy pack import a tree only when the
 * reader asks for a file, then resolve and serialise it with the same `src/lib/templates` code
 * as the CLI. Each version's trees come from its own files, so a release exports what it shows.
 * Docusaurus runs the plugin once per locale: a translated build (`fr`) parses the translated
 * page (`i18n/<locale>/docusaurus-plugin-content-docs/<version>/…`) where there is one, so the
 * French page downloads French text; a page not yet translated falls back to English, as the page does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parse as parseYaml } from 'yaml';
import type { TargetSource } from '../lib/crosswalk';
import { listReleases, readPage, readPages, translationRoot, type Page } from '../lib/node/releases';
import { registryFor } from '../lib/node/template-sources';
import { parseTemplate } from '../lib/templates/parse';
import { templateClauses, type TemplateDocument } from '../lib/templates/tree';

interface Entry {
  key: string;
  document: TemplateDocument;
}

/** The site's source language: its pages are the English ones under `docs/` and `versioned_docs/`. */
export const DEFAULT_LOCALE = 'en';

/**
 * The page a locale's build shows for an English page: the translated file at the same path below
 * the release's translation root when the locale is not English and that file exists; else the English page.
 */
export function localizedPage(
  siteDir: string,
  locale: string,
  release: { docsVersion: string; root: string },
  page: Page,
): Page {
  if (locale === DEFAULT_LOCALE) return page;
  const translated = join(translationRoot(siteDir, locale, release), relative(release.root, page.file));
  if (!existsSync(translated)) return page;
  const read = readPage(translationRoot(siteDir, locale, release), translated);
  // The key stays the English doc id (the toolbar looks templates up by the page's id, which a translation keeps).
  return { ...read, id: page.id };
}

export function templateEntries(siteDir: string, locale: string = DEFAULT_LOCALE): Entry[] {
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const release of listReleases(siteDir)) {
    for (const english of readPages(release.root)) {
      if (english.frontMatter.page_type !== 'template') continue;
      const page = localizedPage(siteDir, locale, release, english);
      const { file, source } = page;
      const found = registryFor(file, siteDir);
      if (!found) {
        problems.push(
          `${relative(siteDir, file)}: a template needs the variable registry policies/_data/variables.yaml of its version`,
        );
        continue;
      }
      const parsed = parseTemplate(source, basename(file).replace(/\.mdx?$/, ''), found.registry);
      problems.push(
        ...parsed.problems.map(
          (problem) => `${relative(siteDir, file)}:${problem.line}:${problem.column} ${problem.message}`,
        ),
      );
      entries.push({ key: `${release.docsVersion}/${page.id}`, document: parsed.document });
    }
  }
  if (problems.length > 0) throw new Error(`Invalid template pages:\n${problems.join('\n')}`);
  return entries;
}

/**
 * What the crosswalk page links requirements to, per version: the clauses of the policy templates
 * (from the parsed trees) and the steps of the flows (their ids and labels; the data plugin has
 * already checked the flow files). Small, and loaded only by the crosswalk page.
 */
export function crosswalkTargets(siteDir: string, entries: readonly Entry[]): Record<string, TargetSource> {
  const targets: Record<string, TargetSource> = {};
  for (const release of listReleases(siteDir)) {
    const version = release.docsVersion;
    const templates = entries
      .filter((entry) => entry.key.startsWith(`${version}/policies/`))
      .map((entry) => ({
        id: entry.document.id,
        title: entry.document.title,
        clauses: templateClauses(entry.document.body),
      }));
    const flowDir = join(release.root, 'flows', '_data');
    const flows = existsSync(flowDir)
      ? readdirSync(flowDir)
          .filter((name) => name.endsWith('.flow.yaml'))
          .sort()
          .map(
            (name) =>
              parseYaml(readFileSync(join(flowDir, name), 'utf8')) as {
                id: string;
                title: string;
                nodes: { id: string; label: string }[];
              },
          )
          .map((flow) => ({
            id: flow.id,
            title: flow.title,
            nodes: flow.nodes.map((node) => ({ id: node.id, label: node.label })),
          }))
      : [];
    targets[version] = { templates, flows };
  }
  return targets;
}

export default function kitTemplatesPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  return {
    name: 'child-safety-kit-templates',
    getPathsToWatch() {
      return [
        'docs/**/*.{md,mdx}',
        'docs/**/_data/variables.yaml',
        'docs/flows/_data/*.flow.yaml',
        'versioned_docs/**/*.{md,mdx}',
        'i18n/*/docusaurus-plugin-content-docs/**/*.{md,mdx}',
      ].map((glob) => join(siteDir, glob));
    },
    async loadContent() {
      return templateEntries(siteDir, context.i18n.currentLocale);
    },
    async contentLoaded({ content, actions }) {
      const lines: string[] = [];
      for (const [index, entry] of (content as Entry[]).entries()) {
        const name = `template-${index}.json`;
        await actions.createData(name, JSON.stringify(entry.document));
        lines.push(`  ${JSON.stringify(entry.key)}: () => import(${JSON.stringify(`./${name}`)}),`);
      }
      await actions.createData('crosswalk-targets.json', JSON.stringify(crosswalkTargets(siteDir, content as Entry[])));
      await actions.createData(
        'index.js',
        `// Generated by src/plugins/kit-templates.ts: loaders of the parsed template trees, by "<version>/<doc id>".\nexport const templates = {\n${lines.join('\n')}\n};\n`,
      );
    },
  };
}
