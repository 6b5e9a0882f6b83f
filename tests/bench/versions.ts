/**
 * Build time and output size by number of releases: the site is copied, given 1, 3 and 6 releases
 * (the newest real one and synthetic copies of it named for earlier months), and built cold.
 * Prints a Markdown table and the cost of each added release, to show how growth scales.
 */
import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite } from '../e2e/support/site-copy';

export const VERSION_COUNTS = [1, 3, 6] as const;

/** Earlier calendar months than `newest`, for synthetic releases: 2026.12 → 2026.11, 2026.10, … */
export function earlierVersions(newest: string, count: number): string[] {
  const [year, month] = newest.split('.').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const months = year * 12 + (month - 1) - (index + 1);
    return `${Math.floor(months / 12)}.${String((months % 12) + 1).padStart(2, '0')}`;
  });
}

function bytesIn(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export interface VersionRow {
  versions: number;
  seconds: number;
  bytes: number;
}

export function measureVersions(newest: string, counts: readonly number[] = VERSION_COUNTS): VersionRow[] {
  return counts.map((count) => {
    const copy = copySite(`bench-v${count}`);
    try {
      const synthetic = earlierVersions(newest, count - 1);
      for (const version of synthetic) {
        cpSync(
          join(copy.dir, 'versioned_docs', `version-${newest}`),
          join(copy.dir, 'versioned_docs', `version-${version}`),
          { recursive: true },
        );
        cpSync(
          join(copy.dir, 'versioned_sidebars', `version-${newest}-sidebars.json`),
          join(copy.dir, 'versioned_sidebars', `version-${version}-sidebars.json`),
        );
      }
      writeFileSync(join(copy.dir, 'versions.json'), `${JSON.stringify([newest, ...synthetic], null, 2)}\n`);
      const start = performance.now();
      const result = copy.run('npx', ['docusaurus', 'build']);
      if (result.status !== 0)
        throw new Error(`the build with ${count} versions failed:\n${result.stderr.slice(-2000)}`);
      return { versions: count, seconds: (performance.now() - start) / 1000, bytes: bytesIn(join(copy.dir, 'build')) };
    } finally {
      copy.remove();
    }
  });
}

export function versionTable(rows: readonly VersionRow[]): string[] {
  const [first] = rows;
  const perVersion = (row: VersionRow) =>
    first && row.versions > first.versions
      ? `${((row.seconds - first.seconds) / (row.versions - first.versions)).toFixed(1)} s, ${((row.bytes - first.bytes) / (row.versions - first.versions) / 1048576).toFixed(1)} MiB`
      : '—';
  return [
    '## Build by number of releases',
    '',
    'Cold builds of a copy of the site with synthetic releases (copies of the newest). Growth is linear when the cost of each added release stays the same.',
    '',
    '| releases | build | output | cost of each added release |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.versions} | ${row.seconds.toFixed(1)} s | ${(row.bytes / 1048576).toFixed(1)} MiB | ${perVersion(row)} |`,
    ),
  ];
}
