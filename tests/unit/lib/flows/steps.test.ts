import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { stepRows } from '../../../../src/lib/flows/steps';
import { flowSchema } from '../../../../src/schema/flow';

const valid = flowSchema.parse(
  parse(readFileSync(join(import.meta.dirname, '../../../fixtures/flows/valid.flow.yaml'), 'utf8')),
);

describe('step table', () => {
  const rows = stepRows(valid);

  it('has one row per node, numbered in file order, with role, target, records and links', () => {
    expect(rows.map((row) => `${row.number}. ${row.label} (${row.role})`)).toEqual([
      '1. A report arrives (User)',
      '2. Review the report with as few people as possible (Moderator)',
      '3. Is it apparent CSAM? (Moderator)',
      '4. Preserve the content and logs (T&S lead)',
      '5. Report to the authority (Legal)',
      '6. Delete the content (Moderator)',
      '7. Tell the account which rule it broke (Moderator)',
      '8. Case closed (T&S lead)',
      '9. Offer the child support (Moderator)',
    ]);
    expect(rows[1]).toMatchObject({
      timeTarget: 'within 24 hours',
      records: ['Review note'],
      reliesOn: ['legal/first-csam-report'],
    });
  });

  it('says what each kind of node does and where each way out leads', () => {
    expect(rows[2]!.next).toEqual([
      { when: 'yes', to: 4, toLabel: 'Preserve the content and logs', establishes: ['apparent CSAM is confirmed'] },
      { when: 'no', to: 8, toLabel: 'Case closed', establishes: [] },
    ]);
    expect(rows.map((row) => row.detail).filter(Boolean)).toEqual([
      'Keep for: 1 year after the report',
      "Report to: NCMEC's CyberTipline (US)",
      'Delete the content',
      'Tells: the reported account',
      'Tells: the person targeted',
    ]);
  });
});
