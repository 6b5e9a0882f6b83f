/**
 * The installable package (src/cli/pack.ts): packed with `npm pack`, installed from the tarball into
 * an empty folder outside the repository, offline, and run there as a team would run it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageContentProblems, packageVersion } from '../../../src/lib/cli-package';
import { packCli } from '../../../src/cli/pack';

const root = join(import.meta.dirname, '../../..');
const release = (JSON.parse(readFileSync(join(root, 'versions.json'), 'utf8')) as string[])[0]!;

let work: string;
let project: string;
let tarball: string;
let files: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'csk-pack-'));
  ({ tarball } = await packCli(join(work, 'dist')));
  const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  files = listing.stdout
    .trim()
    .split('\n')
    .map((line) => line.replace(/^package\//, ''));
  // An empty project of the team's own, far from the repository: no node_modules to borrow from.
  project = join(work, 'team-policies');
  spawnSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), '{ "name": "team-policies", "private": true }\n');
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
    cwd: project,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
  copyFileSync(
    join(project, 'node_modules/child-safety-kit/examples/us-livestreaming.yaml'),
    join(project, 'beacon.yaml'),
  );
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function cli(...args: string[]) {
  const result = spawnSync(join(project, 'node_modules/.bin/child-safety-kit'), args, {
    cwd: project,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, out: result.stdout.trimEnd(), err: result.stderr.trimEnd() };
}

describe('the packed CLI', { timeout: 60_000 }, () => {
  it("is named for the kit's release, and holds the bundle, the release's content and examples, and nothing else", () => {
    expect(tarball.endsWith(`child-safety-kit-${packageVersion(release)}.tgz`)).toBe(true);
    expect([...new Set(files.map((file) => file.split('/')[0]))].sort()).toEqual([
      'LICENSE',
      'README.md',
      'THIRD-PARTY-NOTICES.md',
      'bin',
      'docs',
      'examples',
      'package.json',
    ]);
    expect(packageContentProblems(files)).toEqual([]);
    expect(files).toContain('docs/policies/child-safety-policy.mdx');
    expect(files.filter((file) => file.startsWith('docs/')).length).toBe(
      spawnSync('find', ['.', '-type', 'f'], {
        cwd: join(root, 'versioned_docs', `version-${release}`),
        encoding: 'utf8',
      })
        .stdout.trim()
        .split('\n').length,
    );
  });

  it('is small: under 1 MB packed and 4 MB installed', () => {
    expect(statSync(tarball).size).toBeLessThan(1_000_000);
    const size = (dir: string): number =>
      readdirSync(dir).reduce(
        (total, entry) =>
          total + (statSync(join(dir, entry)).isDirectory() ? size(join(dir, entry)) : statSync(join(dir, entry)).size),
        0,
      );
    expect(size(join(project, 'node_modules/child-safety-kit'))).toBeLessThan(4_000_000);
  });

  it('installs with no dependencies', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((entry) => !entry.startsWith('.'));
    expect(installed).toEqual(['child-safety-kit']);
  });

  it('prints its version', () => {
    expect(cli('--version')).toEqual({
      code: 0,
      out: `child-safety-kit ${packageVersion(release)} (release ${release})`,
      err: '',
    });
  });

  it('validates a profile, and names the field of a broken one', () => {
    expect(cli('validate-profile', 'beacon.yaml')).toMatchObject({ code: 0, err: '' });
    writeFileSync(join(project, 'broken.yaml'), 'version: 1\nplatform:\n  name: Beacon Live\n');
    const broken = cli('validate-profile', 'broken.yaml');
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^broken\.yaml:\d+:\d+ /m);
  });

  it('says what applies, from the release it carries', () => {
    const result = cli('applicable', '--profile', 'beacon.yaml', '--format', 'json');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.out) as Record<string, unknown>;
    expect(Object.keys(answer).length).toBeGreaterThan(3);
    expect(result.out).toContain('CyberTipline');
  });

  it('generates the policy pack as Markdown and Word', () => {
    const result = cli('generate', '--profile', 'beacon.yaml', '--out', 'policies', '--format', 'md,docx');
    expect(result.code).toBe(0);
    expect(result.out.split('\n').at(-1)).toMatch(/^\d+ files for \d+ templates in policies$/);
    const written = readdirSync(join(project, 'policies')).sort();
    expect(written).toContain('child-safety-policy.md');
    expect(written).toContain('child-safety-policy.docx');
    expect(readFileSync(join(project, 'policies/child-safety-policy.md'), 'utf8')).toContain('Beacon Live');
    const word = unzipSync(new Uint8Array(readFileSync(join(project, 'policies/child-safety-policy.docx'))));
    expect(strFromU8(word['word/document.xml']!)).toContain('Beacon Live');
  });
});
