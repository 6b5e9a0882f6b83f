import { describe, expect, it } from 'vitest';
import { contentKey, missingChangeNote, newestFirst, releaseDate } from '../../../src/lib/changes';

const page = (body: string, changes?: unknown[]) => ({
  frontMatter: { title: 'T', ...(changes ? { changes } : {}) },
  body,
});
const check = (current: ReturnType<typeof page>, released = page('Old text.')) =>
  missingChangeNote({ file: 'docs/a.mdx', current, released, release: '2030.01', releasedOn: '2030-01-10' });

describe('change notes', () => {
  it('sorts newest first and finds the date of a release from its reviews and sources', () => {
    expect(
      newestFirst([
        { date: '2030-01-01', summary: 'A.' },
        { date: '2030-02-01', summary: 'B.' },
      ]).map((note) => note.summary),
    ).toEqual(['B.', 'A.']);
    expect(
      releaseDate([
        { last_reviewed: '2030-01-02', sources: [{ accessed: '2030-01-10' }] },
        [{ accessed: '2029-12-01' }],
      ]),
    ).toBe('2030-01-10');
  });

  it('ignores the change notes themselves when comparing content', () => {
    expect(contentKey({ a: 1, changes: [1] }, ' x ')).toBe(contentKey({ a: 1 }, 'x'));
  });

  it('passes an unchanged page and a changed page with a new note dated on or after the release', () => {
    expect(check(page('Old text.'))).toBeUndefined();
    expect(check(page('New text.', [{ date: '2030-01-10', summary: 'Changed.' }]))).toBeUndefined();
  });

  it('fails a changed page with no note, an older note, or only the notes the release already had', () => {
    const message =
      'docs/a.mdx differs from release 2030.01 but has no new change note dated on or after 2030-01-10; add one to its front matter: changes: [{date: YYYY-MM-DD, summary: One sentence saying what changed.}]';
    expect(check(page('New text.'))).toBe(message);
    expect(check(page('New text.', [{ date: '2030-01-09', summary: 'Changed.' }]))).toBe(message);
    const old = [{ date: '2030-01-10', summary: 'Released with this note.' }];
    expect(check(page('New text.', old), page('Old text.', old))).toBe(message);
  });
});

describe('changes front matter', async () => {
  const { validateFrontMatter } = await import('../../../src/lib/frontmatter');
  const base = {
    title: 'A page',
    description: 'A page that says what changed on it and when.',
    page_type: 'guide',
    last_reviewed: '2030-01-10',
    review_every_months: 6,
  };
  const problems = (changes: unknown) => {
    const result = validateFrontMatter({ ...base, changes });
    return result.ok ? [] : result.problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`);
  };

  it('accepts dated one-sentence notes, and a correction naming a quoted release', () => {
    expect(problems([{ date: '2030-01-10', summary: 'The deadline is 48 hours.', corrects: '2029.12' }])).toEqual([]);
  });

  it('rejects a note without a full stop, an unquoted release and an unknown key', () => {
    expect(problems([{ date: '2030-01-10', summary: 'The deadline is 48 hours' }])).toEqual([
      'changes.0.summary: Expected one sentence ending with a full stop, found "The deadline is 48 hours"',
    ]);
    expect(problems([{ date: '2030-01-10', summary: 'The deadline is 48 hours.', corrects: 2029.12 }])[0]).toMatch(
      /^changes\.0\.corrects: Expected the release it corrects as a quoted string, such as '2026\.12'/,
    );
    expect(problems([{ date: '2030-01-10', summary: 'The deadline is 48 hours.', by: 'me' }])).toHaveLength(1);
  });
});
