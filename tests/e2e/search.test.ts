/**
 * Local search: typing a known word lists matching pages, and the keyboard opens one. The navbar
 * search box never takes focus the user did not give it, and its open list is a complete combobox.
 * The search engine (lunr and its stemmers) runs in the plugin's worker and never enters the entry
 * scripts every page loads (patches/@easyops-cn+docusaurus-search-local+0.55.3.patch).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { buildDir, builtScripts, openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Hold the search index back until `release` is called, as on a slow connection. */
async function holdSearchIndex(page: Page): Promise<{ requested: Promise<void>; release: () => void }> {
  let release!: () => void;
  let requested!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requestedPromise = new Promise<void>((resolve) => (requested = resolve));
  await page.route(/\/search-index[^/]*\.json(\?|$)/, async (route) => {
    requested();
    await released;
    await route.fallback();
  });
  return { requested: requestedPromise, release };
}

const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} "${element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''}"`;
  });

const searchHasFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches('input.navbar__search-input') ?? false);

async function tabToSearch(page: Page): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await searchHasFocus(page)) return;
  }
  throw new Error('Tab never reached the search box');
}

/** lunr's own error text, in every copy of lunr, minified or not. */
const LUNR = 'Cannot load unregistered function';

/** On `start`, type `word` into the navbar search box (named `label`); resolves with the open list's options once it shows one. */
async function searchFromNavbar(page: Page, word: string, { start = '/docs', label = 'Search' } = {}) {
  await openHydrated(page, `${harness.site.origin}${start}`);
  const input = page.getByRole('textbox', { name: label });
  await input.click();
  await input.pressSequentially(word, { delay: 10 });
  const options = page.getByRole('listbox').getByRole('option');
  await options.first().waitFor();
  return options;
}

describe('search', () => {
  it.each([
    ['English', join(buildDir, 'assets/js')],
    ['French', join(buildDir, 'fr/assets/js')],
  ])('keeps its engine out of the %s entry scripts, in the search worker only', (_locale, dir) => {
    const scripts = builtScripts(dir);
    const entry = scripts.filter(({ file }) => /^(main|runtime~main)\./.test(file));
    expect(entry.map(({ file }) => file.split('.')[0]).sort()).toEqual(['main', 'runtime~main']);
    expect(entry.filter(({ source }) => source.includes(LUNR)).map(({ file }) => file)).toEqual([]);
    expect(scripts.filter(({ source }) => source.includes(LUNR)).length).toBeGreaterThan(0);
  });

  it('leaves keyboard focus where the user moved it when the search index arrives late', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await openHydrated(page, `${harness.site.origin}/docs/next/hash-sharing/programmes`);
      const index = await holdSearchIndex(page);
      await tabToSearch(page);
      await index.requested;
      // The user tabs on past the search box before its index has loaded.
      await page.keyboard.press('Tab');
      const movedTo = await describeFocus(page);
      expect(await searchHasFocus(page)).toBe(false);
      const loaded = page.waitForResponse(/search-index.*\.json/);
      index.release();
      await loaded;
      // Give the search plugin time to finish setting up its autocomplete.
      await page.waitForFunction(
        () => document.querySelector('input.navbar__search-input')?.getAttribute('role') === 'combobox',
      );
      await page.waitForTimeout(200);
      expect(await describeFocus(page)).toBe(movedTo);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('keeps focus in the search box while its index loads, and Ctrl+K still reaches it', async () => {
    await withWatchedPage(harness, async ({ page }) => {
      await openHydrated(page, `${harness.site.origin}/docs`);
      const index = await holdSearchIndex(page);
      await tabToSearch(page);
      await index.requested;
      index.release();
      await page.waitForFunction(
        () => document.querySelector('input.navbar__search-input')?.getAttribute('role') === 'combobox',
      );
      await page.waitForTimeout(200);
      expect(await searchHasFocus(page)).toBe(true);

      await page.locator('article h1').click();
      expect(await searchHasFocus(page)).toBe(false);
      await page.keyboard.press('Control+k');
      await expect.poll(() => searchHasFocus(page)).toBe(true);
    });
  });

  it('is an axe-clean combobox with its list open, with and without results, in both themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await withWatchedPage(
        harness,
        async ({ page }) => {
          await openHydrated(page, `${harness.site.origin}/docs`);
          await page.getByRole('textbox', { name: 'Search' }).click();
          const input = page.getByRole('combobox', { name: 'Search' });
          await input.pressSequentially('report', { delay: 10 });
          const listbox = page.getByRole('listbox');
          await listbox.getByRole('option').first().waitFor();
          expect(await input.getAttribute('aria-expanded')).toBe('true');
          expect(await input.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
          expect(await page.getByRole('link', { name: 'See all results' }).count()).toBe(1);
          expect(await listbox.getByRole('link').count()).toBe(0);
          expect(await axeViolations(page)).toEqual([]);

          await input.fill('');
          await input.pressSequentially('qqqzzzx', { delay: 10 });
          const none = listbox.getByRole('option', { name: 'No results' });
          await none.waitFor();
          expect(await none.getAttribute('aria-disabled')).toBe('true');
          expect(await input.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
          expect(await axeViolations(page)).toEqual([]);
        },
        scheme,
      );
    }
  });

  it('finds a known word from the navbar and opens the result with the keyboard', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      const options = await searchFromNavbar(page, 'CyberTipline');
      expect(await options.count()).toBeGreaterThan(0);
      expect(await page.getByRole('listbox').locator('mark').first().textContent()).toBe('CyberTipline');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.startsWith('/docs/') && url.pathname !== '/docs');
      await page.locator('article', { hasText: 'CyberTipline' }).waitFor();
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it("lists no more than the plugin's limit of eight results in the navbar box", async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      const options = await searchFromNavbar(page, 'report');
      expect(await options.count()).toBe(8);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('searches the French site in French, from a box named in French: a plural finds other forms of the word', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      const index = page.waitForRequest(/\/fr\/search-index[^/]*\.json(\?|$)/);
      const options = await searchFromNavbar(page, 'signalements', { start: '/fr/docs', label: 'Rechercher' });
      await index;
      expect(await options.count()).toBeGreaterThan(0);
      const marked = await page.getByRole('listbox').locator('mark').allTextContents();
      expect(marked.some((text) => /^signal/i.test(text) && text.toLowerCase() !== 'signalements')).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.startsWith('/fr/docs/'));
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it.each([
    ['English', '', 'preservation', 'Search'],
    ['French', '/fr', 'conservation', 'Rechercher'],
  ])(
    'shows results on the %s search page for a query in the URL, in a field named in its language',
    async (_language, prefix, word, label) => {
      await withWatchedPage(harness, async ({ page }) => {
        await openHydrated(page, `${harness.site.origin}${prefix}/search?q=${word}`);
        expect(await page.getByRole('searchbox', { name: label, exact: true }).inputValue()).toBe(word);
        const results = page.locator('article h2 a, main h2 a');
        await results.first().waitFor();
        expect(await results.count()).toBeGreaterThan(0);
        expect(await results.first().getAttribute('href')).toMatch(new RegExp(`^${prefix}/docs/`));
      });
    },
  );
});
