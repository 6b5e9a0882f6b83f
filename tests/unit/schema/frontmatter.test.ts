import { describe, expect, it } from 'vitest';
import { formatProblems, validateFrontMatter } from '../../../src/lib/frontmatter';

const guide = {
  title: 'Start here',
  description: 'What the kit is and the fastest path through it.',
  page_type: 'guide',
  last_reviewed: '2026-11-28',
  review_every_months: 6,
};

describe('front-matter schema', () => {
  it('accepts a guide, and dates as Date objects (as Docusaurus parses them)', () => {
    expect(validateFrontMatter(guide).ok).toBe(true);
    const parsed = validateFrontMatter({ ...guide, last_reviewed: new Date('2026-11-28T00:00:00Z') });
    expect(parsed.ok && parsed.data.last_reviewed).toBe('2026-11-28');
  });

  it('requires jurisdictions and sources on a legal page', () => {
    const result = validateFrontMatter({ ...guide, page_type: 'legal' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblems('docs/x.mdx', result.problems)).toBe(
      [
        'docs/x.mdx:',
        '  - Missing `jurisdictions`: expected the jurisdictions this page covers',
        '  - Missing `sources`: expected a list of sources (title, url, accessed)',
      ].join('\n'),
    );
  });

  it('rejects an unknown page type and unknown keys', () => {
    const result = validateFrontMatter({ ...guide, page_type: 'blog', author: 'me' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'Expected page_type to be one of guide, legal, template, flow, reference, checklist, found "blog"',
    ]);
    const unknown = validateFrontMatter({ ...guide, author: 'me' });
    expect(!unknown.ok && unknown.problems).toEqual([
      { path: ['author'], message: 'Unexpected key `author`; remove it or check its spelling' },
    ]);
  });

  it('accepts the Docusaurus keys pages use', () => {
    expect(
      validateFrontMatter({
        ...guide,
        slug: '/',
        sidebar_position: 1,
        sidebar_label: 'Start',
        hide_table_of_contents: true,
      }).ok,
    ).toBe(true);
  });
});
