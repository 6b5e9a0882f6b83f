/**
 * The policy templates' speed budgets, for `npm run bench` (a benchmark, not a test):
 * - `generate` of the full pack (every template, Markdown and Word) from one profile, start-up included: under 2 s;
 * - the policy pack page builds its zip in the browser: under 1 s from the click to the download;
 * - the profile editor's preview follows a keystroke without a visible delay: under 100 ms;
 * - a template page loads no export code until a download is asked for.
 * Run against the built site; medians of three runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/support/browser';

const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;
const PROFILE = 'static/examples/us-livestreaming.yaml';

function timeGenerate(root: string): number[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const out = mkdtempSync(join(tmpdir(), 'csk-bench-'));
    const start = performance.now();
    const result = spawnSync(process.execPath, ['src/cli/bin.js', 'generate', '--profile', PROFILE, '--out', out], {
      cwd: root,
      encoding: 'utf8',
    });
    times.push(performance.now() - start);
    rmSync(out, { recursive: true, force: true });
    if (result.status !== 0) throw new Error(`generate failed: ${result.stderr}`);
  }
  return times;
}

/** Lines of Markdown for the benchmark report. */
export async function benchPolicies(root: string, origin: string, buildDir: string): Promise<string[]> {
  const generate = median(timeGenerate(root));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  const zip: number[] = [];
  const keystroke: number[] = [];
  let exporterOnLoad = true;
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const profile = readFileSync(join(root, PROFILE), 'utf8');
    await page.goto(`${origin}/docs/next/policies/profile`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page
      .getByLabel('Import a profile file (YAML or JSON)')
      .setInputFiles({ name: 'profile.yaml', mimeType: 'text/yaml', buffer: Buffer.from(profile) });
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    const preview = page.getByTestId('profile-preview');
    await preview.getByText('Beacon Live').first().waitFor();
    for (let run = 0; run < RUNS; run += 1) {
      const marker = `Beacon Live ${run}`;
      await page.getByLabel('Platform name').fill('Beacon Live ');
      const start = performance.now();
      await page.getByLabel('Platform name').pressSequentially(String(run));
      await preview.getByText(marker).first().waitFor();
      keystroke.push(performance.now() - start);
    }

    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.mouse.move(0, 0);
    await page.goto(`${origin}/docs/next/policies/child-safety-policy`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    exporterOnLoad = [...scripts].some((path) =>
      readFileSync(join(buildDir, path), 'utf8').includes('word/document.xml'),
    );

    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${origin}/docs/next/policies/pack`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.locator('article').filter({ hasText: 'from your saved profile' }).waitFor();
      const start = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the policy pack (.zip)' }).click(),
      ]);
      zip.push(performance.now() - start);
      await download.delete();
    }
  } finally {
    await browser.close();
  }
  const mark = (value: number, budget: number) => `${ms(value)}${value > budget ? ' ✗' : ''}`;
  return [
    '## Policy templates',
    '',
    '| measure | median | budget |',
    '| --- | --- | --- |',
    `| \`generate\` of the full pack (Markdown and Word), start-up included | ${mark(generate, 2000)} | 2000 ms |`,
    `| policy pack zip in the browser, click to download | ${mark(median(zip), 1000)} | 1000 ms |`,
    `| profile editor preview after a keystroke | ${mark(median(keystroke), 100)} | 100 ms |`,
    `| export code loaded by a template page before a download | ${exporterOnLoad ? 'yes ✗' : 'no'} | no |`,
  ];
}
