/**
 * Jurisdictions the kit covers. The codes are a closed list: front matter, data records and the
 * platform profile all take their `jurisdictions` from here, so a typo is an error everywhere.
 */
import * as z from 'zod';

export const JURISDICTIONS = {
  US: 'United States (federal)',
  EU: 'European Union',
  UK: 'United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
  INTL: 'International (applies across jurisdictions)',
} as const;

export type JurisdictionCode = keyof typeof JURISDICTIONS;

export const JURISDICTION_CODES = Object.keys(JURISDICTIONS) as [JurisdictionCode, ...JurisdictionCode[]];

export const jurisdictionCode = z.enum(JURISDICTION_CODES, {
  error: `Expected one of the jurisdiction codes ${JURISDICTION_CODES.join(', ')}`,
});
