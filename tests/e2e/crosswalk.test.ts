/**
 * The crosswalk page in Chromium: it passes axe in both themes with no console error and no
 * request to another origin; its filters narrow the table; the by-template view lists what each
 * template meets; the CSV download has the header row; a saved profile narrows it to the platform.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../src/lib/crosswalk';
import { axeViolations } from './support/axe';
import { openHydrated, startHarness, withWatchedPage, type Harness, type PageWatch } from './support/site';

const CROSSWALK = '/docs/next/policies/crosswalk';
const PROFILE = readFileSync(join(import.meta.dirname, '../../static/examples/ca-forum.json'), 'utf8');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

async function withPage(run: (watch: PageWatch) => Promise<void>, theme: 'light' | 'dark' = 'light'): Promise<void> {
  await withWatchedPage(
    harness,
    async (watch) => {
      await run(watch);
      expect({ consoleErrors: watch.consoleErrors, foreignRequests: watch.foreignRequests }).toEqual({
        consoleErrors: [],
        foreignRequests: [],
      });
    },
    theme,
  );
}

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' }).textContent();

describe('the crosswalk page', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no accessibility violations, with the filters used (${theme} theme)`, async () => {
      await withPage(async ({ page }) => {
        await openHydrated(page, harness.site.origin + CROSSWALK);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByLabel('View', { exact: true }).selectOption('templates');
        expect(await axeViolations(page)).toEqual([]);
      }, theme);
    });
  }

  it('narrows the table by regime and coverage, and links each row to its clause and its source', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + CROSSWALK);
      expect(await count(page)).toMatch(/^Showing (\d+) of \1 requirements/);
      await page.getByLabel('Regime', { exact: true }).selectOption('eu-dsa');
      await page.getByLabel('Coverage', { exact: true }).selectOption('not');
      await expect
        .poll(() => count(page))
        .toMatch(/^Showing \d of \d+ requirements: 0 met by the kit, \d not covered\.$/);
      await page.getByLabel('Coverage', { exact: true }).selectOption('covered');
      const row = page.getByRole('row').filter({ hasText: 'Let any person or entity notify you electronically' });
      await expect
        .poll(() => row.getByRole('link', { name: 'Child safety (CSEA) policy: How to report' }).getAttribute('href'))
        .toBe('/docs/next/policies/child-safety-policy#reporting');
      expect(
        await row.getByRole('link', { name: 'Regulation (EU) 2022/2065 (Digital Services Act)' }).getAttribute('href'),
      ).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
    });
  });

  it('lists what each template meets', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + CROSSWALK);
      await page.getByLabel('View', { exact: true }).selectOption('templates');
      const section = page.getByRole('region', { name: 'Appeals policy' });
      await expect.poll(() => section.textContent()).toContain('Digital Services Act, DSA Art. 20(1)');
    });
  });

  it('downloads the whole crosswalk as CSV with the header row', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + CROSSWALK);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the whole crosswalk (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('crosswalk.csv');
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    });
  });

  it('with a saved profile, shows only what applies to the platform', async () => {
    await withPage(async ({ page }) => {
      await page.addInitScript((profile) => window.localStorage.setItem('child-safety-kit:profile', profile), PROFILE);
      await openHydrated(page, harness.site.origin + CROSSWALK);
      const mine = page.getByLabel('Only what applies to my platform');
      await expect.poll(() => mine.isEnabled()).toBe(true);
      const before = await count(page);
      await mine.check();
      await expect.poll(() => count(page)).not.toBe(before);
      expect(await page.getByRole('row').filter({ hasText: 'DSA Art. 16(1)' }).count()).toBe(0);
      expect(await page.getByRole('row').filter({ hasText: 'S.C. 2011, c. 4, s. 3' }).count()).toBe(1);
    });
  });
});

describe('the records pack pages', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`a log page and the audit checklist have no accessibility violations (${theme} theme)`, async () => {
      await withPage(async ({ page }) => {
        for (const path of ['/docs/next/policies/records/report-log', '/docs/next/policies/records/audit-checklist']) {
          await openHydrated(page, harness.site.origin + path);
          expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
        }
      }, theme);
    });
  }

  it('a log page names the flow step that fills a column and downloads the log as CSV and as a Word table', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + '/docs/next/policies/records/report-log');
      const row = page.getByRole('row').filter({ hasText: 'Report ID or receipt' });
      expect(await row.getByRole('link').first().getAttribute('href')).toBe('/docs/next/flows/confirmed-csam');
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as CSV' }).click(),
      ]);
      expect(readFileSync(await csv.path(), 'utf8').split('\r\n')[0]).toBe(
        'Case reference,Destination,Legal basis,"Sent (date, time, time zone)",Sent by,Report ID or receipt,Supplemental reports,Preservation record',
      );
      const [word] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as a Word table' }).click(),
      ]);
      expect(word.suggestedFilename()).toBe('report-log.docx');
    });
  });

  it('the policy pack of the next version holds the crosswalk, the logs and the audit checklist', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + '/docs/next/policies/pack');
      const [pack] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the policy pack (.zip)' }).click(),
      ]);
      const names = Object.keys(unzipSync(readFileSync(await pack.path()))).sort();
      expect(names).toContain('crosswalk.csv');
      expect(names).toContain('crosswalk.md');
      expect(names).toContain('audit-checklist.md');
      expect(names).toContain('records/preservation-log.csv');
      expect(names).toContain('records/preservation-log.docx');
    });
  });
});
