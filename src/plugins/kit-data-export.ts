/**
 * Docusaurus plugin: publishes every data kind of every release as JSON at
 * `/data/<release>/<kind>.json`, a JSON Schema per kind at `/data/schema/<kind>.schema.json`, and an
 * index at `/data/index.json` (see src/lib/data-export.ts). Its global data tells each doc page
 * which kinds it shows, so the page links to their JSON.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { listReleases, readKitVersion, readPages } from '../lib/node/releases';
import { findDataFiles, formatDataProblem, validateDataText } from '../lib/node/data';
import {
  dataIndex,
  EXPORT_KINDS,
  exportKindOf,
  exportRelease,
  exportSchema,
  newestAccessed,
  type DataExportGlobal,
} from '../lib/data-export';

/** What a doc page needs to link to its data: by Docusaurus version, then doc id, the kinds it imports. */
export type { DataExportGlobal };

interface Content {
  global: DataExportGlobal;
  files: Map<string, unknown>;
}

const DATA_IMPORT = /^import\s[^;]*?from\s+['"]([^'"]*\/_data\/[^'"/]+\.ya?ml)['"]/gm;

/** Kinds a page imports from `_data/`, in EXPORT_KINDS order. */
export function importedKinds(body: string): string[] {
  const kinds = new Set(
    [...body.matchAll(DATA_IMPORT)]
      .map((match) => exportKindOf(basename(match[1]!)))
      .filter((kind) => kind !== undefined),
  );
  return EXPORT_KINDS.filter((kind) => kinds.has(kind));
}

export function dataExportContent(siteDir: string): Content {
  const kitVersion = readKitVersion(siteDir);
  const files = new Map<string, unknown>();
  const global: DataExportGlobal = { releases: {}, pages: {} };
  const summaries = [];
  const problems: string[] = [];
  for (const release of listReleases(siteDir)) {
    const data = findDataFiles(release.root).map((file) => {
      const result = validateDataText(readFileSync(file, 'utf8'), relative(siteDir, file));
      if (!result.ok) problems.push(...result.problems.map(formatDataProblem));
      return { name: basename(file), data: result.ok ? result.data : undefined };
    });
    if (problems.length > 0) continue;
    const published = exportRelease({ release: release.name, newest: release.newest, files: data }, kitVersion);
    for (const [kind, file] of published) files.set(`${release.name}/${kind}.json`, file);
    summaries.push({
      release: release.name,
      newest: release.newest,
      asOf: newestAccessed(data.map((file) => file.data))!,
      kinds: [...published.keys()],
    });
    global.releases[release.docsVersion] = release.name;
    global.pages[release.docsVersion] = Object.fromEntries(
      readPages(release.root)
        .map((page) => [page.id, importedKinds(page.body)] as const)
        .filter(([, kinds]) => kinds.length > 0),
    );
  }
  if (problems.length > 0) throw new Error(`Invalid data files:\n${problems.join('\n')}`);
  for (const kind of EXPORT_KINDS) files.set(`schema/${kind}.schema.json`, exportSchema(kind));
  files.set('index.json', dataIndex(summaries, kitVersion));
  return { global, files };
}

export default function kitDataExportPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  return {
    name: 'child-safety-kit-data-export',
    async loadContent() {
      return dataExportContent(siteDir);
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData((content as Content).global);
    },
    async postBuild({ content, outDir }) {
      for (const [path, value] of (content as Content).files) {
        const file = join(outDir, 'data', path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
      }
    },
  };
}
