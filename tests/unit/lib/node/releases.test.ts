import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../src/lib/content/frontmatter';
import {
  contentFiles,
  docId,
  listReleases,
  readKitVersion,
  readPages,
  resolveRelease,
  UnknownReleaseError,
} from '../../../../src/lib/node/releases';

const KIT = join(import.meta.dirname, '../../../fixtures/releases');

describe('content tree', () => {
  it('lists releases newest first, then next, and marks the newest', () => {
    expect(listReleases(KIT).map(({ name, docsVersion, newest, root }) => [name, docsVersion, newest, root])).toEqual([
      ['2030.02', '2030.02', true, join(KIT, 'versioned_docs/version-2030.02')],
      ['2030.01', '2030.01', false, join(KIT, 'versioned_docs/version-2030.01')],
      ['next', 'current', false, join(KIT, 'docs')],
    ]);
  });

  it('resolves the newest release by default, a named one, and rejects an unknown one', () => {
    expect(resolveRelease(KIT).name).toBe('2030.02');
    expect(resolveRelease(KIT, 'next').root).toBe(join(KIT, 'docs'));
    expect(() => resolveRelease(KIT, '2029.12')).toThrow(
      new UnknownReleaseError('2029.12', ['2030.02', '2030.01', 'next']),
    );
    expect(() => resolveRelease(KIT, '2029.12')).toThrow(
      'Unknown release "2029.12"; available: 2030.02, 2030.01, next',
    );
  });

  it('walks pages, skipping _data and other underscored entries, and reads the kit version', () => {
    expect(contentFiles(join(KIT, 'docs')).map((file) => file.slice(KIT.length + 1))).toEqual([
      'docs/legal/deadlines.mdx',
      'docs/start.mdx',
    ]);
    expect(readKitVersion(KIT)).toBe('2030.2.0');
    const [, page] = readPages(join(KIT, 'docs'));
    expect(page?.id).toBe('start');
    expect(page?.frontMatter.page_type).toBe('guide');
    expect(page?.body).toBe('Start with the policy.');
  });

  it('names docs as Docusaurus does: folder, then front matter id or file name', () => {
    expect(docId('/r', '/r/policies/a.mdx', {})).toBe('policies/a');
    expect(docId('/r', '/r/policies/a.mdx', { id: 'b' })).toBe('policies/b');
    expect(docId('/r', '/r/a.md', {})).toBe('a');
  });
});

describe('splitFrontMatter', () => {
  it('reads the block only when the first line is ---, as YAML (dates stay strings, quotes are YAML quotes)', () => {
    expect(splitFrontMatter("---\ntitle: 'A: b'\nlast_reviewed: 2026-12-07\nlist:\n  - x\n---\n\n# Body\n")).toEqual({
      frontMatter: { title: 'A: b', last_reviewed: '2026-12-07', list: ['x'] },
      body: '# Body',
      errors: [],
    });
    expect(splitFrontMatter('\n---\ntitle: x\n---\n').frontMatter).toEqual({});
    expect(splitFrontMatter('# no front matter\n---\n').body).toBe('# no front matter\n---');
  });

  it('does not take a --- inside a value for the closing fence, and reports YAML errors', () => {
    expect(splitFrontMatter('---\ndescription: a --- b\n---\ntext').frontMatter).toEqual({ description: 'a --- b' });
    expect(splitFrontMatter('---\ntitle: [unclosed\n---\ntext').errors.length).toBeGreaterThan(0);
  });
});
