/**
 * The threats section in Chromium: "what applies to you" answered with the keyboard alone shows
 * the same answer as the pure function, with its checklist; ticks and answers survive a reload;
 * the checklist downloads as Markdown; every state is axe-clean in both themes; the matrix renders
 * every exposure from the data; the landscape's sources table lists every source the data cites.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatApplies } from '../../src/lib/applicability';
import { loadApplicabilityInputs } from '../../src/lib/node/applicability-load';
import { FEATURES, type Feature } from '../../src/schema/profile';
import { axeViolations } from './support/axe';
import { openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

const inputs = loadApplicabilityInputs(join(import.meta.dirname, '../../docs'));
const PAGE = '/docs/next/threats/what-applies';
const MATRIX = '/docs/next/threats/matrix';
const LANDSCAPE = '/docs/next/threats/landscape';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** Press Tab until a checkbox (or button) with this label text has focus; fail after 300 presses. */
async function tabTo(page: Page, kind: 'checkbox' | 'button', text: string, group?: string): Promise<void> {
  for (let presses = 0; presses < 300; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ({ kind, text, group }) => {
        const element = document.activeElement;
        if (kind === 'button') return element instanceof HTMLButtonElement && element.textContent?.trim() === text;
        if (!(element instanceof HTMLInputElement) || element.type !== 'checkbox') return false;
        const label = element.closest('label')?.textContent?.trim() ?? '';
        const legend = element.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
        return label.includes(text) && (group === undefined || legend === group);
      },
      { kind, text, group },
    );
    if (found) return;
  }
  throw new Error(`Tab never reached the ${kind} "${text}"`);
}

async function tick(page: Page, text: string, group?: string): Promise<void> {
  await tabTo(page, 'checkbox', text, group);
  await page.keyboard.press('Space');
}

const listItems = (page: Page, heading: string) =>
  page.evaluate((id) => {
    const list = document.getElementById(id)?.nextElementSibling;
    const items = list?.tagName === 'UL' ? list : list?.nextElementSibling;
    return Array.from(items?.children ?? []).map((item) => item.querySelector('a')?.textContent ?? '');
  }, heading);

const answers = {
  established_in: ['EU'] as const,
  users_in: ['EU', 'UK'] as const,
  features: ['direct_messages', 'e2ee'] as Feature[],
};
const expected = whatApplies(
  {
    established_in: [...answers.established_in],
    users_in: [...answers.users_in],
    features: Object.fromEntries(FEATURES.map((feature) => [feature, answers.features.includes(feature)])) as Record<
      Feature,
      boolean
    >,
  },
  inputs,
);

describe('what applies to you', () => {
  it('answers by keyboard only, shows the result and checklist, keeps them on reload, exports Markdown, axe-clean', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, harness.site.origin + PAGE);
      await page.locator('[data-ready="true"]').waitFor();
      const status = page.locator('[aria-live="polite"]').first();
      expect(await status.textContent()).toBe('Tick at least one place where your users are to see what applies.');
      expect(await axeViolations(page)).toEqual([]);

      await tick(page, 'European Union', 'Where is your company established?');
      await tick(page, 'European Union', 'Where are your users?');
      await tick(page, 'United Kingdom', 'Where are your users?');
      await tick(page, 'Direct messages');
      await tick(page, 'End-to-end encryption');

      const applies = expected.obligations.filter((item) => item.effect === 'applies').length;
      const unclear = expected.obligations.filter((item) => item.effect === 'unclear').length;
      await expect
        .poll(() => status.textContent())
        .toBe(
          `${applies} duties apply, ${unclear} to check with counsel, ${expected.threats.length} threats to assess, ${expected.checklist.length} checklist items.`,
        );
      expect(await page.locator('article').textContent()).toContain(
        'Because you are established in the European Union and host user content: Article 18 binds every provider of hosting services',
      );
      expect(await listItems(page, 'result-threats')).toEqual(expected.threats.map((threat) => threat.name));
      expect(await listItems(page, 'result-flows')).toEqual(expected.flows.map((flow) => flow.title));

      // Tick the first checklist item with the keyboard.
      const first = expected.checklist[0]!;
      await tick(page, first.task);
      await expect.poll(() => page.getByText(`1 of ${expected.checklist.length} done.`).count()).toBe(1);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      expect(await axeViolations(page)).toEqual([]);

      // Reload: answers and ticks are still there.
      await openHydrated(page, harness.site.origin + PAGE);
      await page.locator('[data-ready="true"]').waitFor();
      await expect.poll(() => page.getByRole('checkbox', { name: first.task, exact: false }).isChecked()).toBe(true);
      expect(
        await page
          .getByRole('group', { name: 'Where are your users?' })
          .getByRole('checkbox', { name: 'United Kingdom' })
          .isChecked(),
      ).toBe(true);
      expect(await page.getByText(`1 of ${expected.checklist.length} done.`).count()).toBe(1);

      // Export the checklist as Markdown from the keyboard.
      await tabTo(page, 'button', 'Download the checklist as Markdown');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('first-30-days.md');
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const markdown = Buffer.concat(chunks).toString('utf8');
      expect(markdown.split('\n').slice(0, 4)).toEqual([
        '# First 30 days',
        '',
        `- [x] By day ${first.by_day}: ${first.task}`,
        `- [ ] By day ${expected.checklist[1]!.by_day}: ${expected.checklist[1]!.task}`,
      ]);
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('takes any country from the list, and says plainly when the kit has no guide for it, with its hotline', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors, foreignRequests }) => {
      await openHydrated(page, harness.site.origin + PAGE);
      await page.locator('[data-ready="true"]').waitFor();
      // Brazil has a guide, so it has a box; Japan has none, so it comes from the list, chosen with the keyboard.
      await tick(page, 'Brazil', 'Where are your users?');
      const other = page.getByLabel('Add another country').nth(1);
      await other.focus();
      await other.selectOption('JP');
      await tick(page, 'Uploads of images or video');
      await expect.poll(() => page.locator('#result-places').count()).toBe(1);
      const places = await page.locator('#result-places + ul').innerText();
      expect(places).toContain('Brazil: The kit has a legal guide for Brazil (as of 2026-12-07).');
      expect(places).toContain(
        "Japan: The kit has no legal guide for Japan. It cannot tell you what Japan's own law requires",
      );
      expect(places).toContain('Internet Hotline Center Japan');
      expect(
        await page
          .getByRole('group', { name: 'Where are your users?' })
          .getByRole('checkbox', { name: 'Japan' })
          .isChecked(),
      ).toBe(true);
      expect(await page.locator('article').textContent()).toContain(
        'NCMEC says that any company in the world may report to it, in its text as reproduced by the Childhood Foundation',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect({ consoleErrors, foreignRequests }).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('starts from the saved platform profile, and is axe-clean in the dark theme', async () => {
    await withWatchedPage(
      harness,
      async ({ page }) => {
        await openHydrated(page, harness.site.origin + PAGE);
        const profile = {
          version: 1,
          platform: {
            name: 'Beacon Live',
            legal_entity: 'Beacon Live, Inc.',
            url: 'https://beacon.example',
            minimum_age: '18',
          },
          contacts: {
            safety_email: 'childsafety@beacon.example',
            law_enforcement_email: 'lers@beacon.example',
            appeals_email: 'appeals@beacon.example',
            support_url: 'https://beacon.example/safety',
            safety_lead: 'Director of Trust and Safety',
          },
          established_in: ['US'],
          users_in: ['US'],
          size_band: 'small',
          features: Object.fromEntries(FEATURES.map((feature) => [feature, feature === 'live_streaming'])),
        };
        await page.evaluate(
          (text) => window.localStorage.setItem('child-safety-kit:profile', text),
          JSON.stringify(profile),
        );
        await openHydrated(page, harness.site.origin + PAGE);
        await expect.poll(() => page.getByRole('checkbox', { name: 'Live streaming' }).isChecked()).toBe(true);
        await expect
          .poll(() =>
            page
              .getByText('These answers come from the platform profile saved in this browser.', { exact: false })
              .count(),
          )
          .toBe(1);
        expect(await listItems(page, 'result-flows')).toContain('Live-streaming incident');
        expect(await axeViolations(page)).toEqual([]);
      },
      'dark',
    );
  });
});

describe('threat and feature matrix', () => {
  it('renders one cell per exposure in the data, and is axe-clean', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await openHydrated(page, harness.site.origin + MATRIX);
      const cells = inputs.threats.reduce((sum, threat) => sum + threat.exposure.length, 0);
      expect(await page.locator('table').first().locator('td [data-cell]').count()).toBe(cells);
      const cell = inputs.threats[0]!.exposure[0]!;
      expect(await page.locator(`#${cell.feature}-${inputs.threats[0]!.id}`).textContent()).toContain(cell.how);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});

describe('threat landscape sources table', () => {
  it('has one row per distinct source URL in the data, each linking to its URL and to the threats that cite it', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      await openHydrated(page, harness.site.origin + LANDSCAPE);
      const citing = new Map<string, string[]>();
      for (const threat of inputs.threats) {
        for (const source of threat.sources) {
          const ids = citing.get(source.url) ?? [];
          if (!ids.includes(threat.id)) ids.push(threat.id);
          citing.set(source.url, ids);
        }
      }
      const rows = await page
        .getByRole('region', { name: 'Sources for the threat landscape, with the edition or date we rely on' })
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => ({
            links: Array.from(tr.querySelectorAll('th[scope="row"] a')).map((a) => a.getAttribute('href')),
            cited: Array.from(tr.querySelectorAll('td a')).map((a) => a.getAttribute('href')),
          })),
        );
      expect(rows.length).toBe(citing.size);
      for (const row of rows) expect(row.links).toHaveLength(1);
      expect(rows.map((row) => row.links[0]).sort()).toEqual([...citing.keys()].sort());
      for (const row of rows) {
        expect(row.cited, row.links[0]!).toEqual(citing.get(row.links[0]!)!.map((id) => `#${id}`));
        for (const href of row.cited) expect(await page.locator(`h2${href}`).count(), href!).toBe(1);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});
