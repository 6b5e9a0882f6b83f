/**
 * Table-driven checks over one profile per country the kit added in December 2026, and two without a guide:
 * the real data gives each its duties, destinations, hotlines and coverage, with reasons, and says plainly
 * what it does not know. Also: every hotline record carries its kind and an "as of" date, and its sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { whatApplies } from '../../src/lib/applicability';
import { loadApplicabilityInputs, loadCoverageInputs } from '../../src/lib/node/applicability-load';
import { placeCoverage } from '../../src/lib/coverage';
import { routeReports } from '../../src/lib/routing';
import type { Destination } from '../../src/schema/destinations';
import type { Hotline } from '../../src/schema/hotlines';
import type { Obligation } from '../../src/schema/obligations';
import { FEATURES, profileSchema } from '../../src/schema/profile';
import { EXAMPLE_CONTACTS } from '../support/profile';

const docs = join(import.meta.dirname, '../../docs');
const inputs = loadApplicabilityInputs(docs);
const coverageInputs = loadCoverageInputs(docs);
const read = <T>(name: string) => parse(readFileSync(join(docs, 'legal/_data', name), 'utf8')) as T;
const hotlines = read<Hotline[]>('hotlines.yaml');
const destinations = read<Destination[]>('destinations.yaml');
const obligations = read<Obligation[]>('obligations.yaml');

function profile(country: string) {
  return profileSchema.parse({
    version: 1,
    platform: { name: 'Example', legal_entity: 'Example Ltda', url: 'https://example.org', minimum_age: '18' },
    contacts: EXAMPLE_CONTACTS,
    established_in: [country],
    users_in: [country],
    size_band: 'micro',
    features: Object.fromEntries(FEATURES.map((feature) => [feature, feature === 'uploads'])),
  });
}

interface CountryCase {
  country: string;
  /** Reporting duties with their effect, and the related duties of the place. */
  reporting: Record<string, 'applies' | 'unclear'>;
  related: string[];
  destinations: string[];
  guide: boolean;
  eu: boolean;
  hotlines: string[];
  /** What the routing tool lists for a company established, with users and hosting there. */
  routes: string[];
}

// A micro enterprise with uploads and no minors: Art. 15, 22 and 28 fall to the micro and small exemption (Art. 19),
// but Art. 24(3), user numbers on request, binds every online platform (Art. 19(1) keeps it).
const EU_RELATED = [
  'eu-dsa-art16-notice-and-action',
  'eu-dsa-art11-13-points-of-contact',
  'eu-dsa-art14-terms-and-conditions',
  'eu-dsa-art17-statement-of-reasons',
  'eu-dsa-art24-3-user-numbers-on-request',
  'eu-e-evidence-orders',
];
const EU_REPORTING = { 'eu-dsa-art18-notify-law-enforcement': 'applies' } as const;

const CASES: CountryCase[] = [
  {
    country: 'BR',
    reporting: { 'br-eca-digital-art27-remove-and-report': 'unclear' },
    related: [],
    destinations: ['br-competent-authorities'],
    guide: true,
    eu: false,
    hotlines: ['safernet-br'],
    routes: ['check br-competent-authorities', 'may safernet-br'],
  },
  {
    country: 'IN',
    reporting: { 'in-pocso-rules-r11-report-material': 'applies' },
    related: [],
    destinations: ['in-cybercrime-portal'],
    guide: true,
    eu: false,
    hotlines: ['cybercrime-portal-in'],
    routes: ['must in-cybercrime-portal'],
  },
  {
    country: 'FR',
    reporting: EU_REPORTING,
    related: [...EU_RELATED, 'fr-lcen-art6-1-administrative-removal'],
    destinations: ['eu-member-state-law-enforcement', 'eu-europol'],
    guide: true,
    eu: true,
    hotlines: ['point-de-contact-fr', 'pharos-fr'],
    routes: ['must eu-member-state-law-enforcement', 'may pharos-fr', 'may point-de-contact-fr'],
  },
  {
    country: 'DE',
    reporting: EU_REPORTING,
    related: [...EU_RELATED, 'de-dsa-art18-bka'],
    destinations: ['eu-member-state-law-enforcement', 'eu-europol'],
    guide: true,
    eu: true,
    hotlines: ['eco-beschwerdestelle-de', 'fsm-beschwerdestelle-de', 'jugendschutz-net-de'],
    routes: [
      'must eu-member-state-law-enforcement',
      'must eu-de-bka',
      'may eco-beschwerdestelle-de',
      'may fsm-beschwerdestelle-de',
      'may jugendschutz-net-de',
    ],
  },
  {
    country: 'IE',
    reporting: EU_REPORTING,
    related: [...EU_RELATED, 'ie-online-safety-code-vsps'],
    destinations: ['eu-member-state-law-enforcement', 'eu-europol'],
    guide: true,
    eu: true,
    hotlines: ['hotline-ie'],
    routes: ['must eu-member-state-law-enforcement', 'may hotline-ie'],
  },
  {
    country: 'ZA',
    reporting: { 'za-fpa-s27a-report-and-preserve': 'unclear' },
    related: [],
    destinations: ['za-saps'],
    guide: true,
    eu: false,
    hotlines: ['fpb-hotline-za'],
    routes: ['check za-saps', 'may fpb-hotline-za'],
  },
  {
    country: 'SG',
    reporting: {},
    related: ['sg-online-safety-code-csea'],
    destinations: [],
    guide: true,
    eu: false,
    hotlines: [],
    routes: [],
  },
  {
    country: 'NZ',
    reporting: {},
    related: ['nz-classification-act-objectionable'],
    destinations: [],
    guide: true,
    eu: false,
    // Netsafe takes grooming reports, not CSAM, so only the DIA's page is listed for CSAM.
    hotlines: ['dia-nz'],
    routes: ['may dia-nz'],
  },
  {
    country: 'AT',
    reporting: EU_REPORTING,
    related: EU_RELATED,
    destinations: ['eu-member-state-law-enforcement', 'eu-europol'],
    guide: false,
    eu: true,
    hotlines: ['stopline-at'],
    routes: ['must eu-member-state-law-enforcement', 'may stopline-at'],
  },
  {
    country: 'JP',
    reporting: {},
    related: [],
    destinations: [],
    guide: false,
    eu: false,
    hotlines: ['ihc-jp'],
    routes: ['may ihc-jp'],
  },
];

describe('a profile for each country', () => {
  it.each(CASES)('$country', (testCase) => {
    const answer = whatApplies(profile(testCase.country), inputs);
    const reporting = Object.fromEntries(
      answer.obligations.filter((item) => item.kind === 'reporting').map((item) => [item.id, item.effect]),
    );
    expect(reporting).toEqual(testCase.reporting);
    expect(answer.obligations.filter((item) => item.kind === 'related').map((item) => item.id)).toEqual(
      testCase.related,
    );
    for (const item of answer.obligations) expect(item.reasons.length, item.id).toBeGreaterThan(0);
    expect(answer.destinations.map((item) => item.id)).toEqual(testCase.destinations);

    const [place] = placeCoverage(profile(testCase.country), coverageInputs);
    expect(place).toMatchObject({ code: testCase.country, guide: testCase.guide, eu: testCase.eu });
    expect(place!.hotlines.map((hotline) => hotline.id)).toEqual(testCase.hotlines);
    expect(place!.notes[0]).toMatch(
      testCase.guide ? /^The kit has a legal guide for / : /^The kit has no legal guide for .* ask a lawyer there/,
    );

    const routed = routeReports(
      { established: [testCase.country], users: [testCase.country], hosted: [testCase.country] },
      { obligations, destinations, hotlines },
    );
    expect(routed.routes.map((route) => `${route.tier} ${route.target.id}`)).toEqual(testCase.routes);
  });

  it('has a guide in jurisdictions.yaml for at least 13 jurisdictions, the eight added ones among them', () => {
    expect(coverageInputs.guides.length).toBeGreaterThanOrEqual(13);
    expect(coverageInputs.guides.map((guide) => guide.code)).toEqual(
      expect.arrayContaining(['BR', 'IN', 'FR', 'DE', 'IE', 'ZA', 'SG', 'NZ']),
    );
  });
});

describe('hotline records', () => {
  it('number at least 40, each with its kind, an "as of" date and at least one source of its own', () => {
    expect(hotlines.length).toBeGreaterThanOrEqual(40);
    const problems = hotlines.flatMap((hotline) => [
      ...(hotline.kind ? [] : [`${hotline.id}: no kind`]),
      ...(hotline.as_of && /^2026-(11|12)-\d\d$/.test(String(hotline.as_of))
        ? []
        : [`${hotline.id}: as_of ${hotline.as_of} is missing or older than the November 2026 review`]),
      ...(hotline.sources.length > 0 ? [] : [`${hotline.id}: no source`]),
      ...hotline.sources
        .filter((source) => !source.url.startsWith('https://'))
        .map((source) => `${hotline.id}: ${source.url} is not https`),
    ]);
    expect(problems).toEqual([]);
  });

  it('marks government reporting portals as such and never as INHOPE members', () => {
    const government = hotlines.filter((hotline) => hotline.kind === 'government');
    expect(government.map((hotline) => hotline.id).sort()).toEqual(['cybercrime-portal-in', 'dia-nz', 'pharos-fr']);
    expect(government.filter((hotline) => hotline.inhope_member === true)).toEqual([]);
  });
});
