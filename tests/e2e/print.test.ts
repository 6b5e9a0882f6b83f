/** The print stylesheet: a doc page prints its content only, with no site navigation. */
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
});
