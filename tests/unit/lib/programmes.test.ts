import { describe, expect, it } from 'vitest';
import {
  asOfDate,
  FILTERS,
  filterProgrammes,
  filtersFromSearch,
  findProgramme,
  programmeDocId,
  resultSummary,
  searchFromFilters,
  type Filterable,
} from '../../../src/lib/programmes';
import { formatLongDate } from '../../../src/lib/dates';

type Row = Filterable & { id: string };

const row = (
  id: string,
  kind: Row['kind'],
  outsideUs: Row['eligibility']['outside_us'],
  cost: Row['cost_model'],
  effort: Row['integration_effort'],
): Row => ({
  id,
  kind,
  eligibility: { outside_us: outsideUs },
  cost_model: cost,
  integration_effort: effort,
});

const rows: Row[] = [
  row('uk-list', 'hash_list', 'yes', 'paid', 'medium'),
  row('us-list', 'hash_list', 'unknown', 'not_published', 'high'),
  row('cdn', 'matching_service', 'unknown', 'not_published', 'low'),
  row('free-api', 'matching_service', 'unknown', 'free', 'medium'),
  row('oss', 'open_source_tool', 'yes', 'free', 'high'),
  row('notices', 'reporting_service', 'yes', 'not_applicable', 'low'),
];
const ids = (list: readonly Row[]) => list.map((programme) => programme.id);

describe('filterProgrammes', () => {
  it('returns every programme, in order, when no filter is set', () => {
    expect(ids(filterProgrammes(rows, {}))).toEqual(['uk-list', 'us-list', 'cdn', 'free-api', 'oss', 'notices']);
  });

  it('filters by each field on its own', () => {
    expect(ids(filterProgrammes(rows, { kind: 'matching_service' }))).toEqual(['cdn', 'free-api']);
    expect(ids(filterProgrammes(rows, { outsideUs: 'yes' }))).toEqual(['uk-list', 'oss', 'notices']);
    expect(ids(filterProgrammes(rows, { cost: 'free' }))).toEqual(['free-api', 'oss']);
    expect(ids(filterProgrammes(rows, { effort: 'low' }))).toEqual(['cdn', 'notices']);
  });

  it('combines filters with AND, and can match nothing', () => {
    expect(ids(filterProgrammes(rows, { outsideUs: 'yes', cost: 'free' }))).toEqual(['oss']);
    expect(ids(filterProgrammes(rows, { kind: 'hash_list', effort: 'low' }))).toEqual([]);
    expect(ids(filterProgrammes(rows, { kind: 'signal_sharing' }))).toEqual([]);
  });

  it('treats "not published" as its own answer, not as yes or no', () => {
    expect(ids(filterProgrammes(rows, { outsideUs: 'unknown' }))).toEqual(['us-list', 'cdn', 'free-api']);
    expect(ids(filterProgrammes(rows, { outsideUs: 'no' }))).toEqual([]);
  });
});

describe('resultSummary', () => {
  it('words the live-region announcement for all, some and none', () => {
    expect(resultSummary(13, 13)).toBe('Showing all 13 programmes.');
    expect(resultSummary(3, 13)).toBe('Showing 3 of 13 programmes.');
    expect(resultSummary(0, 13)).toBe('No programme matches these filters (0 of 13).');
  });

  it('words it in the language of the text the page passes', () => {
    const french = {
      none: (total: number) => `Aucun programme ne correspond à ces filtres (0 sur ${total}).`,
      all: (total: number) => `Les ${total} programmes sont affichés.`,
      some: (shown: number, total: number) => `Programmes affichés : ${shown} sur ${total}.`,
    };
    expect(resultSummary(13, 13, french)).toBe('Les 13 programmes sont affichés.');
    expect(resultSummary(3, 13, french)).toBe('Programmes affichés : 3 sur 13.');
    expect(resultSummary(0, 13, french)).toBe('Aucun programme ne correspond à ces filtres (0 sur 13).');
  });
});

describe('filters in the address', () => {
  it('reads known values and ignores unknown ones', () => {
    expect(filtersFromSearch('?kind=hash_list&outside-us=yes&cost=free&effort=low')).toEqual({
      kind: 'hash_list',
      outsideUs: 'yes',
      cost: 'free',
      effort: 'low',
    });
    expect(filtersFromSearch('?kind=blockchain&effort=&cost=toString&utm=x')).toEqual({});
    expect(filtersFromSearch('')).toEqual({});
  });

  it('writes filters, keeps other parameters and drops cleared filters', () => {
    expect(searchFromFilters({ cost: 'free', outsideUs: 'yes' })).toBe('?outside-us=yes&cost=free');
    expect(searchFromFilters({ effort: 'low' }, '?lang=en&cost=paid')).toBe('?lang=en&effort=low');
    expect(searchFromFilters({}, '?cost=paid')).toBe('');
  });

  it('round-trips every option of every filter', () => {
    for (const filter of FILTERS) {
      for (const value of Object.keys(filter.options)) {
        const filters = { [filter.key]: value };
        expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
      }
    }
  });
});

describe('programme pages', () => {
  it('names the page of a programme after its id', () => {
    expect(programmeDocId('iwf-hash-list')).toBe('hash-sharing/programmes/iwf-hash-list');
  });

  it('finds a programme by id, or says which ids exist', () => {
    expect(findProgramme(rows, 'oss').id).toBe('oss');
    expect(() => findProgramme(rows, 'nope')).toThrow(
      'No programme with id "nope" in programmes.yaml; use one of uk-list, us-list, cdn, free-api, oss, notices',
    );
  });

  it('states "as of" as the latest date a source was checked, in words', () => {
    expect(formatLongDate('2026-11-30')).toBe('30 November 2026');
    expect(formatLongDate('2025-02-04')).toBe('4 February 2025');
    const sources = [
      { title: 'Old', url: 'https://example.org/a', accessed: '2025-02-04' },
      { title: 'New', url: 'https://example.org/b', accessed: '2026-11-30' },
    ];
    expect(asOfDate({ sources })).toBe('30 November 2026');
  });
});
