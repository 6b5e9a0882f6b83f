/**
 * CSV that any spreadsheet opens safely: RFC 4180 quoting (a field with a comma, quote or line
 * break is quoted, quotes doubled), CRLF line ends, and no formula injection: a field that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe, so a value
 * such as `=HYPERLINK(…)` from a profile or a record shows as text and never runs as a formula
 * (the OWASP "CSV injection" advice).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, made safe and quoted as needed. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole table: the header row, then one line per row, each ending in CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
