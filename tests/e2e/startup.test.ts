/**
 * What a page does while it starts, kept small for slow phones: the head preloads the app's entry
 * scripts, which run at the end of the body (src/plugins/entry-scripts.ts) and carry V8's compile
 * hint, the phone menu works with its sidebar rendered as a transition, links load their page on
 * hover rather than when they scroll into view, and what our patches to Docusaurus (patches/, see
 * patches/README.md) change: the route's chunks are added after main.js has run, no `localeCompare`
 * runs while a page with code hydrates, and the preferred docs version still works with its
 * storage read deferred. tests/unit/repo/patches.test.ts checks the patches are applied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../src/plugins/compile-hints';
import {
  buildDir,
  builtScripts,
  fetchedScripts,
  openHydrated,
  startHarness,
  withWatchedPage,
  type Harness,
} from './support/site';

/** The newest release: the version menu's button shows it, labelled "(newest)". */
const newest = (JSON.parse(readFileSync(join(import.meta.dirname, '../../versions.json'), 'utf8')) as string[])[0]!;
const scripts = builtScripts();
const served = readFileSync(join(buildDir, 'docs/about.html'), 'utf8');
// The entry scripts, as the page's head preloads them.
const entry = [...served.matchAll(/<link rel=preload as=script href=\/assets\/js\/([^ >]+\.js)/g)].map(
  (match) => match[1]!,
);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe('page start-up', () => {
  it('marks the entry scripts, and only those, for eager compilation', () => {
    expect(entry.map((file) => file.split('.')[0])).toEqual(['runtime~main', 'main']);
    const hinted = scripts.filter(({ source }) => source.startsWith(`${COMPILE_HINT}\n`)).map(({ file }) => file);
    expect(hinted.sort()).toEqual([...entry].sort());
  });

  it('preloads the entry scripts from the head and runs them, in order, at the end of the body', async () => {
    const [head, body] = served.split('</head>');
    expect(head).not.toMatch(/<script[^>]* src=/);
    expect([...body!.matchAll(/<script src=\/assets\/js\/([^ >]+\.js)><\/script>/g)].map((match) => match[1])).toEqual(
      entry,
    );
    expect(body).toContain(`<script src=/assets/js/${entry.at(-1)}></script></body>`);
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await openHydrated(page, `${harness.site.origin}/docs/about`);
      const started = await page.evaluate(() =>
        Array.from(document.body.querySelectorAll(':scope > script[src]'), (script) => {
          const { src, async, defer } = script as HTMLScriptElement;
          return { file: src.split('/').pop(), async, defer };
        }),
      );
      expect(started).toEqual(entry.map((file) => ({ file, async: false, defer: false })));
      expect(consoleErrors).toEqual([]);
    });
  });

  it("on a phone, opens the menu with the page's sidebar once the page has hydrated", async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      await openHydrated(page, `${harness.site.origin}/docs/next/flows/appeals`);
      await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
      const menu = page.locator('.navbar-sidebar');
      const link = menu.getByRole('link', { name: 'In-product reporting', exact: true });
      await link.waitFor();
      await link.click();
      await page.waitForURL((url) => url.pathname === '/docs/next/flows/in-product-reporting');
      await expect.poll(() => menu.isVisible()).toBe(false);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('fetches no other page while links scroll into view, and loads a page when the pointer enters its link', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await openHydrated(page, `${harness.site.origin}/docs/next/about`);
      await page.mouse.wheel(0, 600);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      expect(await page.locator('link[rel="prefetch"]').count()).toBe(0);
      const before = await fetchedScripts(page);

      const link = page.locator('nav.navbar').getByRole('link', { name: 'Legal reporting', exact: true });
      await link.hover();
      await expect.poll(async () => (await fetchedScripts(page)).length).toBeGreaterThan(before.length);
      await link.click();
      await page.waitForURL((url) => url.pathname === '/docs/next/legal');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });

  it('remembers the docs version chosen in the version menu: the navbar links to it on the next page', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      const legal = page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Legal reporting', exact: true });
      await openHydrated(page, harness.site.origin + '/');
      expect(await legal.getAttribute('href')).toBe('/docs/legal');
      // Choosing a version in the version menu makes it the preferred one (patches/@docusaurus+plugin-content-docs+3.10.2.patch).
      await openHydrated(page, harness.site.origin + '/docs/legal');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: `${newest} (newest)` }).hover();
      await nav.getByRole('link', { name: 'Next (unreleased)' }).click();
      await page.waitForURL((url) => url.pathname === '/docs/next/legal');
      await openHydrated(page, harness.site.origin + '/');
      await expect.poll(() => legal.getAttribute('href')).toBe('/docs/next/legal');
      expect(consoleErrors).toEqual([]);
    });
  });

  it("adds the route's chunk scripts in a task after main.js, not while it evaluates", async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      // Records each script element added to the page, with the script running at that moment (patches/@docusaurus+core+3.10.2.patch).
      await page.addInitScript(() => {
        const added: { src: string; during: string | null }[] = [];
        (window as unknown as { addedScripts: typeof added }).addedScripts = added;
        const original = Node.prototype.appendChild;
        Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
          if (node instanceof HTMLScriptElement && node.src)
            added.push({ src: node.src, during: (document.currentScript as HTMLScriptElement | null)?.src ?? null });
          return original.call(this, node) as T;
        };
      });
      await openHydrated(page, `${harness.site.origin}/docs/hash-sharing/capability-statement`);
      const added = await page.evaluate(
        () => (window as unknown as { addedScripts: { src: string; during: string | null }[] }).addedScripts,
      );
      expect(added.length).toBeGreaterThan(0);
      expect(added.filter((script) => script.during !== null)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('calls no localeCompare while a doc page with code hydrates', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      // Counts calls; the first one of a page loads the browser's collation data (patches/@docusaurus+theme-common+3.10.2.patch).
      await page.addInitScript(() => {
        const counted = window as unknown as { localeCompareCalls: number };
        const original = String.prototype.localeCompare;
        counted.localeCompareCalls = 0;
        String.prototype.localeCompare = function (this: string, ...args: Parameters<string['localeCompare']>) {
          counted.localeCompareCalls++;
          return original.apply(this, args);
        };
      });
      await openHydrated(page, `${harness.site.origin}/docs/next/flows/in-product-reporting`);
      await page.locator('article pre.prism-code').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { localeCompareCalls: number }).localeCompareCalls)).toBe(
        0,
      );
      expect(consoleErrors).toEqual([]);
    });
  });
});
