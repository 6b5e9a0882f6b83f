/**
 * Code is highlighted when the site is built (src/plugins/code-highlight.ts): no script of the site
 * holds Prism; a page with code serves its block highlighted, keeps it as it is when the page
 * hydrates, copies its text; after a client-side navigation the block shows at once; and token
 * colours follow the light and dark themes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { themes } from 'prism-react-renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, builtScripts, openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

// Prism's core grammars, as prism-react-renderer registers them.
const hasPrism = (source: string) => /\.languages\.(?:markup|clike)\b/.test(source);

const CODE_PAGE = '/docs/next/flows';
const COMMAND = 'npx child-safety-kit validate-flow my-confirmed-csam.flow.yaml';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** `colour` as the browser computes it (themes write hex and rgb()). */
const computedColour = (page: Page, colour: string) =>
  page.evaluate((value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    return getComputedStyle(probe).color;
  }, colour);

const pre = (page: Page) => page.locator('pre.prism-code.language-bash', { hasText: COMMAND });
const block = (page: Page) => page.locator('article').locator(pre(page));

describe('code blocks', () => {
  it('ship no Prism in any script', () => {
    const prismBundle = createRequire(import.meta.url).resolve('prism-react-renderer');
    expect(hasPrism(readFileSync(prismBundle, 'utf8'))).toBe(true);
    expect(
      builtScripts()
        .filter(({ source }) => hasPrism(source))
        .map(({ file }) => file),
    ).toEqual([]);
  });

  it('are served highlighted, stay so when the page hydrates, and copy their text', async () => {
    const served = readFileSync(join(buildDir, 'docs/next/flows.html'), 'utf8');
    expect(served).toContain('<pre tabindex=0 class="prism-code language-bash codeBlock_');
    expect(served).toMatch(
      new RegExp(`<code class=codeBlockLines_\\w+><span class=token-line>${COMMAND}</span></code>`),
    );
    await withWatchedPage(harness, async ({ page, context, consoleErrors }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.origin });
      await openHydrated(page, harness.site.origin + CODE_PAGE);
      expect(await block(page).locator('code').innerHTML()).toBe(`<span class="token-line">${COMMAND}</span>`);
      const copy = page
        .locator('article .theme-code-block', { has: pre(page) })
        .getByRole('button', { name: 'Copy code to clipboard' });
      await copy.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(COMMAND);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('show at once after a client-side navigation', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await openHydrated(page, `${harness.site.origin}/docs/next/flows/appeals`);
      await page.locator('nav.menu').getByRole('link', { name: 'In-product reporting', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/docs/next/flows/in-product-reporting');
      const command = 'npx child-safety-kit validate-flow in-product-reporting.flow.yaml';
      expect(await page.locator('article pre.prism-code.language-bash code').innerHTML()).toBe(
        `<span class="token-line">${command}</span>`,
      );
      expect(consoleErrors).toEqual([]);
    });
  });

  for (const [scheme, theme] of [
    ['light', themes.github],
    ['dark', themes.dracula],
  ] as const) {
    it(`colour tokens and the block with the ${scheme} theme's colours`, async () => {
      await withWatchedPage(
        harness,
        async ({ page, consoleErrors }) => {
          await openHydrated(page, harness.site.origin + CODE_PAGE);
          // Our pages' commands are plain text; a token shows the stylesheet's colours for every type.
          const colours = await block(page).evaluate((pre) => {
            const token = document.createElement('span');
            token.className = 'token function';
            pre.querySelector('.token-line')!.append(token);
            return { token: getComputedStyle(token).color, block: getComputedStyle(pre).backgroundColor };
          });
          const functionColour = theme.styles.find((entry) => entry.types.includes('function'))!.style.color!;
          expect(colours.token).toBe(await computedColour(page, functionColour));
          expect(colours.block).toBe(await computedColour(page, theme.plain.backgroundColor!));
          expect(consoleErrors).toEqual([]);
        },
        scheme,
      );
    });
  }
});
