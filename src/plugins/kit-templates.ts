/**
 * Docusaurus plugin: parses every template page of every version (`page_type: template`) into a
 * template tree at build time and ships each as a JSON chunk, with an index of loaders keyed by
 * "<version>/<doc id>". The site's downloads and the policy pack import a tree only when the
 * reader asks for a file, then resolve and serialise it with the same `src/lib/templates` code
 * as the CLI. Each version's trees come from its own files, so a release exports what it shows.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parse as parseYaml } from 'yaml';
import type { TargetSource } from '../lib/crosswalk';
import { registryFor } from '../lib/node/template-sources';
import { parseTemplate } from '../lib/templates/parse';
import { templateClauses, type TemplateDocument } from '../lib/templates/tree';

interface Entry {
  key: string;
  document: TemplateDocument;
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      if (entry.startsWith('_') || entry.startsWith('.')) return [];
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return mdxFiles(path);
      return /\.mdx?$/.test(entry) ? [path] : [];
    });
}

/** The front matter's `id` or the file name, as the docs plugin names the doc. */
function docId(root: string, file: string, source: string): string {
  const folder = relative(root, dirname(file)).split('\\').join('/');
  const own = /^id:\s*['"]?([\w-]+)['"]?\s*$/m.exec(source.split(/^---\s*$/m)[1] ?? '')?.[1];
  const name = own ?? basename(file).replace(/\.mdx?$/, '');
  return folder ? `${folder}/${name}` : name;
}

function versionRoots(siteDir: string): [string, string][] {
  const versioned = join(siteDir, 'versioned_docs');
  return [
    ['current', join(siteDir, 'docs')],
    ...(existsSync(versioned) ? readdirSync(versioned).filter((name) => name.startsWith('version-')).map((name): [string, string] => [name.slice('version-'.length), join(versioned, name)]) : []),
  ];
}

export function templateEntries(siteDir: string): Entry[] {
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const [version, root] of versionRoots(siteDir)) {
    for (const file of mdxFiles(root)) {
      const source = readFileSync(file, 'utf8');
      const front = source.split(/^---\s*$/m)[1] ?? '';
      if (!/^page_type:\s*['"]?template['"]?\s*$/m.test(front)) continue;
      const found = registryFor(file, siteDir);
      if (!found) {
        problems.push(`${relative(siteDir, file)}: a template needs the variable registry policies/_data/variables.yaml of its version`);
        continue;
      }
      const parsed = parseTemplate(source, basename(file).replace(/\.mdx?$/, ''), found.registry);
      problems.push(...parsed.problems.map((problem) => `${relative(siteDir, file)}:${problem.line}:${problem.column} ${problem.message}`));
      entries.push({ key: `${version}/${docId(root, file, source)}`, document: parsed.document });
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
  for (const [version, root] of versionRoots(siteDir)) {
    const templates = entries
      .filter((entry) => entry.key.startsWith(`${version}/policies/`))
      .map((entry) => ({ id: entry.document.id, title: entry.document.title, clauses: templateClauses(entry.document.body) }));
    const flowDir = join(root, 'flows', '_data');
    const flows = existsSync(flowDir)
      ? readdirSync(flowDir)
          .filter((name) => name.endsWith('.flow.yaml'))
          .sort()
          .map((name) => parseYaml(readFileSync(join(flowDir, name), 'utf8')) as { id: string; title: string; nodes: { id: string; label: string }[] })
          .map((flow) => ({ id: flow.id, title: flow.title, nodes: flow.nodes.map((node) => ({ id: node.id, label: node.label })) }))
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
      return ['docs/**/*.{md,mdx}', 'docs/**/_data/variables.yaml', 'docs/flows/_data/*.flow.yaml', 'versioned_docs/**/*.{md,mdx}'].map((glob) => join(siteDir, glob));
    },
    async loadContent() {
      return templateEntries(siteDir);
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
