/**
 * The legal section in the browser: the hotline directory's filters and the routing tool work with
 * the keyboard alone, announce their results, and stay axe-clean after use; the duty tables show
 * exactly the records in the data.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataFile } from '../../src/lib/node/data';
import { describeCount, filterHotlines } from '../../src/lib/hotline-directory';
import { routeReports } from '../../src/lib/routing';
import type { Destination } from '../../src/schema/destinations';
import type { Hotline } from '../../src/schema/hotlines';
import type { Obligation } from '../../src/schema/obligations';
import { axeViolations } from './support/axe';
import { noticeLook } from './support/notice';
import { openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

const dataDir = join(import.meta.dirname, '../../docs/legal/_data');
function load<T>(file: string): T {
  const result = validateDataFile(join(dataDir, file));
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.data as T;
}
const hotlines = load<Hotline[]>('hotlines.yaml');
const obligations = load<Obligation[]>('obligations.yaml');
const destinations = load<Destination[]>('destinations.yaml');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const HOTLINES_PAGE = '/docs/next/legal/national-hotlines';

/** The accessible name of the focused element (its label, or its text). */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    return (labelled?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Press Tab until the focused element's name matches, failing after a bounded number of presses. */
async function tabTo(page: Page, name: RegExp, limit = 12): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}; last focus: ${await focusedName(page)}`);
}

describe('hotline directory', () => {
  it('filters by text, country, what it accepts and language with the keyboard alone, announcing the count', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, harness.site.origin + HOTLINES_PAGE);
      const status = page.locator('p[role="status"]').first();
      const rows = page.locator('table:has(caption:text("National hotlines for voluntary reports")) tbody tr');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await status.textContent()).toBe(describeCount(hotlines.length, hotlines.length));
      expect(await rows.count()).toBe(hotlines.length);

      // Free text.
      await page.getByLabel('Search by name or country').focus();
      await page.keyboard.type('germany');
      const german = filterHotlines(hotlines, { query: 'germany' });
      await expect.poll(() => status.textContent()).toBe(describeCount(german.length, hotlines.length));
      expect(await rows.locator('th').allInnerTexts()).toEqual(
        german.map((hotline) => expect.stringContaining(hotline.name)),
      );

      // Clear the text, then Tab to each select and choose with the keyboard.
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await tabTo(page, /^Country$/);
      await page.keyboard.type('Ireland');
      const irish = filterHotlines(hotlines, { country: 'IE' });
      await expect.poll(() => status.textContent()).toBe(describeCount(irish.length, hotlines.length));
      expect(await rows.count()).toBe(irish.length);

      await tabTo(page, /^Accepts reports of$/);
      await page.keyboard.type('Grooming');
      const irishGrooming = filterHotlines(hotlines, { country: 'IE', accepts: 'grooming' });
      await expect.poll(() => status.textContent()).toBe(describeCount(irishGrooming.length, hotlines.length));

      await tabTo(page, /^Language$/);
      await page.keyboard.type('German');
      const none = filterHotlines(hotlines, { country: 'IE', accepts: 'grooming', language: 'de' });
      expect(none).toEqual([]);
      await expect.poll(() => status.textContent()).toBe(describeCount(0, hotlines.length));
      await expect
        .poll(() => page.getByText('No hotline in the directory matches these filters.').isVisible())
        .toBe(true);

      // Clear every filter with the keyboard.
      await tabTo(page, /^Clear filters$/);
      await page.keyboard.press('Enter');
      await expect.poll(() => status.textContent()).toBe(describeCount(hotlines.length, hotlines.length));
      expect(await rows.count()).toBe(hotlines.length);

      // Notes and sources open from the keyboard.
      const firstSummary = rows.first().locator('summary');
      await firstSummary.focus();
      await page.keyboard.press('Enter');
      expect(await rows.first().locator('details').getAttribute('open')).not.toBeNull();

      expect(await axeViolations(page)).toEqual([]);
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });
});

describe('routing tool', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`adds places and shows where to report, with reasons, using the keyboard alone (${theme} theme)`, async () => {
      await withWatchedPage(
        harness,
        async ({ page, consoleErrors, foreignRequests }) => {
          await openHydrated(page, harness.site.origin + HOTLINES_PAGE);
          const established = page.getByRole('group', { name: 'Where is your company established?' });
          const users = page.getByRole('group', { name: 'Where are your users?' });

          // Established in Germany: choose by typing, Tab to Add, press Enter.
          await established.getByLabel('Country').focus();
          await page.keyboard.type('Germany');
          await tabTo(page, /^Add to: Where is your company established\?$/);
          await page.keyboard.press('Enter');
          expect(await established.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Germany')]);

          // Users in the United Kingdom and France.
          await tabTo(page, /^Country$/);
          expect(await users.getByLabel('Country').evaluate((element) => element === document.activeElement)).toBe(
            true,
          );
          await page.keyboard.type('United Kingdom');
          await tabTo(page, /^Add to: Where are your users\?$/);
          await page.keyboard.press('Enter');
          // Focus stays on Add; Shift+Tab goes back to the same list to add another country.
          await page.keyboard.press('Shift+Tab');
          expect(await users.getByLabel('Country').evaluate((element) => element === document.activeElement)).toBe(
            true,
          );
          await page.keyboard.type('France');
          await tabTo(page, /^Add to: Where are your users\?$/);
          await page.keyboard.press('Enter');
          expect(await users.getByRole('listitem').allInnerTexts()).toEqual([
            expect.stringContaining('United Kingdom'),
            expect.stringContaining('France'),
          ]);

          // Submit with the keyboard.
          await tabTo(page, /^Show where to report$/, 20);
          await page.keyboard.press('Enter');

          const expected = routeReports(
            { established: ['DE'], users: ['GB', 'FR'], hosted: [] },
            { obligations, destinations, hotlines },
          );
          const count = (tier: string) => expected.routes.filter((route) => route.tier === tier).length;
          const status = page.locator('form[aria-label="Find where to report"] ~ p[role="status"]');
          await expect
            .poll(() => status.textContent())
            .toBe(
              `Result: ${count('must')} where you must report, ${count('check')} to check with counsel, ${count('may')} voluntary.`,
            );
          expect(await status.getAttribute('aria-live')).toBe('polite');

          // Focus moves to the result, which lists each route with its reasons.
          await expect.poll(() => focusedName(page)).toBe('Where to report');
          const result = page.getByRole('region', { name: 'Where to report' });
          const must = result.locator('h4:text("You must report here") ~ ul > li');
          expect(await must.count()).toBe(count('must'));
          const nca = result.locator('li', { hasText: 'National Crime Agency' }).first();
          expect(await nca.innerText()).toContain('You have users in United Kingdom:');
          const eu = result.locator('li', { hasText: 'Member State concerned' }).first();
          expect(await eu.innerText()).toContain('You are established in Germany:');
          expect(await eu.innerText()).toContain('You have users in France:');
          expect(await eu.innerText()).toContain('Also possible: Europol');
          expect(await result.innerText()).toContain(
            'If a child is in immediate danger, call the local emergency number first.',
          );

          expect(await axeViolations(page)).toEqual([]);
          expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });

          // Remove a place and start again, still with the keyboard.
          await users.getByRole('button', { name: 'Remove France' }).focus();
          await page.keyboard.press('Enter');
          expect(await users.getByRole('listitem').count()).toBe(1);
          await tabTo(page, /^Start again$/, 20);
          await page.keyboard.press('Enter');
          expect(await page.getByRole('region', { name: 'Where to report' }).count()).toBe(0);
          expect(await established.getByText('None added.').isVisible()).toBe(true);
        },
        theme,
      );
    });
  }
});

describe('jurisdiction guides', () => {
  it.each([
    ['US', 'united-states'],
    ['EU', 'european-union'],
    ['UK', 'united-kingdom'],
    ['CA', 'canada'],
    ['AU', 'australia'],
  ])('%s: the duty table shows exactly the duties in the data', async (code, slug) => {
    await withWatchedPage(harness, async ({ page }) => {
      await openHydrated(page, `${harness.site.origin}/docs/next/legal/${slug}`);
      const titles = await page
        .locator('table:has(caption:text("from the kit\'s legal data")) tbody th[scope="row"] a')
        .allInnerTexts();
      expect(titles).toEqual(
        obligations.filter((obligation) => obligation.jurisdiction === code).map((obligation) => obligation.title),
      );
      expect(await page.getByRole('heading', { name: 'What changed recently' }).count()).toBe(1);
    });
  });
});

describe('legal notice', () => {
  it('shows "as of" the page\'s review date and "not legal advice" at the top of a legal page, and nothing on a guide', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, `${harness.site.origin}/docs/next/legal/united-kingdom`);
      const notice = page.locator('article [role="note"][data-as-of]').first();
      expect(await notice.getAttribute('data-as-of')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const text = (await notice.textContent()) ?? '';
      expect(text).toMatch(
        /^The law on this page is stated as of \d{1,2} [A-Z][a-z]+ \d{4}, the date it was last checked\. This is guidance, not legal advice/,
      );
      // At the top: the notice comes before the page's own text (its title and body).
      const before = await page.evaluate(() => {
        const note = document.querySelector('article [role="note"][data-as-of]');
        const body = document.querySelector('article .theme-doc-markdown');
        return Boolean(note && body && note.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(before).toBe(true);
      // Its look: a warning-coloured rule on the left, as src/css/notice.module.css draws every notice.
      const look = await noticeLook(notice, 'var(--ifm-color-warning-dark)');
      expect(look.actual).toEqual(look.expected);
      expect(await axeViolations(page)).toEqual([]);
      await openHydrated(page, `${harness.site.origin}/docs/next/about`);
      expect(await page.locator('article [role="note"][data-as-of]').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
});

describe('report checklists', () => {
  it("show on the destination's card every item of its checklist, with its basis, pinpoint source and what could not be confirmed", async () => {
    const ncmec = destinations.find((destination) => destination.id === 'ncmec-cybertipline')!;
    const checklist = ncmec.report_checklist!;
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, `${harness.site.origin}/docs/next/legal/ncmec-cybertipline`);
      const list = page.getByRole('list', { name: 'What makes a report actionable:' });
      const items = await list.getByRole('listitem').allTextContents();
      expect(items).toHaveLength(checklist.items.length);
      expect(items[0]).toMatch(/^Required: /);
      expect(items.at(-1)).toMatch(/^After the report: Preserve the contents of the report for 1 year/);
      for (const item of checklist.items) {
        expect(
          items.some((text) => text.includes(item.source.pinpoint) && text.includes(`checked ${item.source.accessed}`)),
        ).toBe(true);
      }
      const card = page.locator('#destination-ncmec-cybertipline');
      expect((await card.getByText('Not confirmed:').locator('..').textContent())?.replace(/\s+/g, ' ')).toContain(
        'as far as its overview, access and first endpoints',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
});
