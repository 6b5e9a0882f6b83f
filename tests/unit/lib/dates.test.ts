import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../src/lib/dates';

describe('formatLongDate', () => {
  it('writes the day, the month in words and the year, in English by default', () => {
    expect(formatLongDate('2026-11-30')).toBe('30 November 2026');
    expect(formatLongDate('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('writes French months in lower case, and the first of the month as "1er"', () => {
    expect(formatLongDate('2026-11-30', 'fr')).toBe('30 novembre 2026');
    expect(formatLongDate('2027-08-01', 'fr')).toBe('1er août 2027');
  });
});
