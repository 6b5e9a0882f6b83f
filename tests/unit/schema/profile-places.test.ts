import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/lib/templates/format';
import { applicability } from '../../../src/lib/templates/applicability';
import { jurisdictionCode, jurisdictionsOf, placeIn } from '../../../src/schema/jurisdiction';
import { PLACE_NAMES, PROFILE_JURISDICTIONS } from '../../../src/schema/places';
import { FEATURES, profileSchema } from '../../../src/schema/profile';
import { EXAMPLE_CONTACTS } from '../../support/profile';

const base = {
  version: 1,
  platform: { name: 'Example', legal_entity: 'Example Ltd', url: 'https://example.org', minimum_age: '18' },
  contacts: EXAMPLE_CONTACTS,
  size_band: 'micro',
  features: Object.fromEntries(FEATURES.map((feature) => [feature, false])),
};

const messages = (established: unknown[], users: unknown[] = ['US']) => {
  const result = profileSchema.safeParse({ ...base, established_in: established, users_in: users });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('places in a profile', () => {
  it.each([
    [['US']],
    [['EU', 'UK']],
    [['CA', 'AU']],
    [['BR']],
    [['IN', 'ZA']],
    [['FR', 'DE', 'IE']],
    [['JP', 'KR', 'SG', 'NZ', 'PH']],
  ])('accepts %j, old codes and any country alike', (codes) => {
    expect(messages(codes, codes)).toEqual([]);
  });

  it.each([
    [
      'GB',
      'established_in.0: Expected a country code such as FR or BR (ISO 3166-1 alpha-2; UK for the United Kingdom), or EU when you do not know the Member State (write UK for the United Kingdom)',
    ],
    [
      'INTL',
      'established_in.0: Expected a country code such as FR or BR (ISO 3166-1 alpha-2; UK for the United Kingdom), or EU when you do not know the Member State (INTL is not a place: name the countries)',
    ],
    [
      'fr',
      'established_in.0: Expected a country code such as FR or BR (ISO 3166-1 alpha-2; UK for the United Kingdom), or EU when you do not know the Member State (write it as FR)',
    ],
    [
      'XX',
      'established_in.0: Expected a country code such as FR or BR (ISO 3166-1 alpha-2; UK for the United Kingdom), or EU when you do not know the Member State',
    ],
  ])('rejects %s and says how to fix it', (code, message) => {
    expect(messages([code])).toEqual([message]);
  });

  it('names every place in prose, with "the" where English needs it', () => {
    expect(PROFILE_JURISDICTIONS).not.toContain('GB');
    expect(PROFILE_JURISDICTIONS).not.toContain('INTL');
    expect([PLACE_NAMES.US, PLACE_NAMES.UK, PLACE_NAMES.EU, PLACE_NAMES.BR, PLACE_NAMES.PH, PLACE_NAMES.NL]).toEqual([
      'the United States',
      'the United Kingdom',
      'the European Union',
      'Brazil',
      'the Philippines',
      'the Netherlands',
    ]);
  });
});

describe('jurisdiction codes', () => {
  it('take any country, UK for the United Kingdom, EU and INTL, and nothing else', () => {
    expect(['US', 'UK', 'EU', 'INTL', 'BR', 'JP'].map((code) => jurisdictionCode.safeParse(code).success)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(jurisdictionCode.safeParse('GB').error?.issues[0]?.message).toBe(
      'Expected a jurisdiction code: an ISO 3166-1 alpha-2 country code such as FR or BR (UK for the United Kingdom), EU or INTL (write UK for the United Kingdom)',
    );
  });

  it('let a Member State inherit the EU', () => {
    expect([jurisdictionsOf('FR'), jurisdictionsOf('GB'), jurisdictionsOf('BR'), jurisdictionsOf('EU')]).toEqual([
      ['FR', 'EU'],
      ['UK'],
      ['BR'],
      ['EU'],
    ]);
    expect([placeIn('DE', 'EU'), placeIn('DE', 'FR'), placeIn('EU', 'DE')]).toEqual([true, false, false]);
  });
});

describe('templates read places the same way', () => {
  const values = { established_in: ['FR'], users_in: ['BR'] };
  it.each([
    ['EU', true],
    ['FR', true],
    ['BR', true],
    ['DE', false],
    ['UK', false],
  ])('<When jurisdiction="%s"> holds for a profile in FR with users in BR: %s', (code, holds) => {
    expect(evaluateCondition({ kind: 'jurisdiction', jurisdiction: code, not: false }, values)).toBe(holds);
  });

  it('any_jurisdiction: [EU] applies to a platform in a Member State, and says so', () => {
    expect(applicability({ any_jurisdiction: ['EU'] }, values, [])).toEqual({
      applies: true,
      reason: 'Applies because you operate in the European Union.',
    });
  });
});
