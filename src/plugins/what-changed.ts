/**
 * Docusaurus plugin: "What changed" pages. For every two releases (next included), a page at
 * `/changes/<from>-to-<to>` lists what the newer changed in the data and the templates
 * (src/lib/release-diff.ts); `/changes` lists each release against the one before it and links
 * every other comparison. Computed at build time from each release's own files.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { listReleases, readPages, type Release } from '../lib/node/releases';
import { findDataFiles, formatDataProblem, validateDataText } from '../lib/node/data';
import { exportKindOf } from '../lib/data-export';
import { DIFF_KINDS, diffReleases, type ReleaseDiff, type ReleaseSnapshot } from '../lib/release-diff';

export const comparisonPath = (from: string, to: string) => `/changes/${from}-to-${to}`;

export function snapshot(release: Release, siteDir: string): ReleaseSnapshot {
  const data: ReleaseSnapshot['data'] = {};
  for (const file of findDataFiles(release.root)) {
    const kind = exportKindOf(basename(file)) as (typeof DIFF_KINDS)[number] | undefined;
    if (!kind || !(DIFF_KINDS as readonly string[]).includes(kind)) continue;
    const result = validateDataText(readFileSync(file, 'utf8'), relative(siteDir, file));
    if (!result.ok) throw new Error(`Invalid data files:\n${result.problems.map(formatDataProblem).join('\n')}`);
    data[kind] = kind === 'flows' ? [...(data[kind] ?? []), result.data] : (result.data as unknown[]);
  }
  const templates: ReleaseSnapshot['templates'] = {};
  for (const page of readPages(release.root)) {
    if (page.frontMatter.page_type === 'template')
      templates[page.id] = { title: String(page.frontMatter.title), body: page.body };
  }
  return { release: release.name, data, templates };
}

export interface WhatChangedContent {
  /** Oldest first: release names. */
  releases: string[];
  diffs: ReleaseDiff[];
}

export function whatChangedContent(siteDir: string): WhatChangedContent {
  const releases = listReleases(siteDir);
  // listReleases is newest release first, then next; comparisons read oldest to newest.
  const ordered = [
    ...releases.filter((release) => release.name !== 'next').reverse(),
    ...releases.filter((release) => release.name === 'next'),
  ];
  const snapshots = ordered.map((release) => snapshot(release, siteDir));
  const diffs: ReleaseDiff[] = [];
  snapshots.forEach((from, index) => snapshots.slice(index + 1).forEach((to) => diffs.push(diffReleases(from, to))));
  return { releases: ordered.map((release) => release.name), diffs };
}

export default function whatChangedPlugin(context: LoadContext): Plugin {
  // Each locale's build has its own base URL (/fr/ for French): the pages live under it.
  const { siteDir, baseUrl } = context;
  const underBase = (path: string) => `${baseUrl.replace(/\/$/u, '')}${path}`;
  return {
    name: 'child-safety-kit-what-changed',
    async loadContent() {
      return whatChangedContent(siteDir);
    },
    async contentLoaded({ content, actions }) {
      const { releases, diffs } = content as WhatChangedContent;
      const index = await actions.createData(
        'what-changed-index.json',
        JSON.stringify({
          releases,
          pairs: diffs.map(({ from, to, substantive, editorial }) => ({ from, to, substantive, editorial })),
        }),
      );
      actions.addRoute({
        path: underBase('/changes'),
        component: '@site/src/components/WhatChanged/IndexPage.tsx',
        modules: { index },
        exact: true,
      });
      for (const diff of diffs) {
        const data = await actions.createData(`what-changed-${diff.from}-to-${diff.to}.json`, JSON.stringify(diff));
        actions.addRoute({
          path: underBase(comparisonPath(diff.from, diff.to)),
          component: '@site/src/components/WhatChanged/index.tsx',
          modules: { diff: data },
          exact: true,
        });
      }
    },
  };
}
