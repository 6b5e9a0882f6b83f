/** The legal data kinds: good fixtures pass; bad ones fail with messages that name the line, the field and the fix. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataFiles, formatDataProblem, validateDataFile } from '../../../src/lib/node/data';
import { DATA_KINDS } from '../../../src/schema/data-kinds';
import { obligationSchema } from '../../../src/schema/obligations';

const fixtures = join(import.meta.dirname, '../../fixtures/legal');

function problems(folder: string, kind: string): string[] {
  const result = validateDataFile(join(fixtures, folder, '_data', kind), join(fixtures, folder));
  return result.ok ? [] : result.problems.map(formatDataProblem);
}

describe('legal data kinds', () => {
  it('are registered, so the build, the CLI and the content tests check them', () => {
    expect(Object.keys(DATA_KINDS)).toEqual(
      expect.arrayContaining(['obligations.yaml', 'destinations.yaml', 'hotlines.yaml', 'law-changes.yaml']),
    );
  });

  it('accept the valid fixtures', () => {
    const files = findDataFiles(join(fixtures, 'ok'));
    expect(files).toHaveLength(4);
    expect(files.map((file) => validateDataFile(file, fixtures)).filter((result) => !result.ok)).toEqual([]);
  });

  it('obligations: name every broken field and its fix', () => {
    expect(problems('bad', 'obligations.yaml')).toEqual([
      '_data/obligations.yaml:2:3 `[0].id`: Expected a kebab-case id such as us-report-cybertipline, found "Bad_Id"',
      '_data/obligations.yaml:3:3 `[0].jurisdiction`: Expected a jurisdiction code: an ISO 3166-1 alpha-2 country code such as FR or BR (UK for the United Kingdom), EU or INTL, found "XX"',
      '_data/obligations.yaml:7:3 `[0].trigger`: Expected what triggers the duty, found ""',
      '_data/obligations.yaml:8:3 `[0].must_do`: Expected at least one item: what you must do, found a list',
      '_data/obligations.yaml:9:3 `[0].report_to`: Expected report_to: a destination id from destinations.yaml, or null, found "Some Place"',
      '_data/obligations.yaml:10:3 `[0].status`: Expected status to be one of in_force, in_flux, proposed, lapsed, found "repealed"',
      '_data/obligations.yaml:11:3 `[0].as_of`: Expected a real date written as YYYY-MM-DD, found "2026-02-30"',
      '_data/obligations.yaml:14:7 `[0].reach.users.effect`: Expected effect: applies or unclear, found "maybe"',
      '_data/obligations.yaml:17:7 Missing `[0].citations[0].pinpoint`: expected a pinpoint: the section, article or paragraph cited',
      '_data/obligations.yaml:18:7 `[0].citations[0].url`: Expected a well-formed https URL (https://host.example/path), found "http://law.example.org/us"',
      '_data/obligations.yaml:33:7 Missing `[1].citations[0].pinpoint`: expected a pinpoint: the section, article or paragraph cited',
      '_data/obligations.yaml:34:3 Missing `[2].report_to`: expected report_to: a destination id from destinations.yaml, or null',
      '_data/obligations.yaml:44:97 `[2].citations[0].secondary`: Expected secondary: true, or no secondary key for a primary source, found "yes"',
    ]);
  });

  it('obligations: ids are unique and a duty with reach names a destination', () => {
    expect(problems('refine', 'obligations.yaml')).toEqual([
      '_data/obligations.yaml:12:3 `[0].reach`: Expected `report_to` to name a destination: a duty with `reach` routes a report, found an object',
      '_data/obligations.yaml:16:3 `[1].id`: Duplicate obligation id t-dup (first used by record 0); each id appears once, found "t-dup"',
    ]);
  });

  it('obligations: follows names another record and excludes reach; a non-reporting kind may have reach alone', () => {
    expect(problems('follows', 'obligations.yaml')).toEqual([
      '_data/obligations.yaml:22:3 `[1].follows`: Expected follows to name another obligation id in this file; t-missing is not one, found "t-missing"',
      '_data/obligations.yaml:36:3 `[2].follows`: Expected either follows or reach, not both: a duty that follows another takes its reach, found "t-notice"',
    ]);
  });

  it("obligations: exempt size bands are the profile's size bands", () => {
    const record = {
      id: 't',
      jurisdiction: 'EU',
      title: 'T',
      instrument: 'T',
      applies_to: 'A',
      trigger: 'B',
      must_do: ['C'],
      report_to: null,
      status: 'in_force',
      as_of: '2026-12-07',
      exempt: { size_bands: ['tiny'], why: 'Because.' },
      citations: [{ title: 'Test Act', url: 'https://law.example.org/eu', accessed: '2026-12-07', pinpoint: 's. 1' }],
    };
    const result = obligationSchema.safeParse(record);
    expect(
      result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual(['exempt.size_bands.0: Expected size bands from micro, small, medium, large']);
  });

  it('destinations: a report checklist needs a known basis, a pinpoint for every item and what could not be confirmed', () => {
    expect(problems('checklist', 'destinations.yaml')).toEqual([
      "_data/destinations.yaml:30:3 Missing `[1].report_checklist.not_confirmed`: expected what the law or the destination's documentation could not confirm, with the date",
      '_data/destinations.yaml:33:9 `[1].report_checklist.items[0].basis`: Expected basis to be one of required, expected, your_choice, how_to_send, after_report, found "optional"',
      '_data/destinations.yaml:37:9 Missing `[1].report_checklist.items[1].source.pinpoint`: expected a pinpoint: the section, article or paragraph cited',
    ]);
  });

  it('destinations: closed kinds, sources required, countries checked, no unknown keys', () => {
    expect(problems('bad', 'destinations.yaml')).toEqual([
      '_data/destinations.yaml:5:3 `[0].kind`: Expected kind to be one of mandatory_report, police, regulator, support_service, found "hotline"',
      '_data/destinations.yaml:8:3 `[0].accepts`: Expected at least one item: what the destination accepts, found a list',
      '_data/destinations.yaml:10:3 `[0].sources`: Expected at least one source, found a list',
      '_data/destinations.yaml:18:15 `[1].countries[0]`: Expected an ISO 3166-1 alpha-2 country code such as DE, found "XX"',
      '_data/destinations.yaml:21:3 `[1].colour`: Unexpected key `colour`; remove it or check its spelling',
    ]);
    expect(problems('refine', 'destinations.yaml')).toEqual([
      '_data/destinations.yaml:1:97 `[0].refines`: Expected `refines` and `countries` together: a refining destination names the countries it serves, found "t-other"',
      '_data/destinations.yaml:2:5 `[1].id`: Duplicate destination id t-body (first used by record 0); each id appears once, found "t-body"',
      '_data/destinations.yaml:2:98 `[1].countries`: Expected `refines` and `countries` together: a refining destination names the countries it serves, found a list',
    ]);
  });

  it('hotlines: ISO codes, a closed vocabulary for what they accept, and honest membership', () => {
    expect(problems('bad', 'hotlines.yaml')).toEqual([
      '_data/hotlines.yaml:2:3 `[0].country`: Expected an ISO 3166-1 alpha-2 country code such as DE, found "UK"',
      '_data/hotlines.yaml:6:25 `[0].accepts[2]`: Expected one of csam, grooming, sextortion, trafficking, ncii, other_illegal, found "memes"',
      '_data/hotlines.yaml:7:15 `[0].languages[0]`: Expected an ISO 639-1 language code such as de, found "english"',
      '_data/hotlines.yaml:8:3 `[0].anonymous`: Expected anonymous: true, or no anonymous key when not stated, found false',
      '_data/hotlines.yaml:9:3 `[0].inhope_member`: Expected inhope_member: true, false or unconfirmed, found "maybe"',
    ]);
    expect(problems('refine', 'hotlines.yaml')).toEqual([
      '_data/hotlines.yaml:1:97 `[0].accepts`: Expected each of what the hotline accepts once, found a list',
      '_data/hotlines.yaml:2:5 `[1].id`: Duplicate hotline id h-one (first used by record 0); each id appears once, found "h-one"',
    ]);
  });

  it('law changes: closed certainty, sources required, newest first', () => {
    expect(problems('bad', 'law-changes.yaml')).toEqual([
      '_data/law-changes.yaml:2:85 `[1].certainty`: Expected certainty: confirmed or reported, found "rumoured"',
      '_data/law-changes.yaml:2:106 `[1].sources`: Expected at least one source, found a list',
    ]);
    expect(problems('refine', 'law-changes.yaml')).toEqual([
      '_data/law-changes.yaml:2:5 `[1].date`: Expected changes newest first: 2025-01-01 comes after 2024-01-01, found "2025-01-01"',
    ]);
  });
});
