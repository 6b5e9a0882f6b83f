/**
 * The reporting-flow pages of the built site: each shows its diagram (static SVG, no diagram code
 * shipped) and its step table, passes axe in both themes, fits a phone, and its buttons work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowToMermaid } from '../../src/lib/flows/mermaid';
import { flowSchema, type Flow } from '../../src/schema/flow';
import {
  builtScripts,
  NO_FAULTS,
  openHydrated,
  pageFaults,
  startHarness,
  withWatchedPage,
  type Harness,
} from './support/site';

const dataDir = join(import.meta.dirname, '../../docs/flows/_data');
const flows = readdirSync(dataDir)
  .filter((entry) => entry.endsWith('.flow.yaml'))
  .sort()
  .map((entry) => {
    const yaml = readFileSync(join(dataDir, entry), 'utf8');
    return { entry, yaml, flow: flowSchema.parse(parse(yaml)) as Flow };
  });

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const url = (id: string) => `${harness.site.origin}/docs/next/flows/${id}`;

describe('flow pages', () => {
  it('ships no diagram library to the reader', () => {
    const bundles = builtScripts();
    expect(bundles.length).toBeGreaterThan(0);
    // Strings dagre and its graph library cannot minify away.
    const shipped = bundles.filter(({ source }) => /network-simplex|tight-tree|longest-path/.test(source));
    expect(shipped.map(({ file }) => file)).toEqual([]);
  });

  describe.each(flows.map(({ flow }) => [flow.id, flow] as const))('%s', (id, flow) => {
    it('shows its diagram and its step table, and passes axe in light and dark themes', async () => {
      for (const theme of ['light', 'dark'] as const) {
        await withWatchedPage(
          harness,
          async (watch) => {
            await openHydrated(watch.page, url(id));
            const diagram = watch.page.locator(`[data-flow-diagram="${id}"]`);
            await expect.poll(() => diagram.getAttribute('role')).toBe('region');
            expect(await diagram.locator('svg.flow-svg').isVisible()).toBe(true);
            expect(await diagram.locator('svg.flow-svg').getAttribute('aria-labelledby')).toBe(
              `flow-${id}-title flow-${id}-desc`,
            );
            expect(await diagram.locator('g.flow-node').count()).toBe(flow.nodes.length);
            expect(await diagram.locator('g.flow-edge').count()).toBe(flow.edges.length);
            const table = watch.page.locator(`table[data-flow-steps="${id}"]`);
            expect(await table.locator('caption').textContent()).toBe(`Steps of the flow: ${flow.title}`);
            expect(await table.locator('tbody th[scope="row"]').allTextContents()).toEqual(
              flow.nodes.map((node, index) => `${index + 1}. ${node.label}`),
            );
            expect(await pageFaults(watch)).toEqual(NO_FAULTS);
          },
          theme,
        );
      }
    });
  });

  it('links each step to the guides it relies on, in the version being read', async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, url('confirmed-csam'));
      const hrefs = await watch.page
        .locator('table[data-flow-steps] a[href^="/docs/"]')
        .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))].sort());
      expect(hrefs).toEqual([
        '/docs/next/flows/moderator-wellbeing',
        '/docs/next/flows/sextortion',
        '/docs/next/flows/triage',
        '/docs/next/legal',
        '/docs/next/legal/first-csam-report',
        '/docs/next/policies',
      ]);
      for (const href of hrefs) {
        const response = await watch.page.request.get(harness.site.origin + href!);
        expect(`${href} ${response.status()}`).toBe(`${href} 200`);
      }
    });
  });

  it('fits a phone: the diagram scrolls inside its region, the page does not', async () => {
    await withWatchedPage(harness, async (watch) => {
      await watch.page.setViewportSize({ width: 375, height: 740 });
      await openHydrated(watch.page, url('law-enforcement-requests'));
      const region = watch.page.locator('[data-flow-diagram]');
      const sizes = await region.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      const page = await watch.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(page.scroll).toBeLessThanOrEqual(page.viewport);
      expect(await region.getAttribute('tabindex')).toBe('0');
    });
  });

  it('"Copy as Mermaid" puts the Mermaid text on the clipboard and says so', async () => {
    await withWatchedPage(harness, async (watch) => {
      await watch.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.origin });
      await openHydrated(watch.page, url('confirmed-csam'));
      await watch.page.getByRole('button', { name: 'Copy as Mermaid' }).click();
      await expect
        .poll(() => watch.page.getByRole('status').textContent())
        .toBe('Mermaid text copied to the clipboard.');
      const copied = await watch.page.evaluate(() => navigator.clipboard.readText());
      const expected = flowToMermaid(flows.find(({ flow }) => flow.id === 'confirmed-csam')!.flow);
      expect(copied).toBe(expected);
      expect(copied.split('\n')[1]).toBe('flowchart TD');
      expect(await watch.page.locator('details pre code').textContent()).toBe(expected);
      expect(watch.consoleErrors).toEqual([]);
    });
  });

  it('"Download YAML" downloads the flow file exactly as shipped', async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, url('grooming'));
      const [download] = await Promise.all([
        watch.page.waitForEvent('download'),
        watch.page.getByRole('button', { name: 'Download YAML' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('grooming.flow.yaml');
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(flows.find(({ flow }) => flow.id === 'grooming')!.yaml);
      expect(await watch.page.getByRole('status').textContent()).toBe(
        'Downloaded grooming.flow.yaml. Check your copy with: npx child-safety-kit validate-flow grooming.flow.yaml',
      );
      expect({ consoleErrors: watch.consoleErrors, foreignRequests: watch.foreignRequests }).toEqual({
        consoleErrors: [],
        foreignRequests: [],
      });
    });
  });
});
