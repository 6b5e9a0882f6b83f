/**
 * Syntax highlighting is loaded with the first code block, not with every page: the main bundle
 * holds no Prism, a page without code never fetches it, and a page with code shows highlighted,
 * copyable code, both when opened directly and after a client-side navigation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, fetchedScripts, openHydrated, startHarness, watchedPage, type Harness } from './support/site';

const jsDir = join(buildDir, 'assets/js');
const scripts = readdirSync(jsDir).filter((file) => file.endsWith('.js'));
// Prism's language registry, as the theme's extra language (`bash`, docusaurus.config.ts) adds to it.
const hasPrism = (file: string) => /\.languages\.bash\s*=/.test(readFileSync(join(jsDir, file), 'utf8'));
const prismChunks = scripts.filter(hasPrism);

const CODE_PAGE = '/docs/next/flows/in-product-reporting';
const COMMAND = 'npx child-safety-kit validate-flow in-product-reporting.flow.yaml';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const highlighted = (page: Page) => page.locator('article pre.prism-code.language-bash', { hasText: COMMAND });

describe('code blocks', () => {
  it('keep Prism out of the bundle every page loads', () => {
    expect(prismChunks).toHaveLength(1);
    const entry = scripts.filter((file) => /^(main|runtime~main)\./.test(file));
    expect(entry).toHaveLength(2);
    expect(entry.filter(hasPrism)).toEqual([]);
  });

  it('a page without code never fetches Prism', async () => {
    const { page, context, consoleErrors } = await watchedPage(harness);
    try {
      await openHydrated(page, `${harness.site.origin}/docs/next/about`);
      await page.waitForLoadState('networkidle');
      const fetched = await fetchedScripts(page);
      expect(fetched.some((name) => name.startsWith('main.'))).toBe(true);
      expect(fetched.filter((name) => prismChunks.includes(name))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a page with code shows it highlighted with its copy button, opened directly', async () => {
    const { page, context, consoleErrors } = await watchedPage(harness);
    try {
      await openHydrated(page, harness.site.origin + CODE_PAGE);
      await highlighted(page).waitFor();
      expect(await highlighted(page).locator('.token').count()).toBeGreaterThan(0);
      expect(await page.locator('article pre', { hasText: COMMAND }).count()).toBe(1);
      await expect.poll(async () => (await fetchedScripts(page)).filter((name) => prismChunks.includes(name))).toEqual(prismChunks);
      await page.locator('article').getByRole('button', { name: /copy code/i }).first().waitFor();
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a page with code highlights it after a client-side navigation', async () => {
    const { page, context, consoleErrors } = await watchedPage(harness);
    try {
      await openHydrated(page, `${harness.site.origin}/docs/next/flows/appeals`);
      await page.locator('nav.menu').getByRole('link', { name: 'In-product reporting', exact: true }).click();
      await page.waitForURL((url) => url.pathname === CODE_PAGE);
      await highlighted(page).waitFor();
      expect(await highlighted(page).locator('.token').count()).toBeGreaterThan(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
