import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packZip } from '../../../../src/lib/templates/render';

describe('the pack zip', () => {
  it('holds the extra files (the crosswalk) at the top, beside the README', () => {
    const zip = unzipSync(
      packZip([{ id: 'policy', markdown: '# P\n', unresolved: [], undecided: [] }], '# Pack\n', {
        'crosswalk.csv': 'id\r\nx\r\n',
      }),
    );
    expect(Object.keys(zip).sort()).toEqual(['README.md', 'crosswalk.csv', 'markdown/policy.md']);
    expect(strFromU8(zip['crosswalk.csv']!)).toBe('id\r\nx\r\n');
  });
});
