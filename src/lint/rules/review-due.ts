/**
 * review-due (CSK005): a warning, never an error, when `last_reviewed + review_every_months`
 * has passed, so that stale legal text is noticed without a date ever breaking CI.
 */
import { isCalendarDate } from '../../schema/common';
import { kitRule, readFrontMatter } from '../rule';

export interface ReviewDueOptions {
  /** "Today", YYYY-MM-DD; defaults to the current date. Tests pass a fixed day. */
  today?: string;
}

/** `date` plus `months`, clamped to the end of the month (2026-01-31 + 1 = 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export const reviewDue = kitRule<ReviewDueOptions | undefined>('review-due', (tree, file, options) => {
  const block = readFrontMatter(tree);
  if (!block?.data) return;
  const lastReviewed = block.data.last_reviewed;
  const months = block.data.review_every_months;
  if (typeof lastReviewed !== 'string' || !isCalendarDate(lastReviewed)) return;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 1) return;
  const today = options?.today ?? new Date().toISOString().slice(0, 10);
  const due = addMonths(lastReviewed, months);
  if (today > due) {
    file.message(
      `Review due since ${due}: last reviewed ${lastReviewed}, to be reviewed every ${months} month${months === 1 ? '' : 's'}; check the page and its sources, then update \`last_reviewed\``,
      block.place(['last_reviewed']),
    );
  }
});

export default reviewDue;
