/**
 * Plain checks with no zod, for code that runs in the reader's browser on every template page
 * (formatting a value, deciding whether it may become a link). The schemas use the same checks.
 */

/** A plain email address: no spaces, quotes or brackets, a dot in the domain. */
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/u;

/** True for a well-formed https URL with a dotted host and no credentials (`httpsUrl` in common.ts uses it). */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
