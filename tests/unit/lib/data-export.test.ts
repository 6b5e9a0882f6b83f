import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dataIndex, exportKindOf, exportRelease, exportSchema, newestAccessed } from '../../../src/lib/data-export';

const jurisdictions = [
  {
    code: 'US',
    name: 'United States (federal)',
    duty: "Report apparent CSAM to NCMEC's CyberTipline.",
    report_to: "NCMEC's CyberTipline",
    status: 'In force.',
    as_of: '2026-11-28',
    sources: [
      { title: '18 U.S.C. § 2258A', url: 'https://www.law.cornell.edu/uscode/text/18/2258A', accessed: '2026-11-28' },
    ],
  },
];

describe('data export', () => {
  it('names kinds after their files, and every flow file is one flows kind', () => {
    expect(exportKindOf('obligations.yaml')).toBe('obligations');
    expect(exportKindOf('triage.flow.yaml')).toBe('flows');
    expect(exportKindOf('.flow.yaml')).toBeUndefined();
    expect(exportKindOf('notes.yaml')).toBeUndefined();
  });

  it('stamps each file with its release, kit version and the newest accessed date', () => {
    const files = exportRelease(
      { release: '2030.01', newest: true, files: [{ name: 'jurisdictions.yaml', data: jurisdictions }] },
      '2030.1.0',
    );
    expect([...files.keys()]).toEqual(['jurisdictions']);
    expect(files.get('jurisdictions')).toMatchObject({
      $schema: '../schema/jurisdictions.schema.json',
      kind: 'jurisdictions',
      release: '2030.01',
      kit_version: '2030.1.0',
      as_of: '2026-11-28',
      data: jurisdictions,
    });
    expect(newestAccessed([{ a: [{ accessed: '2026-01-02' }, { accessed: '2026-03-01' }] }])).toBe('2026-03-01');
  });

  it('refuses a release whose data has no accessed date', () => {
    expect(() =>
      exportRelease({ release: 'next', newest: false, files: [{ name: 'variables.yaml', data: {} }] }, '1'),
    ).toThrow('Release next: no source in its data has an accessed date, so it cannot say what it is as of');
  });

  it('generates a JSON Schema that rejects a record the zod schema rejects', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(exportSchema('jurisdictions'));
    const file = exportRelease(
      { release: '2030.01', newest: true, files: [{ name: 'jurisdictions.yaml', data: jurisdictions }] },
      '1',
    ).get('jurisdictions')!;
    expect(validate(file)).toBe(true);
    expect(
      validate({
        ...file,
        data: [{ ...jurisdictions[0], sources: [{ title: 'x', url: 'ftp://x', accessed: 'soon' }] }],
      }),
    ).toBe(false);
    expect(validate({ ...file, release: 'latest' })).toBe(false);
    expect(validate({ ...file, extra: 1 })).toBe(false);
  });

  it('indexes every release with the URL of each kind and schema', () => {
    expect(
      dataIndex([{ release: '2030.01', newest: true, asOf: '2026-11-28', kinds: ['flows'] }], '1').releases,
    ).toEqual([
      { release: '2030.01', newest: true, as_of: '2026-11-28', files: { flows: '/data/2030.01/flows.json' } },
    ]);
  });
});
