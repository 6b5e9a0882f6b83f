/**
 * "What applies" over profiles written for the tests (tests/fixtures/profiles/applicable), against the kit's real
 * duty records (docs/legal/_data/obligations.yaml). Each row lists every duty the answer gives, split by effect, and
 * says why. The lists are compared exactly: a change to a rule or a record that changes an answer fails here, and
 * whoever makes it must update the row and its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UNRECORDED_SCOPE, coverage, whatApplies, type WhatApplies } from '../../../src/lib/applicability';
import { formatWhatApplies } from '../../../src/lib/applicability-format';
import { loadApplicabilityInputs } from '../../../src/lib/node/applicability-load';
import { profileSchema, type Profile } from '../../../src/schema/profile';

const inputs = loadApplicabilityInputs(join(import.meta.dirname, '../../../docs'));
const FIXTURES = join(import.meta.dirname, '../../fixtures/profiles/applicable');
const load = (name: string): Profile =>
  profileSchema.parse(parse(readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8')));

const split = (result: WhatApplies) => ({
  applies: result.obligations
    .filter((item) => item.effect === 'applies')
    .map((item) => item.id)
    .sort(),
  unclear: result.obligations
    .filter((item) => item.effect === 'unclear')
    .map((item) => item.id)
    .sort(),
  exempt: result.exempt.map((item) => item.id).sort(),
});

/** The US duties that follow the CyberTipline report (contents, preservation, access, and what goes with it). */
const US_FOLLOWERS = [
  'us-minimize-access-destroy-on-request',
  'us-ncmec-hash-sharing',
  'us-no-monitoring-requirement',
  'us-penalties-failure-to-report',
  'us-preserve-report-contents',
  'us-limited-liability',
  'us-report-contents',
  'us-report-imminent-optional',
];
const CA_FOLLOWERS = ['ca-good-faith-immunity', 'ca-no-disclosure', 'ca-penalties', 'ca-preserve-computer-data'];
const DSA_EVERY_HOST = [
  'eu-dsa-art11-13-points-of-contact',
  'eu-dsa-art14-terms-and-conditions',
  'eu-dsa-art16-notice-and-action',
  'eu-dsa-art17-statement-of-reasons',
  'eu-dsa-art18-notify-law-enforcement',
  'eu-e-evidence-orders',
];
const DSA_NOT_MICRO_OR_SMALL = [
  'eu-dsa-art15-transparency-report',
  'eu-dsa-art20-23-complaints-and-misuse',
  'eu-dsa-art22-trusted-flaggers',
  'eu-dsa-art24-user-numbers',
  'eu-dsa-art28-protection-of-minors',
];
const UK_OSA = [
  'uk-osa-children-access-assessment',
  'uk-osa-illegal-content-risk-assessment',
  'uk-osa-illegal-content-safety-duties',
  'uk-osa-records-and-review',
  'uk-osa-reporting-and-complaints',
  'uk-osa-s66-report-csea-to-nca',
];
const sorted = (...lists: string[][]) => lists.flat().sort();
const without = (list: string[], ...ids: string[]) => list.filter((id) => !ids.includes(id));

interface Row {
  profile: string;
  why: string;
  applies: string[];
  unclear: string[];
  exempt: string[];
}

const ROWS: Row[] = [
  {
    profile: 'uk-teen-streaming',
    why:
      'A UK company with UK users and user content is a UK provider of a regulated user-to-user service: the NCA report and every OSA duty apply. ' +
      "It lets teenagers in, so the children's risk assessment and Protection of Children Codes apply too. No other country is named.",
    applies: sorted(UK_OSA, ['uk-osa-children-risk-assessment-and-safety']),
    unclear: [],
    exempt: [],
  },
  {
    profile: 'uk-adult-dating',
    why:
      "The same UK duties, but minors are not allowed: whether children are likely to access it is for the children's access assessment, " +
      'so the children\'s risk duties are a question for counsel, not "applies" and not dropped.',
    applies: UK_OSA,
    unclear: ['uk-osa-children-risk-assessment-and-safety'],
    exempt: [],
  },
  {
    profile: 'eu-file-host-medium',
    why:
      'A medium EU host: every hosting duty applies (Art. 16 binds every host), and no size exemption covers a medium enterprise, so Arts 15, 20-24 apply. ' +
      'Art. 28 stays a question because minors are not allowed, which does not settle "accessible to minors".',
    applies: sorted(DSA_EVERY_HOST, without(DSA_NOT_MICRO_OR_SMALL, 'eu-dsa-art28-protection-of-minors')),
    unclear: ['eu-dsa-art28-protection-of-minors'],
    exempt: [],
  },
  {
    profile: 'eu-file-host-micro',
    why: 'The same host as a micro enterprise: Art. 15(2) and Art. 19 exempt it from the transparency report and Section 3 (Arts 20-28, except 24(3)).',
    applies: DSA_EVERY_HOST,
    unclear: [],
    exempt: DSA_NOT_MICRO_OR_SMALL,
  },
  {
    profile: 'eu-social-large-minors',
    why: 'A large EU platform open to teenagers: every DSA duty the kit records applies, Art. 28 included, because minors are allowed and no exemption covers it.',
    applies: sorted(DSA_EVERY_HOST, DSA_NOT_MICRO_OR_SMALL),
    unclear: [],
    exempt: [],
  },
  {
    profile: 'eu-no-user-content',
    why: 'No feature lets users share content: the hosting duties become questions for counsel; as a micro enterprise the Art. 19 exemptions still hold.',
    applies: [],
    unclear: DSA_EVERY_HOST,
    exempt: DSA_NOT_MICRO_OR_SMALL,
  },
  {
    profile: 'us-photo-app-micro',
    why:
      'A US photo app: the CyberTipline report applies, and every duty that follows it (contents, preservation, access, penalties) follows its effect. ' +
      'As a public forum for user content it is a covered platform under the TAKE IT DOWN Act. US law has no size exemption here.',
    applies: sorted(['us-report-cybertipline', 'us-take-it-down-act-removal'], US_FOLLOWERS),
    unclear: [],
    exempt: [],
  },
  {
    profile: 'us-provider-eu-users',
    why: 'A large US forum with EU users: the US duties as above, and the DSA reaches it through its EU users (Art. 2(1)); large, so no exemption; no minors, so Art. 28 is a question.',
    applies: sorted(
      ['us-report-cybertipline', 'us-take-it-down-act-removal'],
      US_FOLLOWERS,
      DSA_EVERY_HOST,
      without(DSA_NOT_MICRO_OR_SMALL, 'eu-dsa-art28-protection-of-minors'),
    ),
    unclear: ['eu-dsa-art28-protection-of-minors'],
    exempt: [],
  },
  {
    profile: 'ca-forum-small',
    why:
      'A Canadian forum: the report to C3P and the police notification apply, and so do the duties that follow them: 21-day preservation and no disclosure after a notification. ' +
      'The state of the amendments is a question for counsel.',
    applies: sorted(['ca-report-internet-address', 'ca-notify-police'], CA_FOLLOWERS),
    unclear: ['ca-amendments-state'],
    exempt: [],
  },
  {
    profile: 'ca-messaging-e2ee',
    why:
      'A Canadian messaging app with US users: the Canadian duties apply. Whether § 2258A reaches a provider based outside the US is a question, and ' +
      'so is everything that follows the CyberTipline report, and the TAKE IT DOWN Act for a platform based outside the US.',
    applies: sorted(['ca-report-internet-address', 'ca-notify-police'], CA_FOLLOWERS),
    unclear: sorted(['ca-amendments-state', 'us-report-cybertipline', 'us-take-it-down-act-removal'], US_FOLLOWERS),
    exempt: [],
  },
  {
    profile: 'au-social-small',
    why:
      'An Australian social app: removal notices can reach any service used from Australia. Section 474.25 names ISPs and providers hosting in Australia, ' +
      'the minimum age binds only "age-restricted social media platforms", and the codes and expectations depend on the kind of service: questions for counsel.',
    applies: ['au-removal-notices'],
    unclear: sorted([
      'au-basic-online-safety-expectations',
      'au-criminal-code-s474-25-refer-to-afp',
      'au-industry-codes-and-standards',
      'au-social-media-minimum-age',
    ]),
    exempt: [],
  },
  {
    profile: 'elsewhere-everywhere',
    why:
      "Established outside the five, users in all of them: the EU and UK duties reach it through its users (small, so the Art. 19 exemptions hold; minors allowed, so the UK children's duties apply). " +
      'US and Canadian duties turn on establishment, so they are questions, and so are the duties that follow them.',
    applies: sorted(DSA_EVERY_HOST, UK_OSA, ['uk-osa-children-risk-assessment-and-safety', 'au-removal-notices']),
    unclear: sorted(
      [
        'us-report-cybertipline',
        'us-take-it-down-act-removal',
        'ca-report-internet-address',
        'ca-notify-police',
        'ca-amendments-state',
      ],
      US_FOLLOWERS,
      CA_FOLLOWERS,
      [
        'au-basic-online-safety-expectations',
        'au-criminal-code-s474-25-refer-to-afp',
        'au-industry-codes-and-standards',
        'au-social-media-minimum-age',
      ],
    ),
    exempt: DSA_NOT_MICRO_OR_SMALL,
  },
];

describe('what applies, profile by profile', () => {
  it('has at least 12 test profiles, each with a reason', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
    for (const row of ROWS) expect(row.why.length).toBeGreaterThan(40);
  });

  it.each(ROWS)('$profile', (row) => {
    const result = whatApplies(load(row.profile), inputs);
    expect(split(result)).toEqual({
      applies: [...row.applies].sort(),
      unclear: [...row.unclear].sort(),
      exempt: [...row.exempt].sort(),
    });
  });
});

describe('the facts a profile gives are read', () => {
  it('gives a different answer for a different size band where the law differs, and the same where it does not', () => {
    const medium = whatApplies(load('eu-file-host-medium'), inputs);
    const micro = whatApplies({ ...load('eu-file-host-medium'), size_band: 'micro' }, inputs);
    const art15 = (result: WhatApplies) =>
      result.obligations.find((item) => item.id === 'eu-dsa-art15-transparency-report')?.effect ?? 'exempt';
    expect([art15(medium), art15(micro)]).toEqual(['applies', 'exempt']);
    const art16 = (result: WhatApplies) =>
      result.obligations.find((item) => item.id === 'eu-dsa-art16-notice-and-action')?.effect;
    expect([art16(medium), art16(micro)]).toEqual(['applies', 'applies']);
  });

  it('never reads a missing size band as an exemption: the duty becomes a question, with the reason', () => {
    const { size_band: _size, ...rest } = load('eu-file-host-micro');
    const result = whatApplies(rest, inputs);
    expect(result.exempt).toEqual([]);
    const art15 = result.obligations.find((item) => item.id === 'eu-dsa-art15-transparency-report')!;
    expect(art15.effect).toBe('unclear');
    expect(art15.reasons.at(-1)).toMatch(
      /^Your answers do not say your size\. Article 15\(2\) DSA: the duty does not apply/,
    );
  });

  it('reads minors allowed: the same platform without minors turns Art. 28 into a question', () => {
    const withMinors = whatApplies(load('eu-social-large-minors'), inputs);
    const profile = load('eu-social-large-minors');
    const adults = whatApplies({ ...profile, features: { ...profile.features, minors_allowed: false } }, inputs);
    const art28 = (result: WhatApplies) =>
      result.obligations.find((item) => item.id === 'eu-dsa-art28-protection-of-minors')!;
    expect(art28(withMinors).effect).toBe('applies');
    expect(art28(adults).effect).toBe('unclear');
    expect(art28(adults).reasons.at(-1)).toMatch(
      /^Your profile does not turn on Users under 18 allowed\. Article 28\(1\) binds online platforms "accessible to minors"/,
    );
  });

  it('makes a dependent duty follow its parent, and says so', () => {
    const result = whatApplies(load('ca-forum-small'), inputs);
    const preserve = result.obligations.find((item) => item.id === 'ca-preserve-computer-data')!;
    expect(preserve.effect).toBe('applies');
    expect(preserve.reasons[0]).toBe(
      'It follows "Notify the police when you have reasonable grounds to believe your service is used for a CSAM offence" [ca-notify-police]: it applies because that duty applies to you.',
    );
  });
});

describe('every answer says what it covers and carries its sources', () => {
  const result = whatApplies(load('uk-teen-streaming'), inputs);

  it('opens the text with what the list covers and does not, before any duty', () => {
    const text = formatWhatApplies(result, 'text', 'Example').split('\n');
    expect(text[2]).toBe(result.coverage.covers);
    expect(text[4]).toBe('It does not cover:');
    expect(text[5]).toBe(`- ${result.coverage.does_not_cover[0]}`);
    expect(result.coverage.covers).toMatch(
      /^This list covers the child-safety duties the kit records for the United States, Canada, the European Union, the United Kingdom, Australia(, [A-Z][A-Za-z ]+)* and [A-Z][A-Za-z ]+: .*risk assessment.*, as of \d{4}-\d{2}-\d{2}\. It is guidance, not legal advice\.$/,
    );
  });

  it('gives each duty its instrument and a primary source with pinpoint and URL', () => {
    for (const duty of result.obligations) {
      expect(duty.instrument.length).toBeGreaterThan(0);
      expect(duty.source.url).toMatch(/^https:\/\//);
      expect(duty.source.pinpoint.length).toBeGreaterThan(0);
    }
    expect(result.obligations.find((item) => item.id === 'uk-osa-s66-report-csea-to-nca')!.source).toEqual({
      title: 'Online Safety Act 2023, section 66',
      url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/66',
      pinpoint: 's. 66(1)-(4)',
    });
  });

  it('says a release that does not record its scope is incomplete, rather than saying nothing', () => {
    const { does_not_cover: _scope, ...rules } = inputs.rules;
    expect(coverage({ obligations: inputs.obligations, rules }).does_not_cover).toEqual([UNRECORDED_SCOPE]);
  });
});
