import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../src/lib/dates';
import { isoDay, legalNotice } from '../../../src/lib/legal-notice';

describe('legalNotice', () => {
  it('states the review date and that the page is not legal advice on a legal page', () => {
    expect(legalNotice({ page_type: 'legal', jurisdictions: ['UK'], last_reviewed: '2026-12-07' })).toEqual({
      asOf: '2026-12-07',
      text: 'The law on this page is stated as of 7 December 2026, the date it was last checked. This is guidance, not legal advice: check with a lawyer before you rely on it.',
    });
  });

  it('treats any page that names jurisdictions as a legal page (checklists, procedures)', () => {
    expect(
      legalNotice({ page_type: 'checklist', jurisdictions: ['US', 'EU'], last_reviewed: '2026-11-30' })?.asOf,
    ).toBe('2026-11-30');
    expect(legalNotice({ page_type: 'template', jurisdictions: ['CA'], last_reviewed: '2026-01-05' })?.text).toMatch(
      /^The law on this page is stated as of 5 January 2026,/,
    );
  });

  it('reads a YAML date and a date serialised to JSON', () => {
    expect(legalNotice({ page_type: 'legal', last_reviewed: new Date('2026-02-28T00:00:00.000Z') })?.asOf).toBe(
      '2026-02-28',
    );
    expect(legalNotice({ page_type: 'legal', last_reviewed: '2026-02-28T00:00:00.000Z' })?.asOf).toBe('2026-02-28');
  });

  it('still shows the notice, saying so, when a legal page has no readable review date', () => {
    expect(legalNotice({ page_type: 'legal' })).toEqual({
      asOf: null,
      text: 'The date the law on this page was last checked is not recorded: treat it as out of date. This is guidance, not legal advice: check with a lawyer before you rely on it.',
    });
  });

  it('shows nothing on a page that states no law', () => {
    expect(legalNotice({ page_type: 'guide', last_reviewed: '2026-12-07' })).toBeUndefined();
    expect(legalNotice({ page_type: 'reference', jurisdictions: [] })).toBeUndefined();
  });
});

describe('dates', () => {
  it('formats and reads days', () => {
    expect(formatLongDate('2026-12-07')).toBe('7 December 2026');
    expect(isoDay('not a date')).toBeNull();
    expect(isoDay(new Date('invalid'))).toBeNull();
    expect(isoDay(20261207)).toBeNull();
  });
});
