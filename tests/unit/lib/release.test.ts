import { describe, expect, it } from 'vitest';
import { checkReleaseNotes, checkVersionName, compareVersions } from '../../../src/lib/release';

describe('release rules', () => {
  it('takes calendar versions, newer than the latest, never reused', () => {
    expect(checkVersionName('2027.06', ['2026.12'])).toBeUndefined();
    expect(checkVersionName('2026.12.1', ['2026.12'])).toBeUndefined();
    expect(checkVersionName('2026.13', [])).toBe(
      'Version "2026.13" is not a calendar version; expected YYYY.MM (e.g. 2026.12) or YYYY.MM.N for a second release in a month',
    );
    expect(checkVersionName('2026.12', ['2026.12'])).toBe(
      'Version 2026.12 already exists in versions.json; released versions never change',
    );
    expect(checkVersionName('2026.06', ['2026.12'])).toBe(
      'Version 2026.06 is not newer than the latest release 2026.12',
    );
  });

  it('orders versions by year, month and sequence', () => {
    expect(['2026.12.1', '2026.06', '2027.01', '2026.12'].sort(compareVersions)).toEqual([
      '2026.06',
      '2026.12',
      '2026.12.1',
      '2027.01',
    ]);
  });

  it('requires release notes for the version', () => {
    expect(checkReleaseNotes('# Notes\n\n## 2027.06\n\nText.\n', '2027.06')).toBeUndefined();
    expect(checkReleaseNotes('## 2027.061\n', '2027.06')).toBe(
      'docs/release-notes.mdx has no "## 2027.06" section; write what changed in the law and in the kit, then release',
    );
  });
});
