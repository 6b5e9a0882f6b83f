/** The routing table, table-driven over a small fixture data set (tests/fixtures/legal/ok). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataFile } from '../../../src/lib/node/data';
import { obligationReach } from '../../../src/lib/applicability';
import {
  HOTLINE_REASONS,
  isActive,
  routeReports,
  routingTable,
  type RoutingData,
  type RoutingInput,
} from '../../../src/lib/routing';
import { PROFILE_JURISDICTIONS } from '../../../src/schema/places';
import type { Profile } from '../../../src/schema/profile';

const folder = join(import.meta.dirname, '../../fixtures/legal/ok/_data');
function load<T>(file: string): T {
  const result = validateDataFile(join(folder, file));
  if (!result.ok) throw new Error(`${file} is not valid`);
  return result.data as T;
}
const data: RoutingData = {
  obligations: load('obligations.yaml'),
  destinations: load('destinations.yaml'),
  hotlines: load('hotlines.yaml'),
};

const none: RoutingInput = { established: [], users: [], hosted: [] };
const summary = (input: Partial<RoutingInput>) =>
  routeReports({ ...none, ...input }, data).routes.map((route) => `${route.tier} ${route.target.id}`);

describe('routeReports', () => {
  it.each<[string, Partial<RoutingInput>, string[]]>([
    ['nothing given: nothing to route', {}, []],
    ['established in the US: must report there', { established: ['US'] }, ['must t-us-body']],
    ['US users only: check with counsel, plus nothing voluntary', { users: ['US'] }, ['check t-us-body']],
    [
      'established and users in the US: one route, no duplicate',
      { established: ['US'], users: ['US'], hosted: ['US'] },
      ['must t-us-body'],
    ],
    [
      'established in Germany with UK users: EU police, the German office, the UK body, and German hotlines',
      { established: ['DE'], users: ['UK'] },
      ['must t-eu-police', 'must t-eu-de', 'must t-uk-body', 'may h-de-a', 'may h-de-b'],
    ],
    ['a French user, no German link: EU police only, no German office', { users: ['FR'] }, ['must t-eu-police']],
    ['the EU as a whole: EU police, no Member State office', { users: ['EU'] }, ['must t-eu-police']],
    [
      'established in the UK: the users rule is not repeated',
      { established: ['GB'], users: ['GB'] },
      ['must t-uk-body', 'may h-gb'],
    ],
    [
      'hosted in the UK by a company elsewhere: check, and the UK hotline',
      { established: ['JP'], hosted: ['GB'] },
      ['check t-uk-body', 'may h-gb'],
    ],
    ['a duty in flux never becomes a must', { established: ['CA'] }, ['check t-ca-police-notification']],
    ['a proposed duty never routes', { established: ['AU'] }, []],
    [
      'a hotline that is the same service as a routed destination is not listed twice',
      { established: ['JP'], hosted: ['US'] },
      ['check t-us-body'],
    ],
    ['hosting alone, where no duty reaches it: the hotline there', { hosted: ['FR'] }, ['may h-fr']],
    ['a hotline that does not take CSAM reports is not listed', { hosted: ['NZ'] }, []],
    [
      'codes are case-insensitive and repeated codes count once',
      { established: ['us', 'US', ' us '] },
      ['must t-us-body'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it('gives each route its reasons, with the places, the rule and the provision', () => {
    const result = routeReports({ established: ['DE'], users: ['FR', 'UK'], hosted: [] }, data);
    const eu = result.routes.find((route) => route.target.id === 't-eu-police')!;
    expect(
      eu.reasons.map((reason) => ({
        factor: reason.factor,
        places: reason.places,
        text: reason.text,
        obligation: reason.obligation?.id,
      })),
    ).toEqual([
      { factor: 'established', places: ['Germany'], text: 'EU established rule.', obligation: 't-eu-notify' },
      { factor: 'users', places: ['France'], text: 'EU users rule.', obligation: 't-eu-notify' },
    ]);
    expect(eu.alternatives).toEqual([
      {
        target: { id: 't-eu-fallback', name: 'EU agency', operator: 'EU agency', url: null, source: 'destination' },
        when: 'If you cannot tell which Member State.',
      },
    ]);
    const german = result.routes.find((route) => route.target.id === 't-eu-de')!;
    expect(german.reasons[0]).toMatchObject({
      factor: 'established',
      places: ['Germany'],
      tier: 'must',
      text: 'German police handles these reports for Germany: Notifications concerning Germany.',
    });
  });

  it('explains voluntary hotline reports by where the content is hosted and where you are established', () => {
    const result = routeReports({ established: ['AT'], users: [], hosted: ['GB'] }, data);
    expect(result.routes.map((route) => [route.target.id, route.reasons.map((reason) => reason.text)])).toEqual([
      ['t-eu-police', ['EU established rule.']],
      ['t-uk-body', ['UK hosting rule.']],
      ['h-at', [HOTLINE_REASONS.established('Austria')]],
      ['h-gb', [HOTLINE_REASONS.hosted('United Kingdom')]],
    ]);
  });

  it('lists a hotline linked to a destination when no duty routes to that destination', () => {
    const withoutUsDuties = {
      ...data,
      obligations: data.obligations.filter((obligation) => obligation.jurisdiction !== 'US'),
    };
    expect(
      routeReports({ ...none, hosted: ['US'] }, withoutUsDuties).routes.map(
        (route) => `${route.tier} ${route.target.id}`,
      ),
    ).toEqual(['may h-us']);
  });

  it('orders routes must, then check, then may, by jurisdiction', () => {
    expect(summary({ established: ['AT'], hosted: ['GB'] })).toEqual([
      'must t-eu-police',
      'check t-uk-body',
      'may h-at',
      'may h-gb',
    ]);
  });

  it('reports codes it does not know, and countries with no hotline in the directory', () => {
    const result = routeReports({ established: ['XX'], users: ['INTL'], hosted: ['JP', ''] }, data);
    expect(result.unknown).toEqual([
      { factor: 'established', code: 'XX' },
      { factor: 'users', code: 'INTL' },
    ]);
    expect(result.withoutHotline).toEqual(['Japan']);
    expect(result.routes).toEqual([]);
  });
});

describe('routingTable', () => {
  it('lists every in-force or in-flux reporting duty by connecting factor, in jurisdiction order', () => {
    expect(
      routingTable(data).map(
        (row) =>
          `${row.jurisdiction} ${row.factor} ${row.tier} ${row.destination.id}${row.unlessEstablished ? ' (not established)' : ''}`,
      ),
    ).toEqual([
      'US established must t-us-body',
      'US users check t-us-body (not established)',
      'US hosted check t-us-body (not established)',
      'EU established must t-eu-police',
      'EU users must t-eu-police',
      'UK established must t-uk-body',
      'UK users must t-uk-body (not established)',
      'UK hosted check t-uk-body (not established)',
      'CA established check t-ca-police-notification',
    ]);
  });
});

describe('the routing tool and "what applies to you" read reach the same way', () => {
  // Every place with a guide, a Member State and a country without one: every pair of ~250 countries would be 62,500 cases.
  const codes = ['US', 'EU', 'UK', 'CA', 'AU', 'BR', 'IN', 'FR', 'DE', 'IE', 'ZA', 'SG', 'NZ', 'AT', 'JP'];
  expect(codes.filter((code) => !PROFILE_JURISDICTIONS.includes(code))).toEqual([]);
  const profiles = codes.flatMap((established) =>
    codes.map((users) => ({ established_in: [established], users_in: [users], features: {} as Profile['features'] })),
  );
  profiles.push({ established_in: [], users_in: [...codes], features: {} as Profile['features'] });

  it.each(
    profiles.map(
      (profile) =>
        [
          `established in ${profile.established_in.join(', ') || 'none'}, users in ${profile.users_in.join(', ')}`,
          profile,
        ] as const,
    ),
  )('%s', (_name, profile) => {
    const routed = routeReports(
      { established: profile.established_in, users: profile.users_in, hosted: [] },
      data,
    ).routes.flatMap((route) =>
      route.reasons.flatMap((reason) =>
        reason.obligation ? [`${reason.tier === 'must' ? 'applies' : 'unclear'} ${reason.obligation.id}`] : [],
      ),
    );
    const applies = data.obligations.flatMap((obligation) => {
      if (!isActive(obligation) || obligation.report_to === null) return [];
      const reach = obligationReach(obligation, profile, true);
      return reach ? [`${reach.effect} ${obligation.id}`] : [];
    });
    // Several reasons of one duty collapse to its strongest effect.
    const strongest = (lines: string[]) =>
      [...new Set(lines.map((line) => line.split(' ')[1]!))]
        .map((id) => (lines.includes(`applies ${id}`) ? `applies ${id}` : `unclear ${id}`))
        .sort();
    expect(strongest(applies)).toEqual(strongest(routed));
  });
});
