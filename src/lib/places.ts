/**
 * Places the legal data and the routing tool speak about: country and language names (the ISO code
 * lists themselves are in src/schema/iso-codes.ts), the EU's Member States, and how a country maps to
 * the kit's jurisdictions (src/schema/jurisdiction.ts).
 */
import { COUNTRIES, LANGUAGES, isCountryCode } from '../schema/iso-codes';
import type { JurisdictionCode } from '../schema/jurisdiction';

// The code lists live with the schemas that check them (schema imports nothing from lib).
export { COUNTRIES, LANGUAGES, isCountryCode, isLanguageCode } from '../schema/iso-codes';

/** The 27 Member States of the European Union (ISO codes; Greece is GR, not EL). */
// A code table, packed as a table.
// prettier-ignore
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

export function countryName(code: string): string {
  return COUNTRIES[code] ?? code;
}

export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

/** The jurisdiction a country belongs to in the kit, if any (GB → UK, DE → EU, JP → undefined). */
export function jurisdictionOfCountry(code: string): Exclude<JurisdictionCode, 'INTL'> | undefined {
  if (code === 'US' || code === 'CA' || code === 'AU') return code;
  if (code === 'GB') return 'UK';
  if (EU_MEMBER_STATES.includes(code)) return 'EU';
  return undefined;
}

/**
 * One place a user of the routing tool names: a country, or a jurisdiction taken as a whole
 * ("EU" when the Member State is not known). `country` is absent for a whole jurisdiction.
 */
export interface Place {
  /** The code as given, normalised (e.g. "UK" becomes "GB"). */
  code: string;
  jurisdiction?: Exclude<JurisdictionCode, 'INTL'>;
  country?: string;
  name: string;
}

/**
 * Read a place code: an ISO country code, or one of the kit's jurisdiction codes (US, EU, UK, CA, AU).
 * Case-insensitive. Returns undefined for anything else (including INTL, which is not a place).
 */
export function parsePlace(raw: string): Place | undefined {
  const code = raw.trim().toUpperCase();
  if (code === 'EU') return { code: 'EU', jurisdiction: 'EU', name: 'the European Union (Member State not known)' };
  const country = code === 'UK' ? 'GB' : code;
  if (!isCountryCode(country)) return undefined;
  const jurisdiction = jurisdictionOfCountry(country);
  return { code: country, country, name: countryName(country), ...(jurisdiction ? { jurisdiction } : {}) };
}

/** "France", "France and Germany", "France, Germany and Italy". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
