/**
 * Policy templates in Chromium: fill in the profile form, see a template filled in (with hostile
 * input shown as text), download it as Word and Markdown and read the files back, build the
 * policy pack, import and export profiles, and recover from a corrupt or outdated saved profile.
 * Export code must load only when a download is asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../support/docx';
import { axeViolations } from './support/axe';
import { buildDir, openHydrated, startHarness, withWatchedPage, type Harness, type PageWatch } from './support/site';

const PROFILE = '/docs/next/policies/profile';
const POLICY = '/docs/next/policies/child-safety-policy';
const PACK = '/docs/next/policies/pack';
const STORAGE_KEY = 'child-safety-kit:profile';
const HOSTILE = '<img src=x onerror=alert(1)> **bold** [link](javascript:alert(2)) متجر 🎉';
/** A 10,000-character legal name, the longest a profile takes. */
const LONG = 'Lumen Photos Holdings B.V. '.repeat(371).slice(0, 9_999).concat('.');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

async function withPage(run: (watch: PageWatch) => Promise<void>, theme: 'light' | 'dark' = 'light'): Promise<void> {
  await withWatchedPage(
    harness,
    async (watch) => {
      const dialogs: string[] = [];
      watch.page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await run(watch);
      expect({ consoleErrors: watch.consoleErrors, foreignRequests: watch.foreignRequests, dialogs }).toEqual({
        consoleErrors: [],
        foreignRequests: [],
        dialogs: [],
      });
    },
    theme,
  );
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

async function fillProfile(page: Page, name: string, legalEntity = 'Lumen Photos B.V.') {
  await page.getByLabel('Platform name').fill(name);
  await page.getByLabel('Legal entity').fill(legalEntity);
  await page.getByLabel('Website address').fill('https://lumen.example');
  await page.getByLabel('Minimum age').selectOption('16');
  await page.getByLabel('Child safety email').fill('safety@lumen.example');
  await page.getByLabel('Law-enforcement email').fill('lawenforcement@lumen.example');
  await page.getByLabel('Appeals email').fill('appeals@lumen.example');
  await page.getByLabel('Help page address').fill('https://lumen.example/help');
  await page.getByLabel('Child safety point of contact').fill('Head of Trust and Safety');
  await page.getByRole('group', { name: 'Where your company is established' }).getByLabel('European Union').check();
  const users = page.getByRole('group', { name: 'Where your users are' });
  await users.getByLabel('European Union').check();
  await users.getByLabel('United Kingdom').check();
  await page.getByLabel('Company size').selectOption('micro');
  await page.getByLabel('Uploads of images or video').check();
  await page.getByLabel('Users under 18 allowed').check();
}

/** Script URLs the page has loaded so far, and whether any of them holds the Word exporter. */
function scriptWatch(page: Page) {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  return {
    hasExporter: () =>
      [...scripts].some((path) => readFileSync(join(buildDir, path), 'utf8').includes('word/document.xml')),
  };
}

describe('policy templates in the browser', () => {
  it('fills in the profile form, shows a filled template, and downloads it as Word and Markdown', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + PROFILE);
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect
        .poll(() => page.getByRole('alert').filter({ hasText: 'There are' }).textContent())
        .toMatch(/There are \d+ problems/);
      expect(await page.getByLabel('Platform name').getAttribute('aria-invalid')).toBe('true');

      await fillProfile(page, HOSTILE, LONG);
      // The optional document-control fields: a date field takes a date, and the downloads show both.
      const documents = page.getByRole('group', { name: 'Document control' });
      expect(await documents.getByLabel('Effective date').getAttribute('type')).toBe('date');
      await documents.getByLabel('Document version').fill('2.0');
      await documents.getByLabel('Effective date').fill('2027-01-04');
      const preview = page.getByTestId('profile-preview');
      await expect.poll(() => preview.textContent()).toContain(HOSTILE);
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);

      const scripts = scriptWatch(page);
      // Pointing at a download button starts loading the export code: keep the pointer away until the check.
      await page.mouse.move(0, 0);
      await openHydrated(page, harness.site.origin + POLICY);
      const toolbar = page.getByRole('complementary', { name: 'Use this template' });
      await expect.poll(() => toolbar.textContent()).toContain(`for ${HOSTILE}`);
      const article = page.locator('article');
      expect(await article.textContent()).toContain(`${LONG} ("we") runs ${HOSTILE} at https://lumen.example`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await article.locator('mark[data-variable]').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await article.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await article.textContent()).toContain('In the United Kingdom, call 999.');
      expect(await article.textContent()).not.toContain('In Canada, call 911.');
      expect(await article.textContent()).not.toContain('Asking a child to perform sexual acts on a live stream');
      expect(scripts.hasExporter()).toBe(false);

      const [word] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Word (.docx)' }).click(),
      ]);
      expect(word.suggestedFilename()).toBe('child-safety-policy.docx');
      const { xml, text } = docxText(await bytesOf(word));
      expect(text).toContain(`${LONG} ("we") runs ${HOSTILE} at`);
      expect(text).toContain(
        `Platform${HOSTILE}OwnerHead of Trust and SafetyVersion2.0Effective date2027-01-04Next review2027-07-04Approved by[To be completed`,
      );
      expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(xml).not.toContain('<img');
      expect(scripts.hasExporter()).toBe(true);
      await expect.poll(() => toolbar.getByRole('status').textContent()).toBe('Downloaded child-safety-policy.docx.');

      const [markdown] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Markdown (.md)' }).click(),
      ]);
      expect(markdown.suggestedFilename()).toBe('child-safety-policy.md');
      const md = (await bytesOf(markdown)).toString('utf8');
      expect(md).toMatch(
        /^---\ntitle: "Child safety \(CSEA\) policy"\nkit_version: "[\d.]+"\nrelease: "next"\ngenerated: "\d{4}-\d{2}-\d{2}"\n/,
      );
      expect(md).toContain('\n---\n# Child safety (CSEA) policy\n\n| Document control ');
      expect(md).toContain('\\<img src=x onerror=alert(1)> \\*\\*bold\\*\\* \\[link]\\(javascript:alert(2)) متجر 🎉');
      expect(md).toContain(LONG);
      expect(md).not.toContain('How to adapt this');
    });
  });

  it('keeps a template page and the policy pack still while it reads the saved profile (phone width, no profile)', async () => {
    await withPage(async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      // Every layout shift of the page, from its first paint.
      await page.addInitScript(`window.__shifts = [];
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__shifts.push(entry.value)))
          .observe({ type: 'layout-shift', buffered: true });`);
      for (const [path, settled] of [
        [POLICY, 'Parts in [brackets] are placeholders.'],
        [PACK, 'You have no saved profile, so the pack holds every template'],
      ] as const) {
        await openHydrated(page, harness.site.origin + path);
        await expect.poll(() => page.locator('article').textContent()).toContain(settled);
        expect(await page.locator('article').textContent()).not.toContain('Reading your platform profile');
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
        expect({ path, shifts }).toEqual({ path, shifts: [] });
      }
    });
  });

  it('builds the policy pack from the saved profile: only the templates that apply, as Word and Markdown', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + PROFILE);
      await fillProfile(page, 'Lumen Photos');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await openHydrated(page, harness.site.origin + PACK);
      await expect
        .poll(() => page.locator('article').textContent())
        .toContain('For Lumen Photos, from your saved profile');
      const [pack] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the policy pack (.zip)' }).click(),
      ]);
      expect(pack.suggestedFilename()).toBe('policy-pack.zip');
      const files = unzipSync(await bytesOf(pack));
      const names = Object.keys(files).sort();
      expect(names).toContain('README.md');
      expect(names).toContain('markdown/child-safety-policy.md');
      expect(names).toContain('word/child-safety-policy.docx');
      expect(names).not.toContain('markdown/live-streaming-policy.md');
      expect(docxText(files['word/child-safety-policy.docx']!).text).toContain('Lumen Photos');
    });
  });

  it('imports a profile file and exports the form as JSON', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + PROFILE);
      const example = readFileSync(join(buildDir, 'examples/us-livestreaming.yaml'));
      await page
        .getByLabel('Import a profile file (YAML or JSON)')
        .setInputFiles({ name: 'beacon.yaml', mimeType: 'text/yaml', buffer: example });
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Imported beacon.yaml and saved it.' }).count())
        .toBe(1);
      expect(await page.getByLabel('Platform name').inputValue()).toBe('Beacon Live');
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as JSON' }).click(),
      ]);
      const exported = JSON.parse((await bytesOf(json)).toString('utf8')) as {
        platform: { name: string };
        features: { live_streaming: boolean };
      };
      expect(exported.platform.name).toBe('Beacon Live');
      expect(exported.features.live_streaming).toBe(true);

      await page.getByLabel('Import a profile file (YAML or JSON)').setInputFiles({
        name: 'bad.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from('version: 1\nplatform:\n  name: Beacon Live\n'),
      });
      const problems = page.getByRole('alert').filter({ hasText: 'The file has' });
      await expect.poll(() => problems.textContent()).toContain('bad.yaml:2:1 Missing `platform.legal_entity`');
    });
  });

  it('reports a corrupt saved profile and recovers, never a blank page', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + PROFILE);
      await page.evaluate((key) => localStorage.setItem(key, '{"version": 1, "platform": '), STORAGE_KEY);
      await openHydrated(page, harness.site.origin + POLICY);
      const toolbar = page.getByRole('complementary', { name: 'Use this template' });
      await expect.poll(() => toolbar.textContent()).toContain('Your saved profile could not be read');
      expect(await page.locator('article mark[data-variable="platform.name"]').count()).toBeGreaterThan(0);

      await openHydrated(page, harness.site.origin + PROFILE);
      const alert = page.getByRole('alert').filter({ hasText: 'Your saved profile needs attention' });
      await expect.poll(() => alert.textContent()).toContain('The saved profile is not valid JSON');
      await alert.getByRole('button', { name: 'Discard the saved profile' }).click();
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
      expect(await alert.count()).toBe(0);
    });
  });

  it('reports an outdated saved profile and loads what it can recover into the form', async () => {
    await withPage(async ({ page }) => {
      await openHydrated(page, harness.site.origin + PROFILE);
      const old = {
        platform: { name: 'Old Name', legal_entity: 'Old Ltd', url: 'https://old.example' },
        users_in: ['UK'],
      };
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(old)]);
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const alert = page.getByRole('alert').filter({ hasText: 'Your saved profile needs attention' });
      await expect.poll(() => alert.textContent()).toContain('It was saved in an older version of the profile format');
      expect(await alert.textContent()).toContain('The form below holds the 4 fields we could recover.');
      expect(await page.getByLabel('Platform name').inputValue()).toBe('Old Name');
      expect(
        await page.getByRole('group', { name: 'Where your users are' }).getByLabel('United Kingdom').isChecked(),
      ).toBe(true);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no accessibility violations in its interactive states (${theme} theme)`, async () => {
      await withPage(async ({ page }) => {
        const states: Record<string, string[]> = {};
        await openHydrated(page, harness.site.origin + PROFILE);
        await page.getByRole('button', { name: 'Save profile' }).click();
        await page.getByRole('alert').filter({ hasText: 'There are' }).waitFor();
        states['profile with errors'] = await axeViolations(page);
        await fillProfile(page, HOSTILE);
        await page.getByRole('button', { name: 'Save profile' }).click();
        await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
        states['profile saved, preview filled'] = await axeViolations(page);
        await openHydrated(page, harness.site.origin + POLICY);
        await page
          .getByRole('complementary', { name: 'Use this template' })
          .filter({ hasText: 'Filled in from' })
          .waitFor();
        states['template filled'] = await axeViolations(page);
        await openHydrated(page, harness.site.origin + PACK);
        await page.locator('article').filter({ hasText: 'from your saved profile' }).waitFor();
        states['pack with profile'] = await axeViolations(page);
        await page.evaluate((key) => localStorage.setItem(key, '{"platform": {"name": 1}}'), STORAGE_KEY);
        await openHydrated(page, harness.site.origin + PROFILE);
        await page.getByRole('alert').filter({ hasText: 'Your saved profile needs attention' }).waitFor();
        states['profile needing attention'] = await axeViolations(page);
        expect(states).toEqual({
          'profile with errors': [],
          'profile saved, preview filled': [],
          'template filled': [],
          'pack with profile': [],
          'profile needing attention': [],
        });
      }, theme);
    }, 300_000);
  }
});
