import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/csv';

describe('CSV fields', () => {
  it('quote commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('turn a value that a spreadsheet would run as a formula into text', () => {
    expect(csvField('=HYPERLINK("https://evil.example","x")')).toBe(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
  });

  it('leave numbers, booleans and empty values alone', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('write a header row and CRLF line ends, so a hostile value stays in its own cell', () => {
    const csv = toCsv(['id', 'note'], [['r1', '=1+1,"x"\nrow2,=evil']]);
    expect(csv).toBe(`id,note\r\nr1,"'=1+1,""x""\nrow2,=evil"\r\n`);
  });
});
