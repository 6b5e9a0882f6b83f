import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

async function run(args: string[], cwd = join(import.meta.dirname, '../../fixtures/data')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('child-safety-kit CLI', () => {
  it('prints help and exits 2 without a command, 0 with --help', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^Usage: child-safety-kit <command> \[options\]/);
    expect((await run(['--help'])).code).toBe(0);
  });

  it('prints the kit version from the package.json beside the kit, and exits 0', async () => {
    const { readFileSync } = await import('node:fs');
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run(['--version'])).toEqual({ code: 0, out: `child-safety-kit ${version}`, err: '' });
  });

  it('exits 2 on an unknown command', async () => {
    const result = await run(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe('child-safety-kit: unknown command "frobnicate"');
  });

  it('validate-data: exit 0 on valid data', async () => {
    expect(await run(['validate-data', 'legal'])).toEqual({ code: 0, out: '1 data file valid', err: '' });
  });

  it('validate-data: exit 1 listing file:line field and message', async () => {
    const result = await run(['validate-data', 'bad/_data/jurisdictions.yaml']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toBe(
      'bad/_data/jurisdictions.yaml:9:7 `[0].sources[0].url`: Expected a well-formed https URL (https://host.example/path), found "ftp://example.org/2258A"',
    );
    expect(result.err.split('\n').at(-1)).toBe('1 of 1 data file invalid');
  });

  it('validate-data: exit 2 with usage for a missing path or an unknown option', async () => {
    const missing = await run(['validate-data', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /^child-safety-kit validate-data: No such file or folder: nope\n\nUsage: child-safety-kit validate-data/,
    );
    expect((await run(['validate-data', '--bogus'])).code).toBe(2);
    expect((await run(['validate-data', '--help'])).out).toMatch(/^Usage: child-safety-kit validate-data/);
  });
});
