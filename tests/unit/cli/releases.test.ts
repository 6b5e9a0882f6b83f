/** The CLI speaks in releases: --version, and --release on every command, through the injected I/O. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

const KIT = join(import.meta.dirname, '../../fixtures/releases');
const REPO = join(import.meta.dirname, '../../..');

async function run(args: string[], kitRoot: string | null = KIT) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    cwd: KIT,
    ...(kitRoot ? { kitRoot } : {}),
  };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('child-safety-kit and releases', () => {
  it('--version prints the kit version from package.json', async () => {
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await run(['--version'], null)).toEqual({ code: 0, out: `child-safety-kit ${version}`, err: '' });
    expect(await run(['-V'])).toEqual({ code: 0, out: 'child-safety-kit 2030.2.0', err: '' });
  });

  it.each([
    ['applicable', '--profile', 'x.yaml'],
    ['generate', '--profile', 'x.yaml', '--out', 'out'],
    ['validate-data'],
    ['validate-flow'],
    ['validate-profile', 'x.yaml'],
  ])('%s: an unknown release is a usage error (exit 2) listing the available ones', async (...args) => {
    const result = await run([...args, '--release', '1999.01']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')[0]).toBe(
      `child-safety-kit ${args[0]}: Unknown release "1999.01"; available: 2030.02, 2030.01, next`,
    );
    expect(result.err).toContain(`Usage: child-safety-kit ${args[0]}`);
    expect(result.err).toContain('--release <version>');
  });

  it('applicable reads the newest release by default, and next or an older release when asked', async () => {
    const example = join(REPO, 'static/examples/us-livestreaming.yaml');
    const newest = await run(['applicable', '--profile', example]);
    expect(newest).toEqual({
      code: 1,
      out: '',
      err: 'Missing data file versioned_docs/version-2030.02/legal/_data/obligations.yaml',
    });
    expect((await run(['applicable', '--profile', example, '--release', '2030.01'])).err).toBe(
      'Missing data file versioned_docs/version-2030.01/legal/_data/obligations.yaml',
    );
    expect((await run(['applicable', '--profile', example, '--release', 'next'])).err).toBe(
      'Missing data file docs/legal/_data/obligations.yaml',
    );
  });

  it('validate-data checks every release by default, and one release with --release', async () => {
    const all = await run(['validate-data']);
    expect(all.code).toBe(1);
    expect(all.err.split('\n').at(-1)).toBe('1 of 5 data files invalid');
    expect(all.err).toMatch(/^docs\/legal\/_data\/jurisdictions\.yaml:9:7 /);
    expect(await run(['validate-data', '--release', '2030.02'])).toEqual({
      code: 0,
      out: '2 data files valid',
      err: '',
    });
    expect((await run(['validate-data', '--release', 'next'])).code).toBe(1);
    expect((await run(['validate-data', 'docs', '--release', 'next'])).err.split('\n')[0]).toBe(
      'child-safety-kit validate-data: Name files or folders, or a --release, not both',
    );
  });

  it("validate-flow --release checks that release's own flows", async () => {
    const release = await run(['validate-flow', '--release', '2030.02']);
    expect(release).toMatchObject({ code: 0, err: '' });
    expect(release.out.split('\n')[0]).toBe('1 flow valid');
    const next = await run(['validate-flow', '--release', 'next']);
    expect(next.code).toBe(1);
    expect(next.err).toMatch(/^docs\/flows\/_data\/no-start\.flow\.yaml:/);
  });

  it('generate reads the templates of the release it is given', async () => {
    const result = await run([
      'generate',
      '--profile',
      join(REPO, 'static/examples/us-livestreaming.yaml'),
      '--out',
      'out',
      '--release',
      '2030.01',
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'versioned_docs/version-2030.01/policies/_data/variables.yaml: cannot read the file\nThe templates are invalid; nothing was written',
    );
  });
});
