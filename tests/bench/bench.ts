/**
 * `npm run bench`: a benchmark, not a test. Builds the site from cold (timed), serves it, runs
 * Lighthouse (mobile, default throttling) three times on the home page and on one page of each page
 * type of the default version, in English and in French (/fr/: the French page where the release has
 * one, else the French site's page that says it is not yet translated), and prints the medians with JS and total bytes as a Markdown table
 * (also written to bench-results/bench.md), with the policy budgets (policies.ts) and the installed
 * CLI package's cold start and pack generation (cli-package.ts). Budgets: performance >= 95; accessibility, best
 * practices and SEO 100.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, missingBrowserMessage } from '../e2e/support/browser';
import { serveStatic } from '../e2e/support/server';
import { benchCliPackage } from './cli-package';
import { benchPolicies } from './policies';
import { measureVersions, versionTable } from './versions';
import { readPages, resolveRelease, translationRoot } from '../../src/lib/node/releases';

const root = join(import.meta.dirname, '../..');
const RUNS = 3;
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof BUDGET;

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

function timedBuild(): number {
  spawnSync('npx', ['docusaurus', 'clear'], { cwd: root, stdio: 'ignore' });
  const start = performance.now();
  const result = spawnSync('npx', ['docusaurus', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) fail('the build failed');
  return (performance.now() - start) / 1000;
}

/** One URL per page type, from the default (newest released) version's docs (or their French translations). */
function pagesByType(dir = resolveRelease(root).root): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, frontMatter: data } of readPages(dir)) {
    const type = String(data.page_type);
    if (found.has(type)) continue;
    const slug =
      typeof data.slug === 'string'
        ? data.slug
        : `/${relative(dir, file)
            .replace(/\.mdx?$/, '')
            .replace(/(^|\/)index$/, '')}`;
    found.set(type, `/docs${slug === '/' ? '' : slug.replace(/\/$/, '')}`);
  }
  return found;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

interface Row {
  name: string;
  path: string;
  scores: Record<Category, number>;
  jsBytes: number;
  totalBytes: number;
}

async function main() {
  const missing = missingBrowserMessage();
  if (missing) fail(missing);
  const buildSeconds = timedBuild();
  const site = await serveStatic(join(root, 'build'));
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
  const targets: [string, string][] = [
    ['home', '/'],
    ...[...pagesByType()].map(([type, path]): [string, string] => [type, path]),
  ];
  // The French site: its home, the translated page of each type the release has in French, else the
  // French site's English page of that type (with its "not yet translated" notice).
  const french = pagesByType(translationRoot(root, 'fr', resolveRelease(root)));
  targets.push(
    ['home (fr)', '/fr/'],
    ...[...pagesByType()].map(([type, path]): [string, string] => [`${type} (fr)`, `/fr${french.get(type) ?? path}`]),
  );
  const rows: Row[] = [];
  let policyLines: string[] = [];
  try {
    for (const [name, path] of targets) {
      const runs: { scores: Record<Category, number>; js: number; total: number }[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const result = await lighthouse(site.origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!result) fail(`Lighthouse returned nothing for ${path}`);
        const { categories, audits } = result.lhr;
        const summary =
          (
            audits['resource-summary']?.details as
              { items?: { resourceType: string; transferSize: number }[] } | undefined
          )?.items ?? [];
        runs.push({
          scores: Object.fromEntries(
            (Object.keys(BUDGET) as Category[]).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)]),
          ) as Record<Category, number>,
          js: summary.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
          total: summary.find((item) => item.resourceType === 'total')?.transferSize ?? 0,
        });
      }
      rows.push({
        name,
        path,
        scores: Object.fromEntries(
          (Object.keys(BUDGET) as Category[]).map((key) => [key, median(runs.map((r) => r.scores[key]))]),
        ) as Record<Category, number>,
        jsBytes: median(runs.map((r) => r.js)),
        totalBytes: median(runs.map((r) => r.total)),
      });
      process.stderr.write(`bench: ${name} ${path} done\n`);
    }
    policyLines = ['', ...(await benchPolicies(root, site.origin, join(root, 'build')))];
  } finally {
    chrome.kill();
    await site.close();
  }
  const mark = (key: Category, value: number) => `${value}${value < BUDGET[key] ? ' ✗' : ''}`;
  const lines = [
    `# Benchmark, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Cold build, both locales (en and fr): ${buildSeconds.toFixed(1)} s. Lighthouse ${RUNS} runs per page (mobile), medians. ✗ marks a score under budget.`,
    '',
    '| page | path | performance | accessibility | best practices | SEO | JS | total |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.path} | ${mark('performance', row.scores.performance)} | ${mark('accessibility', row.scores.accessibility)} | ${mark('best-practices', row.scores['best-practices'])} | ${mark('seo', row.scores.seo)} | ${kib(row.jsBytes)} | ${kib(row.totalBytes)} |`,
    ),
    '',
    `Budget: performance ≥ ${BUDGET.performance}; accessibility, best practices and SEO ${BUDGET.accessibility}.`,
    ...policyLines,
    ...(await benchCliPackage()),
    '',
    ...versionTable(measureVersions(resolveRelease(root).name)),
  ];
  const table = `${lines.join('\n')}\n`;
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'bench.md'), table);
  process.stdout.write(table);
  if (!existsSync(join(root, 'bench-results', 'bench.md'))) fail('could not write bench-results/bench.md');
}

await main();
