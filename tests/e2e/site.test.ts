/**
 * Every page of the built site, English and French, served with the deployed security headers
 * (build/_headers), in light and dark themes: it loads and hydrates, logs no console error, breaks
 * no rule of the Content Security Policy, makes no request to another origin, and has zero axe
 * violations at WCAG 2.2 AA. Each page is loaded once in the light theme, checked, then switched to
 * dark the way a reader's system switches it (prefers-color-scheme), and checked again: half the
 * page loads of loading it once per theme, with the same assertions in each theme. A separate test
 * loads pages straight into dark, so the first paint in dark is still checked.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import {
  buildDir,
  openHydrated,
  sitemapPaths,
  startHarness,
  withWatchedPage,
  type Harness,
  type PageWatch,
} from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

// The 404 page is not in the sitemap, but every reader who follows a stale link sees it.
const english = [...sitemapPaths(), '/404.html'];
// The French build has its own sitemap (build/fr/sitemap.xml), its URLs under /fr/.
const french = [...sitemapPaths(join(buildDir, 'fr')), '/fr/404.html'];
const paths = [...english, ...french];

/** What a reader must never meet on a page, in the theme it is shown in. */
async function problems(watch: PageWatch, theme: 'light' | 'dark') {
  expect(await watch.page.getAttribute('html', 'data-theme')).toBe(theme);
  return {
    theme,
    consoleErrors: [...watch.consoleErrors],
    cspViolations: [...watch.cspViolations],
    foreignRequests: [...watch.foreignRequests],
    violations: await axeViolations(watch.page),
  };
}

const none = (theme: 'light' | 'dark') => ({
  theme,
  consoleErrors: [],
  cspViolations: [],
  foreignRequests: [],
  violations: [],
});

/** Switch the page to dark as the reader's system would, and wait until the site has followed. */
async function toDark(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForSelector('html[data-theme="dark"]', { timeout: 5_000 });
  // The theme's colours change through CSS transitions: check contrast once they have ended, not half-way.
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => !(animation instanceof CSSTransition)),
    undefined,
    { timeout: 5_000 },
  );
}

describe('every page in the sitemap', () => {
  it('lists the home page, the docs of the release and of next, in English and in French', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/docs');
    expect(paths).toContain('/docs/next');
    expect(paths).toContain('/fr/');
    expect(paths).toContain('/fr/docs');
    expect(paths).toContain('/fr/docs/next');
    // Every English page has its French counterpart, translated or saying it is not yet.
    expect(french.length).toBe(english.length);
  });

  describe('light and dark themes', () => {
    it.each(paths)('%s', async (path) => {
      await withWatchedPage(
        harness,
        async (watch) => {
          await openHydrated(watch.page, harness.site.origin + path);
          expect(await problems(watch, 'light')).toEqual(none('light'));
          await toDark(watch.page);
          expect(await problems(watch, 'dark')).toEqual(none('dark'));
        },
        'light',
      );
    });
  });

  describe('loaded straight into dark', () => {
    it.each(['/', '/docs', '/fr/', '/fr/docs'])('%s', async (path) => {
      await withWatchedPage(
        harness,
        async (watch) => {
          await openHydrated(watch.page, harness.site.origin + path);
          expect(await problems(watch, 'dark')).toEqual(none('dark'));
        },
        'dark',
      );
    });
  });
});
