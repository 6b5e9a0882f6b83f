/** `npm run lint` as a user runs it: remark-cli with our .remarkrc.yaml, over real files. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from './lint';

const root = join(import.meta.dirname, '../../..');

function remark(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'csk-lint-'));
  copyFileSync(fixture('preset', name), join(dir, name));
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx'),
      join(root, 'node_modules/remark-cli/cli.js'),
      name,
      '--rc-path',
      join(root, '.remarkrc.yaml'),
      '--no-stdout',
      '--no-color',
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  return { status: result.status, report: result.stderr };
}

describe('lint preset through remark-cli', () => {
  it('fails on an error from our rules, naming the rule', () => {
    const { status, report } = remark('wrong-term.mdx');
    expect(status).toBe(1);
    expect(report).toContain(
      '9:8-9:20 error Unexpected `revenge porn`, expected `non-consensual intimate imagery (NCII)`',
    );
    expect(report).toContain('terminology child-safety-kit');
  }, 30_000);

  it('only warns when a review is due, so a date never breaks CI', () => {
    const { status, report } = remark('stale.mdx');
    expect(status).toBe(0);
    expect(report).toMatch(/5:1\s+warning Review due since 2020-07-15/);
  }, 30_000);
});
