import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

const fixtures = join(import.meta.dirname, '../../fixtures');

/** What validate-flow says when no --profile is given. */
const DEFAULTS_LINE =
  "Time targets checked against the kit's default response times: critical 1 hour, high 4 hours, medium 24 hours, low 48 hours. Add --profile <file> to check them against the response times your policy promises.";

async function run(args: string[], cwd = join(fixtures, 'flows')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('child-safety-kit validate-flow', () => {
  it('exits 0 for a valid flow', async () => {
    expect(await run(['validate-flow', 'valid.flow.yaml'])).toEqual({
      code: 0,
      out: `1 flow valid\n${DEFAULTS_LINE}`,
      err: '',
    });
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
      DEFAULTS_LINE,
    ]);
  });

  it('rejects every unsafe flow written without labels, and accepts the safe ones', async () => {
    const unsafe = await run(['validate-flow', 'unlabelled']);
    expect(unsafe.code).toBe(1);
    const lines = unsafe.err.split('\n');
    expect(lines.slice(-2)).toEqual(['8 of 8 flows invalid', DEFAULTS_LINE]);
    expect(new Set(lines.slice(0, -2).map((line) => line.split(' ')[0]!.replace(/:\d+:\d+$/, ''))).size).toBe(8);
    expect(lines).toContain(
      'unlabelled/tells-first.flow.yaml:8:5 no-tipping-off: `warn` tells the reported account before the report to an authority and the preservation of evidence, on a path that goes on to report to an authority at `report`. Path: start → read → warn',
    );
    expect(await run(['validate-flow', 'safe'])).toEqual({ code: 0, out: `2 flows valid\n${DEFAULTS_LINE}`, err: '' });
  });

  it('checks every *.flow.yaml in a folder', async () => {
    const result = await run(['validate-flow', 'broken']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').at(-2)).toBe('18 of 18 flows invalid');
  });

  describe('--profile: time targets held to the response times the team promises', () => {
    const flow = 'flows/response-times/review-within-a-day.flow.yaml';
    const inFixtures = (...args: string[]) => run(['validate-flow', ...args], fixtures);

    it('rejects a flow whose time target is slower than the profile promises, naming the file, node, target and profile field', async () => {
      const result = await inFixtures(flow, '--profile', 'profiles/response-times/faster.yaml');
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      expect(result.err.split('\n')).toEqual([
        `${flow}:16:5 time-target-within-promise: \`review\` has the time target "within 24 hours of the report", slower than the 8 hours your policy promises for reviewing any report about a child (response_times.medium in profiles/response-times/faster.yaml); make it within {response_times.medium} of the report or faster`,
        '1 of 1 flow invalid',
        'Time targets checked against the response times in profiles/response-times/faster.yaml: critical 1 hour (default), high 4 hours (default), medium 8 hours, low 48 hours (default)',
      ]);
    });

    it('accepts the same flow with the defaults, saying so, and with a profile that promises no faster', async () => {
      expect(await inFixtures(flow)).toEqual({ code: 0, out: `1 flow valid\n${DEFAULTS_LINE}`, err: '' });
      expect(await inFixtures(flow, '--profile', 'profiles/response-times/slower.yaml')).toEqual({
        code: 0,
        out: '1 flow valid\nTime targets checked against the response times in profiles/response-times/slower.yaml: critical 1 hour (default), high 4 hours (default), medium 48 hours, low 72 hours',
        err: '',
      });
      expect(await inFixtures(flow, '--profile', 'profiles/valid.yaml')).toMatchObject({ code: 0, err: '' });
    });

    it('checks the profile as validate-profile does: a bad field is listed with file:line:column and no flow is checked', async () => {
      const result = await inFixtures(flow, '--profile', 'profiles/response-times/bad-field.yaml');
      expect(result).toEqual({
        code: 1,
        out: '',
        err: [
          'profiles/response-times/bad-field.yaml:33:3 `response_times.high`: Expected one of 15m, 30m, 1h, 2h, 4h, 8h, 12h, 24h, 48h, 72h, found "5h"',
          'profiles/response-times/bad-field.yaml: 1 problem; no flow checked',
        ].join('\n'),
      });
      expect(result.err).not.toMatch(/\n\s+at /);
    });

    it('exits 2 with a usage error, no stack trace, for a missing profile file or value', async () => {
      const missing = await inFixtures(flow, '--profile', 'profiles/nope.yaml');
      expect(missing.code).toBe(2);
      expect(missing.out).toBe('');
      expect(missing.err.split('\n')[0]).toBe('child-safety-kit validate-flow: No such file: profiles/nope.yaml');
      expect(missing.err).not.toMatch(/\n\s+at /);
      const empty = await inFixtures(flow, '--profile');
      expect(empty.code).toBe(2);
      expect(empty.err.split('\n')[0]).toBe(
        "child-safety-kit validate-flow: Option '--profile <value>' argument missing",
      );
    });
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
    expect(help.out).toMatch(/^Usage: child-safety-kit validate-flow <file-or-folder>\.\.\. \[--profile <file>\]\n/);
    expect(help.out).toContain('  --profile <file>     the platform profile');
    expect(help.out).toContain('Exit codes: 0 all valid, 1 a flow or the profile is invalid, 2 usage error.');
    expect((await run(['--help'])).out).toMatch(
      /^ {2}validate-flow +Check a reporting flow: its schema, its structure and the safety invariants$/m,
    );
  });
});
