/**
 * Releases a reviewer can cite and diff, in the built site: change notes, the citation box with a
 * permanent URL that keeps working, data published as JSON, and the "What changed" pages (axe in
 * both themes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeNotesOf, newestFirst } from '../../src/lib/changes';
import { splitFrontMatter } from '../../src/lib/content/frontmatter';
import { formatLongDate } from '../../src/lib/dates';
import {
  buildDir,
  NO_FAULTS,
  openHydrated,
  pageFaults,
  sitemapPaths,
  startHarness,
  withWatchedPage,
  type Harness,
} from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const versions = JSON.parse(readFileSync(join(import.meta.dirname, '../../versions.json'), 'utf8')) as string[];
const newest = versions[0]!;

describe('releases in the built site', () => {
  it('shows "Last updated … — see all updates" on a page with change notes, linking its updates', async () => {
    await withWatchedPage(harness, async ({ page }) => {
      // The newest release's page: frozen, so its newest change note is what the page must show.
      await openHydrated(page, `${harness.site.origin}/docs/threats/landscape`);
      const source = readFileSync(
        join(import.meta.dirname, `../../versioned_docs/version-${newest}/threats/landscape.mdx`),
        'utf8',
      );
      const [latest] = newestFirst(changeNotesOf(splitFrontMatter(source).frontMatter));
      expect(latest).toBeDefined();
      expect(await page.locator('article p', { hasText: 'Last updated' }).first().innerText()).toBe(
        `Last updated ${formatLongDate(latest!.date)} — see all updates`,
      );
      expect(await page.getAttribute('a:text("see all updates")', 'href')).toBe('#page-updates');
      expect(await page.locator('#page-updates').innerText()).toBe('Updates to this page');
    });
  });

  it('tells readers of an older release what the newest one corrected, with a link to the corrected page', async () => {
    const older = versions.find((version) => version !== newest)!;
    await withWatchedPage(harness, async ({ page }) => {
      await openHydrated(page, `${harness.site.origin}/docs/${older}/legal/canada`);
      const errata = page.locator('aside[aria-labelledby="errata-heading"]');
      expect(await errata.locator('li').first().innerText()).toMatch(
        new RegExp(`^Corrected in ${newest.replace('.', '\\.')} \\(\\d{1,2} \\w+ \\d{4}\\): .*Bill C-291`),
      );
      expect(await errata.locator('a', { hasText: 'Read this page in the newest release' }).getAttribute('href')).toBe(
        '/docs/legal/canada',
      );
      await openHydrated(page, `${harness.site.origin}/docs/legal/canada`);
      expect(await page.locator('aside[aria-labelledby="errata-heading"]').count()).toBe(0);
    });
  });

  it('offers a citation with the permanent URL of the release, which answers and leads to the page', async () => {
    await withWatchedPage(harness, async ({ page }) => {
      await openHydrated(page, `${harness.site.origin}/docs/legal`);
      const box = page.locator('section[aria-labelledby="cite-this-page"]');
      const url = new URL(await box.locator('dd a').first().innerText());
      expect(url.pathname).toBe(`/docs/${newest}/legal`);
      expect(await box.innerText()).toMatch(new RegExp(`Release\\n${newest.replace('.', '\\.')}\\n`));
      expect(await box.innerText()).toMatch(
        /Child Safety Kit, "Legal reporting[^"]*", release \d{4}\.\d{2}, http\S+ \(accessed \d{1,2} \w+ \d{4}\)\./,
      );
      await page.goto(`${harness.site.origin}${url.pathname}`);
      await page.waitForURL(`${harness.site.origin}/docs/legal`);
    });
  });

  it('keeps the redirect pages of the newest release out of the sitemap, and every one points at a built page', () => {
    const paths = sitemapPaths();
    expect(paths.filter((path) => path.startsWith(`/docs/${newest}`))).toEqual([]);
    const target = readFileSync(join(buildDir, 'docs', newest, 'legal.html'), 'utf8').match(/url=([^"]+)"/)?.[1];
    expect(target).toBe('/docs/legal');
    expect(paths).toContain(target);
  });

  it('publishes every data kind of every release as JSON, and a data page links to its file', async () => {
    const index = (await (await fetch(`${harness.site.origin}/data/index.json`)).json()) as {
      releases: { release: string; files: Record<string, string> }[];
    };
    expect(index.releases.map((entry) => entry.release)).toEqual([...versions, 'next']);
    const obligations = (await (
      await fetch(`${harness.site.origin}${index.releases[0]!.files.obligations}`)
    ).json()) as Record<string, unknown>;
    expect(obligations).toMatchObject({
      kind: 'obligations',
      release: newest,
      as_of: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    await withWatchedPage(harness, async ({ page }) => {
      await openHydrated(page, `${harness.site.origin}/docs/legal/national-hotlines`);
      const href = await page.getAttribute('section[aria-labelledby="page-data"] a:text("hotlines.json")', 'href');
      expect(href).toBe(`/data/${newest}/hotlines.json`);
      expect((await fetch(`${harness.site.origin}${href}`)).status).toBe(200);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the What changed pages list the changes with their marking, with no axe violation (${theme})`, async () => {
      // The newest release against the one before it: next is the newest until the docs change again.
      const older = versions[1]!;
      for (const path of ['/changes', `/changes/${older}-to-${newest}`]) {
        await withWatchedPage(
          harness,
          async (watch) => {
            await openHydrated(watch.page, harness.site.origin + path);
            if (path !== '/changes') {
              expect(await watch.page.locator('h1').innerText()).toBe(
                `What changed from release ${older} to release ${newest}`,
              );
              expect(await watch.page.locator('#kind-hotlines + ul > li').first().innerText()).toMatch(
                /^(Substantive|Editorial) (changed|added|removed): /,
              );
            } else {
              expect(await watch.page.locator(`a[href="/changes/${older}-to-${newest}"]`).count()).toBeGreaterThan(0);
            }
            expect(await pageFaults(watch)).toEqual(NO_FAULTS);
          },
          theme,
        );
      }
    });
  }
});
