/**
 * The stylesheet keeps CSS cascade layers as written: package.json's `browserslist` names browsers
 * that support them, so the build does not emulate them. Infima's and Docusaurus' rules sit in
 * layers; the site's own CSS (src/css/custom.css, CSS modules) does not, so it wins over theirs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

const cssDir = join(buildDir, 'assets/css');
const css = readdirSync(cssDir)
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(cssDir, file), 'utf8'))
  .join('\n');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe('stylesheet', () => {
  it('ships the theme in native cascade layers, with no :not(#\\#) emulation', () => {
    expect(css).toMatch(/@layer docusaurus\.infima\s*\{/);
    expect(css).toMatch(/@layer docusaurus\.theme-classic\s*\{/);
    expect(css).not.toContain(':not(#\\#)');
  });

  for (const [theme, primary] of [
    ['light', '#1f5fa8'],
    ['dark', '#8ec1f5'],
  ] as const) {
    it(`applies the site's own rules over the theme's in the ${theme} theme`, async () => {
      await withWatchedPage(
        harness,
        async ({ page }) => {
          await page.setViewportSize({ width: 1280, height: 900 });
          await openHydrated(page, `${harness.site.origin}/docs/legal/canada`);
          const styles = await page.evaluate(() => {
            const root = getComputedStyle(document.documentElement);
            const heading = document.getElementById('page-sources')!;
            const table = document.querySelector<HTMLElement>('[role="region"] > table')!;
            return {
              theme: document.documentElement.dataset.theme,
              primary: root.getPropertyValue('--ifm-color-primary').trim(),
              // PageSources' heading: 1.1rem, where Infima's rule for h2 in a page is larger.
              headingToRoot: parseFloat(getComputedStyle(heading).fontSize) / parseFloat(root.fontSize),
              // DataTable: a full-width table inside a scrolling region, where Infima makes every table a block.
              tableDisplay: getComputedStyle(table).display,
              tableFillsRegion: table.getBoundingClientRect().width === table.parentElement!.clientWidth,
              // Infima's "#" before a heading's direct link (the emulation dropped rules on pseudo-elements).
              hashLinkMark: getComputedStyle(document.querySelector('.markdown h2 > .hash-link')!, '::before').content,
              // The search plugin draws its own icon and removes Infima's background one: one icon, not two.
              searchBackground: getComputedStyle(document.querySelector('.navbar__search-input')!).backgroundImage,
            };
          });
          expect(styles).toEqual({
            theme,
            primary,
            headingToRoot: 1.1,
            tableDisplay: 'table',
            tableFillsRegion: true,
            hashLinkMark: '"#"',
            searchBackground: 'none',
          });
        },
        theme,
      );
    });
  }
});
