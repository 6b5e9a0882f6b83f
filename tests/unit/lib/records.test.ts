import { describe, expect, it } from 'vitest';
import { columnLabel, recordCsv } from '../../../src/lib/records';
import type { RecordLog } from '../../../src/schema/records';

/** A log whose headings try to break the CSV, in both languages. */
const hostile: RecordLog = {
  id: 'test-log',
  title: 'Test log',
  purpose: 'A test.',
  keep: 'Keep it for the test, then delete it.',
  sources: [{ title: 'A rule', url: 'https://example.org/rule', accessed: '2026-12-07', pinpoint: 's. 1' }],
  clauses: ['child-safety-policy#scope'],
  columns: [
    { id: 'formula', label: '=SUM(A1)', labels: { fr: '=SOMME(A1)' }, help: 'A formula.' },
    { id: 'quoted', label: 'Say "hi", then', labels: { fr: '-Dites « oui », puis "non"' }, help: 'Quotes.' },
    { id: 'plain', label: 'Plain', help: 'No French heading.' },
  ],
};

describe('record CSV headers in the language of the pack', () => {
  it('reads the French heading for fr, the English one otherwise or when none is given', () => {
    expect(columnLabel(hostile.columns[0]!, 'fr')).toBe('=SOMME(A1)');
    expect(columnLabel(hostile.columns[0]!)).toBe('=SUM(A1)');
    expect(columnLabel(hostile.columns[2]!, 'fr')).toBe('Plain');
  });

  it('keeps a French heading from running as a formula or breaking the quoting', () => {
    expect(recordCsv(hostile, 'fr')).toBe(`'=SOMME(A1),"'-Dites « oui », puis ""non""",Plain\r\n`);
    expect(recordCsv(hostile)).toBe(`'=SUM(A1),"Say ""hi"", then",Plain\r\n`);
  });
});
