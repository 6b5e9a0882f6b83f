/**
 * The bounded build keeps every release citable. A copy of the site is built with
 * KIT_BUILD_RELEASES=1 (next and the newest release only); the older releases' frozen output is
 * saved from the full build the other browser tests use (build/, as the deploy that last built
 * them), and `npm run releases:frozen` merges it in. Every URL of an older release then answers as
 * before: its pages (in Chromium, under the merged headers), its data and the newest release's
 * permanent URLs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errataContent } from '../../src/lib/node/errata';
import { saveFrozen } from '../../src/lib/node/frozen-releases';
import { readVersions } from '../../src/lib/node/releases';
import { copySite, type SiteCopy } from './support/site-copy';
import { buildDir, openHydrated, sitemapPaths, startHarness, withWatchedPage, type Harness } from './support/site';

const root = join(import.meta.dirname, '../..');
const [NEWEST, ...OLDER] = readVersions(root) as [string, ...string[]];
const OLDEST = OLDER.at(-1)!;

let copy: SiteCopy;
let harness: Harness;
let mergeOutput: string;
let boundedHadOldest: boolean;
let boundedMenu: string;

beforeAll(async () => {
  expect(OLDER.length, 'versions.json needs an older release for this test').toBeGreaterThan(0);
  copy = copySite('frozen');
  const built = copy.run('npx', ['docusaurus', 'build'], { KIT_BUILD_RELEASES: '1' });
  if (built.status !== 0) throw new Error(`the bounded build failed:\n${built.stderr.slice(-3000)}`);
  const bounded = join(copy.dir, 'build');
  boundedHadOldest = existsSync(join(bounded, 'docs', `${OLDEST}.html`));
  boundedMenu = readFileSync(join(bounded, 'docs.html'), 'utf8');
  // The deploy that last built the older releases: the full build of this tree.
  const frozenDir = join(copy.dir, 'frozen-releases');
  expect(saveFrozen({ buildDir, frozenDir, releases: readVersions(root), errata: errataContent(root) })).toEqual(OLDER);
  const merged = copy.run('npm', ['run', '--silent', 'releases:frozen']);
  if (merged.status !== 0) throw new Error(`releases:frozen failed:\n${merged.stdout}\n${merged.stderr}`);
  mergeOutput = merged.stdout.trim();
  harness = await startHarness(bounded);
  // A build of next and one release: minutes on a busy two-core machine.
}, 900_000);

afterAll(async () => {
  await harness?.close();
  copy?.remove();
});

const get = (path: string) => fetch(harness.site.origin + path);

describe('older releases under a bounded build', () => {
  it('the bounded build left them out, and its version menu links them as plain pages', () => {
    expect(boundedHadOldest).toBe(false);
    // The build minifies HTML, which drops the quotes around attribute values without spaces.
    const release = OLDEST.replace('.', '\\.');
    expect(boundedMenu).toMatch(new RegExp(`<a class="?dropdown__link"? href="?/docs/${release}"?>${release}</a>`));
  });

  it('the merge says what it saved and merged', () => {
    expect(mergeOutput).toBe(`releases:frozen: saved none; merged into build/ ${OLDER.join(', ')}`);
  });

  it("an older release's pages answer at their permanent URLs and are in the sitemap", async () => {
    for (const path of [`/docs/${OLDEST}`, `/docs/${OLDEST}/about`, `/docs/${OLDEST}/legal`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toMatch(
        new RegExp(`name="?docusaurus_version"? content="?${OLDEST.replace('.', '\\.')}[" ]`),
      );
    }
    expect(sitemapPaths(join(copy.dir, 'build'))).toContain(`/docs/${OLDEST}/about`);
  });

  it("an older release's data answers at /data/<release>/", async () => {
    const response = await get(`/data/${OLDEST}/hotlines.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ release: OLDEST });
  });

  it("the newest release's permanent URLs still lead to its pages", async () => {
    const response = await get(`/docs/${NEWEST}/about`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<meta http-equiv="refresh" content="0; url=/docs/about">');
  });

  it('a frozen page hydrates under the merged headers, with no console error or CSP violation', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, `${harness.site.origin}/docs/${OLDEST}/legal`);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
});
