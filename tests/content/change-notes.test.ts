/** A page that differs from the newest release says so: a new change note dated on or after that release. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { missingChangeNote, releaseDate } from '../../src/lib/changes';
import { readPages, resolveRelease } from '../../src/lib/node/releases';
import { findDataFiles } from '../../src/lib/node/data';

const root = join(import.meta.dirname, '../..');
const newest = resolveRelease(root);
const next = resolveRelease(root, 'next');
/** The release notes are the changelog itself: they change with every release. */
const EXEMPT = new Set(['release-notes']);

describe('change notes', () => {
  it(`every page changed since ${newest.name} has a change note dated on or after it`, () => {
    const releasedPages = new Map(readPages(newest.root).map((page) => [relative(newest.root, page.file), page]));
    const releasedOn = releaseDate([
      ...[...releasedPages.values()].map((page) => page.frontMatter),
      ...findDataFiles(newest.root).map((file) => parse(readFileSync(file, 'utf8')) as unknown),
    ]);
    expect(releasedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const problems = readPages(next.root)
      .filter((page) => !EXEMPT.has(page.id))
      .flatMap((page) => {
        const released = releasedPages.get(relative(next.root, page.file));
        if (!released) return [];
        const problem = missingChangeNote({
          file: relative(root, page.file),
          current: page,
          released,
          release: newest.name,
          releasedOn: releasedOn!,
        });
        return problem ? [problem] : [];
      });
    expect(problems).toEqual([]);
  });
});
