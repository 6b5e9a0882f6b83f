import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

async function run(args: string[], cwd = join(import.meta.dirname, '../../fixtures/flows')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('child-safety-kit validate-flow', () => {
  it('exits 0 for a valid flow', async () => {
    expect(await run(['validate-flow', 'valid.flow.yaml'])).toEqual({ code: 0, out: '1 flow valid', err: '' });
  });

  it('exits 1 listing each violation with file:line:column, invariant id and the path of node ids', async () => {
    const result = await run([
      'validate-flow',
      'broken/no-tipping-off.flow.yaml',
      'broken/reaches-end.flow.yaml',
      'valid.flow.yaml',
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toEqual([
      'broken/no-tipping-off.flow.yaml:8:5 no-tipping-off: `warn` tells the reported account before the report to an authority and the preservation of evidence, on a path where a reportable offence against a child is suspected. Path: start → support → review → warn',
      'broken/reaches-end.flow.yaml:11:5 reaches-end: `stuck` has no way out and is not an end; add an edge from it or make it kind: end. Path: start → route → stuck',
      'broken/reaches-end.flow.yaml:12:5 reaches-end: No path from `ask` reaches an end: it leads only into a loop; add a way out to a node with kind: end. Path: start → route → ask',
      '2 of 3 flows invalid',
    ]);
  });

  it('rejects every unsafe flow written without labels, and accepts the safe ones', async () => {
    const unsafe = await run(['validate-flow', 'unlabelled']);
    expect(unsafe.code).toBe(1);
    const lines = unsafe.err.split('\n');
    expect(lines.at(-1)).toBe('8 of 8 flows invalid');
    expect(new Set(lines.slice(0, -1).map((line) => line.split(' ')[0]!.replace(/:\d+:\d+$/, ''))).size).toBe(8);
    expect(lines).toContain(
      'unlabelled/tells-first.flow.yaml:8:5 no-tipping-off: `warn` tells the reported account before the report to an authority and the preservation of evidence, on a path that goes on to report to an authority at `report`. Path: start → read → warn',
    );
    expect(await run(['validate-flow', 'safe'])).toEqual({ code: 0, out: '2 flows valid', err: '' });
  });

  it('checks every *.flow.yaml in a folder', async () => {
    const result = await run(['validate-flow', 'broken']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').at(-1)).toBe('17 of 17 flows invalid');
  });

  it('exits 2 with usage when no file is named, the file is missing or an option is unknown', async () => {
    const none = await run(['validate-flow']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(
      /^child-safety-kit validate-flow: Name the flow file to check, e\.g\. docs\/flows\/_data\/confirmed-csam\.flow\.yaml\n\nUsage: child-safety-kit validate-flow <file-or-folder>\.\.\./,
    );
    const missing = await run(['validate-flow', 'nope.flow.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.err.split('\n')[0]).toBe('child-safety-kit validate-flow: No such file or folder: nope.flow.yaml');
    const empty = await run(['validate-flow', 'expected']);
    expect(empty.code).toBe(2);
    expect(empty.err.split('\n')[0]).toBe('child-safety-kit validate-flow: No *.flow.yaml files in expected');
    expect((await run(['validate-flow', '--strict', 'valid.flow.yaml'])).code).toBe(2);
  });

  it('prints its usage with --help and exit 0, and is listed in the help', async () => {
    const help = await run(['validate-flow', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: child-safety-kit validate-flow <file-or-folder>\.\.\.\n/);
    expect(help.out).toContain('Exit codes: 0 all valid, 1 a flow is invalid, 2 usage error.');
    expect((await run(['--help'])).out).toMatch(
      /^ {2}validate-flow +Check a reporting flow: its schema, its structure and the safety invariants$/m,
    );
  });
});
