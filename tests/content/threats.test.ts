/**
 * The threats section over its real data: every threat sourced from https pages with a pinpoint,
 * every matrix cell a real profile feature with real flows, every applicability rule naming
 * templates, flows, pages and programmes that exist, and every threat exposed by some feature.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApplicabilityRefs } from '../../src/lib/applicability';
import { docPages, loadApplicabilityInputs, readFlows } from '../../src/lib/node/applicability-load';
import { sourceDisagreements } from '../../src/lib/threat-sources';
import { FEATURES } from '../../src/schema/profile';

const docs = join(import.meta.dirname, '../../docs');
const inputs = loadApplicabilityInputs(docs);
const pages = docPages(docs);
const flows = readFlows(docs, process.cwd());

/** Law-enforcement bodies and child-protection organisations the issue names (Europol/EC3, INHOPE, IWF, NCMEC, ICMEC). */
const LAW_ENFORCEMENT_OR_NGO = [
  'europol.europa.eu',
  'inhope.org',
  'iwf.org.uk',
  'missingkids.org',
  'missingkids.com',
  'icmec.org',
];
const isLawEnforcementOrNgo = (url: string) => {
  const { hostname } = new URL(url);
  return LAW_ENFORCEMENT_OR_NGO.some((host) => hostname === host || hostname.endsWith(`.${host}`));
};

describe('threats data', () => {
  it('every id an applicability rule or a matrix cell names exists', () => {
    expect(checkApplicabilityRefs(inputs, flows, pages)).toEqual([]);
  });

  it('catches a rule that names a missing flow, template or page', () => {
    const broken = {
      ...inputs,
      rules: {
        ...inputs.rules,
        adopt_first_templates: ['no-such-template'],
        flows: [
          { id: 'no-such-flow', title: 'No such flow', first: true },
          { id: 'triage', title: 'Triage', first: true },
        ],
        checklist: [{ id: 'x', by_day: 1, task: 'Do it.', page: 'flows/no-such-page' }],
      },
    };
    expect(checkApplicabilityRefs(broken, flows, pages)).toEqual([
      'adopt_first_templates: no template no-such-template in templates.yaml',
      'flows: no flow no-such-flow in docs/flows/_data',
      'flows: triage has the title "Triage and prioritisation", not "Triage"',
      'checklist x: no page docs/flows/no-such-page.mdx',
    ]);
  });

  it('has the nine threats of the issue, each with sources from https pages accessed on a real date', () => {
    expect(inputs.threats.map((threat) => threat.id)).toEqual([
      'p2p-darkweb-distribution',
      'live-streamed-abuse',
      'commercial-distribution',
      'online-solicitation-grooming',
      'sexual-extortion',
      'self-generated-imagery',
      'offender-networks',
      'ai-generated-imagery',
      'payment-exploitation',
    ]);
    for (const threat of inputs.threats) {
      expect(threat.sources.length, threat.id).toBeGreaterThan(0);
      for (const source of threat.sources)
        expect(source.url.startsWith('https://'), `${threat.id}: ${source.url}`).toBe(true);
    }
  });

  it('every threat cites at least one law-enforcement or child-protection organisation', () => {
    for (const threat of inputs.threats) {
      expect(
        threat.sources.some((source) => isLawEnforcementOrNgo(source.url)),
        threat.id,
      ).toBe(true);
    }
    expect(isLawEnforcementOrNgo('https://cf.missingkids.org/theissues/generative-ai')).toBe(true);
    expect(isLawEnforcementOrNgo('https://ofcom.org.uk/online-safety/')).toBe(false);
  });

  it('every source title says which edition or date we read, or that the copy was undated', () => {
    for (const threat of inputs.threats) {
      for (const source of threat.sources) {
        expect(/\b(19|20)\d{2}\b|undated/.test(source.title), `${threat.id}: ${source.title}`).toBe(true);
      }
    }
  });

  it('every citation of one source URL gives the same title and accessed date (the sources table shows one row per URL)', () => {
    expect(sourceDisagreements(inputs.threats)).toEqual([]);
  });

  it('every matrix column (feature) a threat uses is a profile feature, and every user-content feature exposes some threat', () => {
    const used = new Set(inputs.threats.flatMap((threat) => threat.exposure.map((cell) => cell.feature)));
    for (const feature of used) expect(FEATURES).toContain(feature);
    for (const feature of inputs.rules.user_content_features) expect(used.has(feature), feature).toBe(true);
  });

  it('the rules of this version say what "what applies" does not cover (optional only for older releases)', () => {
    expect(inputs.rules.does_not_cover?.length ?? 0).toBeGreaterThan(0);
  });

  it('every flow the rules list is one of the flows, listed once', () => {
    const ids = inputs.rules.flows.map((flow) => flow.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(flows.map((flow) => flow.id).sort());
  });

  it('every programme says when to consider it', () => {
    for (const programme of inputs.programmes) expect(programme.applies_when, programme.id).toBeDefined();
  });

  it('checklist ids are unique and the counsel item comes last', () => {
    const ids = inputs.rules.checklist.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('counsel-questions');
  });
});
