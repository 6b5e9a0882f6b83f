/**
 * The hash-sharing section in Chromium: the comparison table's filters work with the keyboard
 * alone, announce the number of results in a polite live region, keep the filters in the address,
 * and every state stays axe-clean; programme pages render their facts from the data.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataFile } from '../../src/lib/node/data';
import { filterProgrammes, resultSummary, type ProgrammeFilters } from '../../src/lib/programmes';
import type { Programme } from '../../src/schema/programmes';
import { axeViolations } from './support/axe';
import { openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

const root = join(import.meta.dirname, '../..');
const loaded = validateDataFile(join(root, 'docs/hash-sharing/_data/programmes.yaml'), root);
const programmes = (loaded.ok ? loaded.data : []) as Programme[];
const COMPARE = '/docs/next/hash-sharing/programmes';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** What a keyboard user is looking for: a filter by its label, or a button or link by its text. */
type Target = { select: string } | { button: string } | { link: string };

const describeTarget = (target: Target) =>
  'select' in target
    ? `the "${target.select}" filter`
    : 'button' in target
      ? `the "${target.button}" button`
      : `the link "${target.link}"`;

/** Press Tab until the target has focus; fail after 200 presses. */
async function tabTo(page: Page, target: Target): Promise<void> {
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((wanted) => {
      const element = document.activeElement;
      if ('select' in wanted)
        return element instanceof HTMLSelectElement && element.labels?.[0]?.textContent === wanted.select;
      if ('button' in wanted) return element instanceof HTMLButtonElement && element.textContent === wanted.button;
      return element instanceof HTMLAnchorElement && element.textContent === wanted.link;
    }, target);
    if (found) return;
  }
  throw new Error(`Tab never reached ${describeTarget(target)}`);
}

/** Focus a filter by keyboard and choose an option by typing the start of its label, as a keyboard user does. */
async function chooseByKeyboard(page: Page, label: string, option: string): Promise<void> {
  await tabTo(page, { select: label });
  await page.keyboard.type(option, { delay: 20 });
}

const status = (page: Page) => page.locator('[role="status"][aria-live="polite"]');
const rowIds = (page: Page) =>
  page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-programme')));
const expectedIds = (filters: ProgrammeFilters) =>
  filterProgrammes(programmes, filters).map((programme) => programme.id);

describe('hash-sharing comparison table', () => {
  it('has data to show', () => {
    expect(loaded.ok).toBe(true);
    expect(programmes.length).toBeGreaterThan(10);
  });

  it('filters by eligibility outside the US and by cost with the keyboard only, and announces the count', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, harness.site.origin + COMPARE);
      await expect.poll(() => status(page).textContent()).toBe(resultSummary(programmes.length, programmes.length));
      expect(await rowIds(page)).toEqual(programmes.map((programme) => programme.id));

      await chooseByKeyboard(page, 'Open to companies outside the US', 'Yes');
      const outside = expectedIds({ outsideUs: 'yes' });
      await expect.poll(() => rowIds(page)).toEqual(outside);
      expect(await status(page).textContent()).toBe(resultSummary(outside.length, programmes.length));

      await chooseByKeyboard(page, 'Cost', 'Free');
      const outsideAndFree = expectedIds({ outsideUs: 'yes', cost: 'free' });
      expect(outsideAndFree.length).toBeGreaterThan(0);
      await expect.poll(() => rowIds(page)).toEqual(outsideAndFree);
      expect(await status(page).textContent()).toBe(resultSummary(outsideAndFree.length, programmes.length));
      expect(new URL(page.url()).search).toBe('?outside-us=yes&cost=free');

      // The focused control shows a visible focus indicator.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');

      expect(await axeViolations(page)).toEqual([]);

      // Clear every filter from the keyboard.
      await tabTo(page, { button: 'Clear filters' });
      await page.keyboard.press('Enter');
      await expect.poll(() => rowIds(page)).toEqual(programmes.map((programme) => programme.id));
      expect(new URL(page.url()).search).toBe('');
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('filters by kind and integration effort, shows an empty result, and stays axe-clean in the dark theme', async () => {
    await withWatchedPage(
      harness,
      async ({ page }) => {
        await openHydrated(page, harness.site.origin + COMPARE);
        await chooseByKeyboard(page, 'Kind of programme', 'Matching');
        const matching = expectedIds({ kind: 'matching_service' });
        await expect.poll(() => rowIds(page)).toEqual(matching);

        await chooseByKeyboard(page, 'Integration effort', 'Low');
        const matchingLow = expectedIds({ kind: 'matching_service', effort: 'low' });
        await expect.poll(() => rowIds(page)).toEqual(matchingLow);
        expect(await status(page).textContent()).toBe(resultSummary(matchingLow.length, programmes.length));

        // Shift+Tab back to the kind filter and pick a kind with no low-effort programme.
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+Tab');
        expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).labels[0]?.textContent)).toBe(
          'Kind of programme',
        );
        await page.keyboard.type('Open-source', { delay: 20 });
        expect(expectedIds({ kind: 'open_source_tool', effort: 'low' })).toEqual([]);
        await expect.poll(() => status(page).textContent()).toBe(resultSummary(0, programmes.length));
        expect(await rowIds(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      },
      'dark',
    );
  });

  it('opens with the filters in the address, and the keyboard follows a row to its programme page', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await openHydrated(page, `${harness.site.origin}${COMPARE}?kind=victim_takedown_service`);
      const victim = expectedIds({ kind: 'victim_takedown_service' });
      await expect.poll(() => rowIds(page)).toEqual(victim);
      expect(await page.getByLabel('Kind of programme').inputValue()).toBe('victim_takedown_service');

      const first = programmes.find((programme) => programme.id === victim[0])!;
      await tabTo(page, { link: first.name });
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === `${COMPARE}/${first.id}`);
      await page.getByRole('heading', { level: 2, name: 'Who may join' }).waitFor();
      expect(await page.locator('article').textContent()).toContain(first.summary);
      expect(consoleErrors).toEqual([]);
    });
  });
});

describe('hash-sharing pages', () => {
  it('every programme page shows its facts and sources from the data', async () => {
    await withWatchedPage(harness, async ({ page }) => {
      for (const programme of programmes) {
        await openHydrated(page, `${harness.site.origin}${COMPARE}/${programme.id}`);
        const article = (await page.locator('article').textContent()) ?? '';
        expect(article, programme.id).toContain(programme.summary);
        expect(article, programme.id).toContain(programme.how_to_apply[0]!);
        expect(article, programme.id).toContain(programme.you_must_still[0]!);
        const links = await page
          .locator('article a[href^="https://"]')
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
        for (const source of programme.sources) expect(links, programme.id).toContain(source.url);
      }
    });
  });

  it.each([
    '/docs/next/hash-sharing',
    '/docs/next/hash-sharing/choosing-where-to-start',
    '/docs/next/hash-sharing/legal-duties',
    '/docs/next/hash-sharing/capability-statement',
    `${COMPARE}/cloudflare-csam-scanning-tool`,
  ])('%s has no code and no axe violations', async (path) => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, harness.site.origin + path);
      expect(await page.locator('article pre, article code').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });
});
