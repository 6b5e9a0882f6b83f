import { describe, expect, it } from 'vitest';
import { earlierVersions, versionTable } from '../../bench/versions';

describe('bench by number of releases', () => {
  it('names synthetic releases for the months before the newest, across a year', () => {
    expect(earlierVersions('2027.02', 5)).toEqual(['2027.01', '2026.12', '2026.11', '2026.10', '2026.09']);
  });

  it('reports the cost of each added release', () => {
    const table = versionTable([
      { versions: 1, seconds: 100, bytes: 10 * 1048576 },
      { versions: 3, seconds: 140, bytes: 30 * 1048576 },
    ]);
    expect(table.slice(-2)).toEqual([
      '| 1 | 100.0 s | 10.0 MiB | — |',
      '| 3 | 140.0 s | 30.0 MiB | 20.0 s, 10.0 MiB |',
    ]);
  });
});
