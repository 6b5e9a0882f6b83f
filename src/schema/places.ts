/**
 * The places a platform profile can name, with how prose names them. No zod here, so that code
 * running on every page (conditions, applicability) can use it.
 *
 * A profile names any country (ISO 3166-1 alpha-2, UK for the United Kingdom) or `EU` when the
 * Member State is not known; see src/schema/jurisdiction.ts. Profiles written for the first five
 * places (US, EU, UK, CA, AU) are still valid: every one of those codes kept its meaning.
 */
import { JURISDICTION_CODES, JURISDICTIONS, type JurisdictionCode } from './jurisdiction';

/** Every place a profile can name: every jurisdiction code except the catch-all INTL. */
export const PROFILE_JURISDICTIONS: readonly JurisdictionCode[] = JURISDICTION_CODES.filter((code) => code !== 'INTL');
export type ProfileJurisdiction = JurisdictionCode;

export const isProfilePlace = (code: string): boolean => code !== 'INTL' && Object.hasOwn(JURISDICTIONS, code);

/** Short names that take "the" in a sentence ("users in the Philippines"). */
const WITH_THE = new Set([
  'AE',
  'BS',
  'CF',
  'CK',
  'DO',
  'FK',
  'FO',
  'GM',
  'KY',
  'MH',
  'MV',
  'NL',
  'PH',
  'SB',
  'SC',
  'TC',
  'VA',
  'VG',
  'VI',
]);

function nameInProse(code: JurisdictionCode): string {
  if (code === 'US') return 'the United States';
  if (code === 'EU') return 'the European Union';
  if (code === 'UK') return 'the United Kingdom';
  const name = JURISDICTIONS[code] ?? code;
  return WITH_THE.has(code) ? `the ${name}` : name;
}

/** How prose names each place ("if you have users in the United Kingdom", "in France"). */
export const PLACE_NAMES: Readonly<Record<ProfileJurisdiction, string>> = Object.fromEntries(
  PROFILE_JURISDICTIONS.map((code) => [code, nameInProse(code)]),
);
