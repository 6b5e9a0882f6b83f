import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = join(import.meta.dirname, '../../fixtures/legal');
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('child-safety-kit validate-data on the legal data kinds', () => {
  it('exits 0 on the valid legal fixtures', async () => {
    expect(await run(['validate-data', 'ok'])).toEqual({ code: 0, out: '4 data files valid', err: '' });
  });

  it('exits 1 with file:line:col, field and fix for a broken hotline file', async () => {
    const result = await run(['validate-data', 'bad/_data/hotlines.yaml']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      'bad/_data/hotlines.yaml:2:3 `[0].country`: Expected an ISO 3166-1 alpha-2 country code such as DE, found "UK"',
      'bad/_data/hotlines.yaml:6:25 `[0].accepts[2]`: Expected one of csam, grooming, sextortion, trafficking, ncii, other_illegal, found "memes"',
      'bad/_data/hotlines.yaml:7:15 `[0].languages[0]`: Expected an ISO 639-1 language code such as de, found "english"',
      'bad/_data/hotlines.yaml:8:3 `[0].anonymous`: Expected anonymous: true, or no anonymous key when not stated, found false',
      'bad/_data/hotlines.yaml:9:3 `[0].inhope_member`: Expected inhope_member: true, false or unconfirmed, found "maybe"',
      '1 of 1 data file invalid',
    ]);
  });
});
