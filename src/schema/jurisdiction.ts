/**
 * Jurisdiction codes, used by front matter, data records, the platform profile and templates:
 * - every ISO 3166-1 alpha-2 country code (src/schema/countries.ts), except that the United Kingdom
 *   is `UK`, not `GB` (UK is the code ISO 3166-1 reserves for it at its request; the kit used it
 *   before it took every country, and the UK's laws and pages are written under it);
 * - `EU`, the European Union as a grouping: its Member States inherit every EU duty (`jurisdictionsOf`);
 * - `INTL`, for records that apply across jurisdictions (international programmes, INHOPE).
 * Country fields that are plain ISO (a hotline's `country`, a destination's `countries`) keep GB.
 * A code is valid whether or not the kit has a guide for it; which ones have a guide is data
 * (docs/legal/_data/jurisdictions.yaml).
 */
import * as z from 'zod';
import { COUNTRIES, EU_MEMBER_STATES } from './countries';

/** The jurisdictions the kit covered first, in the order tables list them; every other code follows by code. */
const FIRST = {
  US: 'United States (federal)',
  EU: 'European Union',
  UK: 'United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
} as const;

export const JURISDICTIONS: Readonly<Record<string, string>> = {
  ...FIRST,
  ...Object.fromEntries(
    Object.keys(COUNTRIES)
      .filter((code) => code !== 'GB' && !Object.hasOwn(FIRST, code))
      .sort()
      .map((code) => [code, COUNTRIES[code]!]),
  ),
  INTL: 'International (applies across jurisdictions)',
};

/** A jurisdiction code (see the file comment): a country (UK for the United Kingdom), EU or INTL. */
export type JurisdictionCode = string;

export const JURISDICTION_CODES = Object.keys(JURISDICTIONS) as [JurisdictionCode, ...JurisdictionCode[]];

export const isJurisdictionCode = (code: string): boolean => Object.hasOwn(JURISDICTIONS, code);

/** The message for a code that is not one: says what is expected and how to fix the common slips. */
export function jurisdictionCodeMessage(input: unknown, what = 'a jurisdiction code'): string {
  const hint =
    input === 'GB'
      ? ' (write UK for the United Kingdom)'
      : typeof input === 'string' && isJurisdictionCode(input.trim().toUpperCase())
        ? ` (write it as ${input.trim().toUpperCase()})`
        : '';
  return `Expected ${what}: an ISO 3166-1 alpha-2 country code such as FR or BR (UK for the United Kingdom), EU or INTL${hint}`;
}

export const jurisdictionCode = z
  .string({ error: (issue) => jurisdictionCodeMessage(issue.input) })
  .refine(isJurisdictionCode, {
    error: (issue) => jurisdictionCodeMessage(issue.input),
  });

/**
 * The jurisdictions whose law a place brings in: the country itself and, for an EU Member State,
 * the EU. `GB` and `UK` both mean the United Kingdom. `jurisdictionsOf('FR')` is ['FR', 'EU'].
 */
export function jurisdictionsOf(code: string): string[] {
  if (code === 'GB' || code === 'UK') return ['UK'];
  if (code === 'EU') return ['EU'];
  return EU_MEMBER_STATES.includes(code) ? [code, 'EU'] : [code];
}

/** True when a place (a profile code, or an ISO country) is in the jurisdiction: FR is in EU and in FR. */
export const placeIn = (place: string, jurisdiction: string): boolean => jurisdictionsOf(place).includes(jurisdiction);
