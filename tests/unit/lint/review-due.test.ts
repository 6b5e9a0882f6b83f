import { describe, expect, it } from 'vitest';
import { addMonths, reviewDue } from '../../../src/lint/rules/review-due';
import { lintFixture, lintText } from './lint';

const lint = (today: string) => lintFixture(reviewDue, 'review-due', 'page.mdx', { today });

describe('review-due', () => {
  it('is silent up to and on the due date', async () => {
    expect(await lint('2026-02-28')).toEqual([]);
  });

  it('warns the day after, at last_reviewed, saying what to do', async () => {
    expect(await lint('2026-03-01')).toEqual([
      '5:1 Review due since 2026-02-28: last reviewed 2026-01-31, to be reviewed every 1 month; check the page and its sources, then update `last_reviewed`',
    ]);
  });

  it('leaves malformed dates to frontmatter-schema', async () => {
    const text = '---\nlast_reviewed: soon\nreview_every_months: 6\n---\n';
    expect(await lintText(reviewDue, text, { today: '2030-01-01' })).toEqual([]);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 6)).toBe('2027-05-30');
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15');
  });
});
