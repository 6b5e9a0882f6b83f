import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFile } from '../../../src/lib/node/data';
import {
  describeCount,
  directoryOptions,
  filterHotlines,
  fold,
  type HotlineFilter,
} from '../../../src/lib/hotline-directory';
import type { Hotline } from '../../../src/schema/hotlines';

const result = validateDataFile(join(import.meta.dirname, '../../fixtures/legal/ok/_data/hotlines.yaml'));
const hotlines = (result.ok ? result.data : []) as Hotline[];
const ids = (filter: HotlineFilter) => filterHotlines(hotlines, filter).map((hotline) => hotline.id);

describe('hotline directory', () => {
  it('shows every hotline, sorted by country name then organisation, when no filter is set', () => {
    expect(ids({})).toEqual(['h-at', 'h-fr', 'h-de-a', 'h-de-b', 'h-nz', 'h-gb', 'h-us']);
  });

  it.each<[string, HotlineFilter, string[]]>([
    ['by country', { country: 'DE' }, ['h-de-a', 'h-de-b']],
    ['by what it accepts', { accepts: 'ncii' }, ['h-fr']],
    ['by language', { language: 'en' }, ['h-de-b', 'h-nz', 'h-gb', 'h-us']],
    ['by all three at once', { country: 'DE', accepts: 'csam', language: 'en' }, ['h-de-b']],
    ['by a word of the name', { query: 'zeta' }, ['h-de-b']],
    ['by the country name', { query: 'germany' }, ['h-de-a', 'h-de-b']],
    ['ignoring accents and case', { query: 'OSTERREICHISCHE' }, ['h-at']],
    ['every word must match', { query: 'british foundation' }, ['h-gb']],
    ['nothing when nothing matches', { query: 'nowhere' }, []],
    [
      'empty filters are ignored',
      { query: '  ', country: '', accepts: '', language: '' },
      ['h-at', 'h-fr', 'h-de-a', 'h-de-b', 'h-nz', 'h-gb', 'h-us'],
    ],
  ])('filters %s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('offers only the countries and languages in the data, by English name', () => {
    expect(directoryOptions(hotlines)).toEqual({
      countries: ['AT', 'FR', 'DE', 'NZ', 'GB', 'US'],
      languages: ['en', 'fr', 'de'],
    });
  });

  it('words the live count', () => {
    expect([describeCount(7, 7), describeCount(1, 7), describeCount(0, 7)]).toEqual([
      'Showing all 7 hotlines.',
      'Showing 1 of 7 hotlines.',
      'Showing 0 of 7 hotlines.',
    ]);
    expect(fold('Švarus Österreich')).toBe('svarus osterreich');
  });
});
