/** Shared set-up for the browser tests: the built site served locally and one Chromium. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { deployedHeaders, serveStatic, type StaticSite } from './server';

export const buildDir = join(import.meta.dirname, '../../../build');

/** A script the build wrote, with its source. */
export interface BuiltScript {
  file: string;
  source: string;
}

/** Every script in a built site's `assets/js` (the English site's unless `dir` names another locale's). */
export function builtScripts(dir = join(buildDir, 'assets/js')): BuiltScript[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, source: readFileSync(join(dir, file), 'utf8') }));
}

export interface Harness {
  site: StaticSite;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `root` with the headers of its `_headers` file, which every browser test needs: see server.ts. */
export async function startHarness(root = buildDir): Promise<Harness> {
  const headers = deployedHeaders(root);
  if (!headers.some(([name]) => name === 'Content-Security-Policy')) {
    throw new Error(
      `${join(root, '_headers')} sets no Content-Security-Policy: build the site with src/plugins/security-headers.ts (npm run build)`,
    );
  }
  const site = await serveStatic(root, headers);
  const browser = await launchChromium();
  return {
    site,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Paths of every page in the built sitemap (its host is the configured url, not ours). */
export function sitemapPaths(root = buildDir): string[] {
  const xml = readFileSync(join(root, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

export interface PageWatch {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
  /** Content Security Policy violations the page reported (each is also a console error). */
  cspViolations: string[];
}

/**
 * A page that records console errors and page errors, records every Content Security Policy
 * violation (as a console error too, so every test that expects none fails on one), and blocks
 * (and records) every request to any origin but the site's own.
 */
export async function watchedPage(harness: Harness, colorScheme: 'light' | 'dark' = 'light'): Promise<PageWatch> {
  const context = await harness.browser.newContext({ colorScheme, serviceWorkers: 'block' });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push(text);
    consoleErrors.push(`CSP violation: ${text}`);
  });
  // Init scripts run outside the page's policy, before any of its own scripts.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || location.pathname}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === harness.site.origin) await route.continue();
    else {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return { page, context, consoleErrors, foreignRequests, cspViolations };
}

/** Runs `test` on a fresh watched page, then closes its browser context whatever happens. */
export async function withWatchedPage<T>(
  harness: Harness,
  test: (watch: PageWatch) => Promise<T>,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<T> {
  const watch = await watchedPage(harness, colorScheme);
  try {
    return await test(watch);
  } finally {
    await watch.context.close();
  }
}

/** Navigate and wait until React has hydrated the page. */
export async function openHydrated(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 15_000 });
}

/** The script files (names only) a page has fetched so far. */
export function fetchedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop()!)
      .filter((name) => name.endsWith('.js')),
  );
}

export interface PageFaults {
  consoleErrors: string[];
  foreignRequests: string[];
  violations: string[];
}

/** What every page must be free of: `expect(await pageFaults(watch)).toEqual(NO_FAULTS)`. */
export const NO_FAULTS: PageFaults = { consoleErrors: [], foreignRequests: [], violations: [] };

/** The page's console errors (CSP violations included), requests to other origins and axe violations (WCAG 2.2 AA). */
export async function pageFaults(watch: PageWatch): Promise<PageFaults> {
  return {
    consoleErrors: watch.consoleErrors,
    foreignRequests: watch.foreignRequests,
    violations: await axeViolations(watch.page),
  };
}
