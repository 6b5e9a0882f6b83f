import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  EU_MEMBER_STATES,
  LANGUAGES,
  jurisdictionOfCountry,
  listNames,
  parsePlace,
  placeWithin,
} from '../../../src/lib/places';

describe('places', () => {
  it('has the 249 ISO 3166-1 countries and no reserved or regional codes', () => {
    expect(Object.keys(COUNTRIES)).toHaveLength(249);
    for (const code of ['UK', 'EU', 'EZ', 'UN', 'XK', 'ZZ']) expect(COUNTRIES[code], code).toBeUndefined();
    expect(COUNTRIES.GB).toBe('United Kingdom');
    expect(LANGUAGES.de).toBe('German');
    expect(LANGUAGES.iw).toBeUndefined();
  });

  it('lists the 27 EU Member States, each a known country', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EU_MEMBER_STATES.filter((code) => !COUNTRIES[code])).toEqual([]);
  });

  it.each([
    ['US', 'US'],
    ['GB', 'UK'],
    ['CA', 'CA'],
    ['AU', 'AU'],
    ['DE', 'EU'],
    ['GR', 'EU'],
    ['CH', 'CH'],
    ['NO', 'NO'],
    ['BR', 'BR'],
  ])('maps %s to the jurisdiction %s', (code, jurisdiction) => {
    expect(jurisdictionOfCountry(code)).toBe(jurisdiction);
  });

  it.each([
    ['uk', { code: 'GB', country: 'GB', jurisdiction: 'UK', name: 'United Kingdom' }],
    [' de ', { code: 'DE', country: 'DE', jurisdiction: 'EU', name: 'Germany' }],
    ['EU', { code: 'EU', jurisdiction: 'EU', name: 'the European Union (Member State not known)' }],
    ['JP', { code: 'JP', country: 'JP', jurisdiction: 'JP', name: 'Japan' }],
    ['INTL', undefined],
    ['XX', undefined],
    ['', undefined],
  ])('reads the place %j', (raw, place) => {
    expect(parsePlace(raw)).toEqual(place);
  });

  it.each([
    ['FR', 'FR', true],
    ['FR', 'EU', true],
    ['FR', 'DE', false],
    ['GB', 'UK', true],
    ['UK', 'UK', true],
    ['GB', 'EU', false],
    ['BR', 'BR', true],
    ['EU', 'EU', true],
    ['EU', 'FR', false],
    ['IE', 'EU', true],
  ])('a place %s is within %s: %s', (raw, jurisdiction, within) => {
    expect(placeWithin(parsePlace(raw)!, jurisdiction)).toBe(within);
  });

  it('joins names in plain English', () => {
    expect([
      listNames([]),
      listNames(['France']),
      listNames(['France', 'Germany']),
      listNames(['France', 'Germany', 'Italy']),
    ]).toEqual(['', 'France', 'France and Germany', 'France, Germany and Italy']);
  });
});
