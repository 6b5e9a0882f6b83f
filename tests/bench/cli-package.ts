/**
 * The installed CLI package's speed, for `npm run bench` (a benchmark, not a test). Packs the CLI
 * (src/cli/pack.ts), installs the tarball into an empty folder outside the repository, and times,
 * each as a fresh process, median of five:
 * - `child-safety-kit --version`: under 300 ms (cold start);
 * - `generate` of the full pack (every template that applies, Markdown and Word) from an example
 *   profile: under 2 s. The first run parses the templates and fills the package's cache; it is
 *   reported on its own line.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packCli } from '../../src/cli/pack';

const RUNS = 5;
const BUDGET_MS = { version: 300, generate: 2000 } as const;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timed(bin: string, args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(bin, args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`child-safety-kit ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

/** Lines of Markdown for the benchmark report. */
export async function benchCliPackage(): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'csk-bench-pack-'));
  try {
    const { tarball } = await packCli(join(work, 'dist'));
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "bench", "private": true }\n');
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: project,
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`installing the package failed: ${install.stderr}`);
    copyFileSync(
      join(project, 'node_modules/child-safety-kit/examples/us-livestreaming.yaml'),
      join(project, 'profile.yaml'),
    );
    const bin = join(project, 'node_modules/.bin/child-safety-kit');
    const generate = (run: number) =>
      timed(bin, ['generate', '--profile', 'profile.yaml', '--out', `out-${run}`, '--format', 'md,docx'], project);

    const version = median(Array.from({ length: RUNS }, () => timed(bin, ['--version'], project)));
    const first = generate(0);
    const cached = median(Array.from({ length: RUNS }, (_, run) => generate(run + 1)));
    const mark = (value: number, budget: number) => `${Math.round(value)} ms${value > budget ? ' ✗' : ''}`;
    return [
      '',
      '## The installed CLI package',
      '',
      `Installed from its tarball into an empty folder; each run a fresh process, median of ${RUNS}. ✗ marks a time over budget.`,
      '',
      '| command | time | budget |',
      '| --- | --- | --- |',
      `| \`child-safety-kit --version\` (cold start) | ${mark(version, BUDGET_MS.version)} | ${BUDGET_MS.version} ms |`,
      `| \`generate\`, full pack, md and docx | ${mark(cached, BUDGET_MS.generate)} | ${BUDGET_MS.generate} ms |`,
      `| \`generate\`, first run after install (parses the templates) | ${Math.round(first)} ms | none |`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) process.stdout.write(`${(await benchCliPackage()).join('\n')}\n`);
