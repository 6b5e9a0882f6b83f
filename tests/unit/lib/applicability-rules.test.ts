import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whatApplies, type WhatApplies } from '../../../src/lib/applicability';
import { checklistMarkdown, formatWhatApplies } from '../../../src/lib/applicability-format';
import { loadApplicabilityInputs } from '../../../src/lib/node/applicability-load';
import { FEATURES, profileSchema, type Feature, type Profile } from '../../../src/schema/profile';
import type { ProfileJurisdiction } from '../../../src/schema/places';
import { EXAMPLE_CONTACTS } from '../../support/profile';

const inputs = loadApplicabilityInputs(join(import.meta.dirname, '../../../docs'));

function profile(options: {
  established?: ProfileJurisdiction[];
  users?: ProfileJurisdiction[];
  features?: Feature[];
}): Profile {
  const on = new Set(options.features ?? []);
  return profileSchema.parse({
    version: 1,
    platform: {
      name: 'Example',
      legal_entity: 'Example Ltd',
      url: 'https://example.org',
      minimum_age: on.has('minors_allowed') ? '13' : '18',
    },
    contacts: EXAMPLE_CONTACTS,
    established_in: options.established ?? [],
    users_in: options.users ?? ['US'],
    size_band: 'micro',
    features: Object.fromEntries(FEATURES.map((feature) => [feature, on.has(feature)])),
  });
}

const effects = (result: WhatApplies) =>
  Object.fromEntries(
    result.obligations.filter((item) => item.kind === 'reporting').map((item) => [item.id, item.effect]),
  );
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

interface Case {
  name: string;
  profile: Profile;
  reporting: Record<string, 'applies' | 'unclear'>;
  destinations: string[];
  flowsInclude?: string[];
  flowsExclude?: string[];
  threats?: string[];
  questionsInclude?: string[];
  questionsExclude?: string[];
  programmes?: number;
}

const CASES: Case[] = [
  {
    name: 'US photo sharing, established and used only in the US',
    profile: profile({ established: ['US'], users: ['US'], features: ['uploads'] }),
    reporting: { 'us-report-cybertipline': 'applies' },
    destinations: ['ncmec-cybertipline'],
    flowsInclude: ['in-product-reporting', 'hash-match'],
    flowsExclude: ['grooming', 'live-stream'],
    threats: [
      'p2p-darkweb-distribution',
      'commercial-distribution',
      'self-generated-imagery',
      'offender-networks',
      'ai-generated-imagery',
    ],
    questionsExclude: ['hosted-us-report-cybertipline', 'e2ee-reporting'],
    programmes: 13,
  },
  {
    name: 'EU-established with EU and UK users',
    profile: profile({ established: ['EU'], users: ['EU', 'UK'], features: ['uploads', 'direct_messages'] }),
    reporting: { 'eu-dsa-art18-notify-law-enforcement': 'applies', 'uk-osa-s66-report-csea-to-nca': 'applies' },
    destinations: ['eu-member-state-law-enforcement', 'eu-europol', 'uk-nca'],
    flowsInclude: ['sextortion', 'grooming'],
    questionsInclude: ['hosted-us-report-cybertipline', 'hosted-au-criminal-code-s474-25-refer-to-afp'],
  },
  {
    name: 'UK-established: the users factor does not repeat the established one',
    profile: profile({ established: ['UK'], users: ['UK'], features: ['group_chats'] }),
    reporting: { 'uk-osa-s66-report-csea-to-nca': 'applies' },
    destinations: ['uk-nca'],
    questionsExclude: ['hosted-uk-osa-s66-report-csea-to-nca'],
  },
  {
    name: 'established outside every covered jurisdiction, users in the US and Canada',
    profile: profile({ established: [], users: ['US', 'CA'], features: ['uploads'] }),
    reporting: {
      'us-report-cybertipline': 'unclear',
      'ca-report-internet-address': 'unclear',
      'ca-notify-police': 'unclear',
    },
    destinations: ['ncmec-cybertipline', 'cybertip-ca', 'ca-police-notification'],
    questionsInclude: ['established-elsewhere', 'reach-us-report-cybertipline', 'reach-ca-notify-police'],
  },
  {
    name: 'established outside every covered jurisdiction, users only in Australia',
    profile: profile({ established: [], users: ['AU'], features: ['direct_messages'] }),
    reporting: { 'au-criminal-code-s474-25-refer-to-afp': 'unclear' },
    destinations: ['au-accce'],
    questionsInclude: ['established-elsewhere', 'hosted-au-criminal-code-s474-25-refer-to-afp'],
  },
  {
    name: 'no user content at all: duties become questions',
    profile: profile({ established: ['EU'], users: ['EU'], features: ['mobile_apps'] }),
    reporting: { 'eu-dsa-art18-notify-law-enforcement': 'unclear' },
    destinations: ['eu-member-state-law-enforcement', 'eu-europol'],
    flowsInclude: [],
    flowsExclude: ['in-product-reporting', 'triage', 'confirmed-csam', 'hash-match'],
    threats: [],
    questionsInclude: ['no-user-content', 'reach-eu-dsa-art18-notify-law-enforcement'],
    programmes: 0,
  },
  {
    name: 'end-to-end encrypted messaging only',
    profile: profile({ established: ['US'], users: ['US', 'UK'], features: ['direct_messages', 'e2ee'] }),
    reporting: { 'us-report-cybertipline': 'applies', 'uk-osa-s66-report-csea-to-nca': 'applies' },
    destinations: ['ncmec-cybertipline', 'uk-nca'],
    flowsInclude: ['in-product-reporting', 'grooming', 'sextortion'],
    flowsExclude: ['hash-match', 'live-stream'],
    threats: [
      'online-solicitation-grooming',
      'p2p-darkweb-distribution',
      'live-streamed-abuse',
      'sexual-extortion',
      'self-generated-imagery',
      'offender-networks',
      'ai-generated-imagery',
      'payment-exploitation',
    ],
    questionsInclude: ['e2ee-reporting'],
    programmes: 1,
  },
  {
    name: 'live streaming with payments, adults only, Canada',
    profile: profile({
      established: ['CA'],
      users: ['CA'],
      features: ['live_streaming', 'payments', 'creator_subscriptions'],
    }),
    reporting: { 'ca-report-internet-address': 'applies', 'ca-notify-police': 'applies' },
    destinations: ['cybertip-ca', 'ca-police-notification'],
    flowsInclude: ['live-stream'],
    flowsExclude: ['grooming', 'sextortion'],
    questionsInclude: ['payments-rules'],
    questionsExclude: ['minors-rules', 'established-elsewhere'],
  },
  {
    name: 'Australian users and hosting unknown: the hosting duty is a question',
    profile: profile({ established: ['AU'], users: ['AU'], features: ['uploads', 'minors_allowed'] }),
    reporting: { 'au-criminal-code-s474-25-refer-to-afp': 'unclear' },
    destinations: ['au-accce'],
    questionsInclude: ['hosted-au-criminal-code-s474-25-refer-to-afp', 'minors-rules'],
  },
  {
    name: 'every jurisdiction, every feature',
    profile: profile({
      established: ['US', 'EU', 'UK', 'CA', 'AU'],
      users: ['US', 'EU', 'UK', 'CA', 'AU'],
      features: [...FEATURES],
    }),
    reporting: {
      'us-report-cybertipline': 'applies',
      'ca-report-internet-address': 'applies',
      'ca-notify-police': 'applies',
      'eu-dsa-art18-notify-law-enforcement': 'applies',
      'uk-osa-s66-report-csea-to-nca': 'applies',
      'au-criminal-code-s474-25-refer-to-afp': 'unclear',
    },
    destinations: [
      'ncmec-cybertipline',
      'cybertip-ca',
      'ca-police-notification',
      'eu-member-state-law-enforcement',
      'eu-europol',
      'uk-nca',
      'au-accce',
    ],
    flowsInclude: [
      'in-product-reporting',
      'triage',
      'confirmed-csam',
      'moderator-wellbeing',
      'grooming',
      'sextortion',
      'live-stream',
      'hash-match',
      'law-enforcement-requests',
      'appeals',
    ],
    questionsExclude: [
      'established-elsewhere',
      'no-user-content',
      'hosted-us-report-cybertipline',
      'hosted-uk-osa-s66-report-csea-to-nca',
    ],
    programmes: 13,
  },
];

describe('whatApplies over many profiles', () => {
  it.each(CASES)('$name', (testCase) => {
    const result = whatApplies(testCase.profile, inputs);
    expect(effects(result)).toEqual(testCase.reporting);
    expect(ids(result.destinations).sort()).toEqual([...testCase.destinations].sort());
    for (const id of testCase.flowsInclude ?? []) expect(ids(result.flows)).toContain(id);
    for (const id of testCase.flowsExclude ?? []) expect(ids(result.flows)).not.toContain(id);
    if (testCase.threats) expect(ids(result.threats).sort()).toEqual([...testCase.threats].sort());
    for (const id of testCase.questionsInclude ?? []) expect(ids(result.questions)).toContain(id);
    for (const id of testCase.questionsExclude ?? []) expect(ids(result.questions)).not.toContain(id);
    if (testCase.programmes !== undefined) expect(result.programmes).toHaveLength(testCase.programmes);
    // Every answer names only records that exist.
    expect(result.obligations.every((item) => inputs.obligations.some((record) => record.id === item.id))).toBe(true);
    expect(result.templates.every((item) => inputs.templates.some((record) => record.id === item.id))).toBe(true);
    expect(result.checklist.map((item) => item.by_day)).toEqual(
      [...result.checklist.map((item) => item.by_day)].sort((a, b) => a - b),
    );
  });

  it('gives the reason in words: where you are established and that you host user content', () => {
    const result = whatApplies(profile({ established: ['EU'], users: ['EU'], features: ['uploads'] }), inputs);
    const art18 = result.obligations.find((item) => item.id === 'eu-dsa-art18-notify-law-enforcement')!;
    expect(art18.reasons[0]).toMatch(
      /^Because you are established in the European Union and host user content: Article 18 binds every provider of hosting services/,
    );
    expect(art18.reasons[1]).toMatch(/^Because you have users in the European Union and host user content: /);
  });

  it('says why a threat applies, with the feature labels of the registry', () => {
    const result = whatApplies(
      profile({ established: ['US'], users: ['US'], features: ['direct_messages', 'e2ee'] }),
      inputs,
    );
    expect(result.threats[0]).toEqual({
      id: 'online-solicitation-grooming',
      name: 'Online solicitation and grooming of children',
      features: ['direct_messages', 'e2ee'],
      reason: 'Your platform has: Direct messages and End-to-end encryption.',
    });
  });

  it('leaves out proposed and lapsed duties', () => {
    const result = whatApplies(profile({ established: ['EU'], users: ['EU'], features: ['uploads'] }), inputs);
    expect(ids(result.obligations)).not.toContain('eu-csa-regulation-proposal');
    expect(ids(result.obligations)).not.toContain('eu-interim-derogation');
  });

  it('orders templates to adopt first as the rules list them', () => {
    const result = whatApplies(
      profile({ established: ['US'], users: ['US'], features: ['uploads', 'video_calls'] }),
      inputs,
    );
    expect(result.templates.filter((item) => item.first).map((item) => item.id)).toEqual(
      inputs.rules.adopt_first_templates.filter((id) => result.templates.some((item) => item.id === id)),
    );
    expect(ids(result.templates)).toContain('live-streaming-policy');
    expect(ids(result.templates)).not.toContain('child-safety-standards');
  });
});

describe('formatting', () => {
  const result = whatApplies(profile({ established: ['US'], users: ['US'], features: ['uploads'] }), inputs);

  it('exports the checklist as a Markdown task list with ticks', () => {
    const markdown = checklistMarkdown(result, new Set(['name-safety-lead']));
    expect(markdown.split('\n').slice(0, 4)).toEqual([
      '# First 30 days',
      '',
      '- [x] By day 2: Name your child safety lead and a deputy, and publish your child safety contact address.',
      '- [ ] By day 5: Put a report option with a child sexual exploitation category on every place where users share content.',
    ]);
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      `First steps only, from Child Safety Kit's "what applies" answer as of ${result.coverage.as_of}. The duties, where to report and the questions for counsel are in the full answer. Guidance, not legal advice.`,
    );
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      `First steps only, from Child Safety Kit's "what applies" answer as of ${result.coverage.as_of}. The duties, where to report and the questions for counsel are in the full answer. Guidance, not legal advice.`,
    );
  });

  it('prints Markdown with one section per kind of answer', () => {
    const markdown = formatWhatApplies(result, 'md', 'Example');
    expect(markdown.startsWith('# What applies to Example\n')).toBe(true);
    expect(markdown.split('\n')[2]).toMatch(/^This list covers the child-safety duties the kit records for /);
    expect(markdown.split('\n')[2]).toMatch(/^This list covers the child-safety duties the kit records for /);
    expect(markdown.match(/^## .+$/gm)).toEqual([
      '## Legal obligations',
      '## Where to report',
      '## Templates to adopt',
      '## Flows to adopt',
      '## Threats to assess',
      '## Programmes to consider',
      '## Questions for counsel',
      '## First 30 days',
    ]);
    expect(markdown).toContain(
      "- Applies (US, Report, In force): Report apparent CSAM, child sex trafficking and enticement to NCMEC's CyberTipline [us-report-cybertipline]",
    );
  });
});
