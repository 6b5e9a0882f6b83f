/** Local search: typing a known word lists matching pages, and the keyboard opens one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHydrated, startHarness, watchedPage, type Harness } from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe('search', () => {
  it('finds a known word from the navbar and opens the result with the keyboard', async () => {
    const { page, context, consoleErrors, foreignRequests } = await watchedPage(harness);
    try {
      await openHydrated(page, `${harness.site.origin}/docs`);
      const input = page.getByRole('textbox', { name: 'Search' });
      await input.click();
      await input.pressSequentially('CyberTipline', { delay: 10 });
      const options = page.getByRole('listbox').getByRole('option');
      await options.first().waitFor();
      expect(await options.count()).toBeGreaterThan(0);
      expect(await page.getByRole('listbox').locator('mark').first().textContent()).toBe('CyberTipline');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.startsWith('/docs/') && url.pathname !== '/docs');
      await page.locator('article', { hasText: 'CyberTipline' }).waitFor();
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('shows results on the search page for a query in the URL', async () => {
    const { page, context } = await watchedPage(harness);
    try {
      await openHydrated(page, `${harness.site.origin}/search?q=preservation`);
      const results = page.locator('article h2 a, main h2 a');
      await results.first().waitFor();
      expect(await results.count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
