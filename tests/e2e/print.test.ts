/**
 * The print stylesheet: a doc page prints its content only, with no site navigation; a template
 * page prints with its document-control block, filled from the saved profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe('print', () => {
  it('hides the navbar, sidebar, table of contents, pagination and footer, and keeps the article and its sources', async () => {
    await withWatchedPage(harness, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openHydrated(page, `${harness.site.origin}/docs/legal`);
      const visibleOnScreen = await page.locator('nav.navbar').isVisible();
      await page.emulateMedia({ media: 'print' });
      const hidden = async (selector: string) =>
        page.$$eval(selector, (nodes) => nodes.every((node) => getComputedStyle(node).display === 'none'));
      expect(visibleOnScreen).toBe(true);
      expect({
        navbar: await hidden('nav.navbar'),
        sidebar: await hidden('.theme-doc-sidebar-container'),
        toc: await hidden('.theme-doc-toc-desktop'),
        pagination: await hidden('.pagination-nav'),
        footer: await hidden('footer.footer'),
      }).toEqual({ navbar: true, sidebar: true, toc: true, pagination: true, footer: true });
      expect(await page.locator('article h1').isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'Sources and review' }).isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });

  it('prints a template page with its document-control block, filled from the saved profile and shown as text', async () => {
    const root = join(import.meta.dirname, '../..');
    const kit = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const example = parseYaml(readFileSync(join(root, 'static/examples/eu-photo-sharing.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    const hostile = '<img src=x onerror=alert(1)> **Owner**';
    const profile = { ...example, documents: { owner: hostile, version: '1.1', effective_date: '2027-01-04' } };
    const url = `${harness.site.origin}/docs/next/policies/legal-reporting-procedure`;
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openHydrated(page, url);
      await page.evaluate((value) => localStorage.setItem('child-safety-kit:profile', value), JSON.stringify(profile));
      await openHydrated(page, url);
      const block = page.locator('table', { has: page.locator('caption', { hasText: 'Document control' }) });
      await expect.poll(() => block.count()).toBe(1);
      expect(await block.isVisible()).toBe(false);

      await page.emulateMedia({ media: 'print' });
      expect(await block.isVisible()).toBe(true);
      const rows = await block
        .locator('tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]),
        );
      const today = new Date().toISOString().slice(0, 10);
      expect(rows).toEqual([
        ['Document', 'Legal reporting and evidence preservation procedure'],
        ['Platform', 'Lumen Photos'],
        ['Owner', hostile],
        ['Version', '1.1'],
        ['Effective date', '2027-01-04'],
        // The template's review_every_months is 3.
        ['Next review', '2027-04-04'],
        ['Approved by', '[To be completed by your company: name, role and date of approval]'],
        ['Generated from', `Child Safety Kit ${kit}, release next, generated ${today}`],
      ]);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // Printed above the policy text, and the toolbar is not printed.
      const [blockTop, textTop] = await Promise.all([
        block.evaluate((node) => node.getBoundingClientRect().top),
        page
          .locator('article h2')
          .first()
          .evaluate((node) => node.getBoundingClientRect().top),
      ]);
      expect(blockTop).toBeLessThan(textTop);
      expect(await page.getByRole('complementary', { name: 'Use this template' }).isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });
});
