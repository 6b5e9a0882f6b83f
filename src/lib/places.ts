/**
 * Places the legal data and the routing tool speak about: ISO 3166-1 alpha-2 country codes,
 * ISO 639-1 language codes, and how a country maps to the kit's jurisdictions (src/schema/jurisdiction.ts).
 * The code lists themselves live in src/schema/countries.ts, so schemas can use them without importing lib.
 */
import { COUNTRIES, EU_MEMBER_STATES, LANGUAGES, isCountryCode, isLanguageCode } from '../schema/countries';
import { jurisdictionsOf, type JurisdictionCode } from '../schema/jurisdiction';

export { COUNTRIES, EU_MEMBER_STATES, LANGUAGES, isCountryCode, isLanguageCode };

export function countryName(code: string): string {
  return COUNTRIES[code] ?? code;
}

/**
 * A place code's name in another language of the kit, from the runtime's own CLDR data
 * (`Intl.DisplayNames`; Node 20 and every current browser carry it): FR → "France",
 * UK (the kit's code for GB) → "Royaume-Uni", EU → "Union européenne". Undefined for a code
 * that is not a place (so a caller can fall back to its own label).
 */
export function placeNameIn(code: string, lang: string): string | undefined {
  const upper = code.trim().toUpperCase();
  const region = upper === 'UK' ? 'GB' : upper;
  if (region !== 'EU' && !isCountryCode(region)) return undefined;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(region);
    return name === undefined || name === region ? undefined : name;
  } catch {
    return undefined;
  }
}

export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}

/**
 * The widest jurisdiction a country belongs to in the kit: GB → UK, DE → EU (a Member State's own
 * national duties match through `Place.country`, see `placeWithin`), JP → JP.
 */
export function jurisdictionOfCountry(code: string): Exclude<JurisdictionCode, 'INTL'> {
  if (code === 'GB') return 'UK';
  if (EU_MEMBER_STATES.includes(code)) return 'EU';
  return code;
}

/** True when a duty of `jurisdiction` reaches the place: FR is within FR and within EU; GB within UK. */
export function placeWithin(place: Place, jurisdiction: JurisdictionCode): boolean {
  return (
    place.jurisdiction === jurisdiction ||
    (place.country !== undefined && jurisdictionsOf(place.country).includes(jurisdiction))
  );
}

/**
 * One place a user of the routing tool names: a country, or a jurisdiction taken as a whole
 * ("EU" when the Member State is not known). `country` is absent for a whole jurisdiction.
 */
export interface Place {
  /** The code as given, normalised (e.g. "UK" becomes "GB"). */
  code: string;
  jurisdiction: Exclude<JurisdictionCode, 'INTL'>;
  country?: string;
  name: string;
}

/**
 * Read a place code: an ISO country code, UK (the kit's code for GB), or EU for a Member State not known.
 * Case-insensitive. Returns undefined for anything else (including INTL, which is not a place).
 */
export function parsePlace(raw: string): Place | undefined {
  const code = raw.trim().toUpperCase();
  if (code === 'EU') return { code: 'EU', jurisdiction: 'EU', name: 'the European Union (Member State not known)' };
  const country = code === 'UK' ? 'GB' : code;
  if (!isCountryCode(country)) return undefined;
  const jurisdiction = jurisdictionOfCountry(country);
  return { code: country, country, name: countryName(country), jurisdiction };
}

/** "France", "France and Germany", "France, Germany and Italy". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
