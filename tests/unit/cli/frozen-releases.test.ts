/** `npm run releases:frozen`: its exit codes and messages, in a copy of the releases fixture with a fake build. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../../..');
const SCRIPT = join(REPO, 'src/cli/frozen-releases.ts');
const KIT = join(import.meta.dirname, '../../fixtures/releases');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csk-frozen-cli-'));
  cpSync(KIT, dir, { recursive: true });
  mkdirSync(join(dir, 'build/docs'), { recursive: true });
  writeFileSync(join(dir, 'build/docs.html'), '<!doctype html><html><head></head><body>newest</body></html>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const env = { ...process.env };
  delete env.KIT_FROZEN_DIR;
  const result = spawnSync(join(REPO, 'node_modules/.bin/tsx'), [SCRIPT, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

describe('npm run releases:frozen', () => {
  it('exit 2 with usage for an option it does not know', () => {
    expect(run('--bogus')).toEqual({
      code: 2,
      out: '',
      err: 'usage: npm run releases:frozen [-- <folder>]   (default: $KIT_FROZEN_DIR or frozen-releases)',
    });
  });

  it('exit 1 naming the release and the fix when a left-out release was never saved, copying nothing', () => {
    expect(run()).toEqual({
      code: 1,
      out: '',
      err:
        `releases:frozen: Release 2030.01 was not built (KIT_BUILD_RELEASES leaves it out) and ${join(dir, 'frozen-releases')} ` +
        'holds no frozen output of it. Build once with every release (unset KIT_BUILD_RELEASES, or raise it) and run ' +
        'npm run releases:frozen to save it.',
    });
    expect(readdirSync(join(dir, 'build'))).toEqual(['docs', 'docs.html']);
  });

  it('exit 1 when there is no build to save from or merge into', () => {
    rmSync(join(dir, 'build'), { recursive: true });
    expect(run()).toEqual({
      code: 1,
      out: '',
      err: 'releases:frozen: there is no build/ here; run npm run build first',
    });
  });

  it('saves an older release the build made, into the folder named', () => {
    writeFileSync(join(dir, 'build/docs/2030.01.html'), '<!doctype html><html><head></head><body>old</body></html>');
    expect(run('kept')).toEqual({ code: 0, out: 'releases:frozen: saved 2030.01; merged into build/ none', err: '' });
    expect(existsSync(join(dir, 'kept/2030.01/docs/2030.01.html'))).toBe(true);
  });
});
