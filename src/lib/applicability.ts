/**
 * "What applies to you": one pure function from a platform profile to the duties, destinations,
 * templates, flows, threats, programmes, checklist and open questions that follow from it. Every
 * rule is data: an obligation's `reach` (obligations.yaml), a template's or programme's
 * `applies_when`, a threat's `exposure`, and docs/threats/_data/applicability.yaml. Conditions are
 * evaluated by the one evaluator templates use (src/lib/templates/applicability.ts). The site page,
 * the CLI (`applicable`) and the tests share this file; no React, no file access.
 *
 * Reach: an obligation's `reach` is read once, by `reachMatches` in src/lib/routing.ts, so this page
 * and the routing tool always agree on which duties a platform's places trigger.
 */
import type { ApplicabilityData } from '../schema/applicability';
import { DUTY_KIND_LABELS, type DutyKind, type Obligation } from '../schema/obligations';
import { placeIn } from '../schema/jurisdiction';
import { PLACE_NAMES } from '../schema/places';
import type { Feature, Profile, SizeBand } from '../schema/profile';
import type { AppliesWhen, TemplateEntry } from '../schema/templates-data';
import type { Threat } from '../schema/threats';
import type { VariableRegistry } from '../schema/variables-data';
import type { ProfileValues } from './profile';
import { parsePlace, type Place } from './places';
import { coversFr, doesNotCoverFr, REASONS, UNRECORDED_SCOPE_FR, type ScopeLanguage } from './applicability-fr';
import { isActive, reachMatches } from './routing';
import { applicability } from './templates/applicability';
import { joinAnd, labelIn } from './templates/format';

/** The data the rules read; each page or command passes the files of its own version. */
export interface ApplicabilityInputs {
  obligations: readonly Obligation[];
  destinations: readonly { id: string; name: string; jurisdiction: string; url?: string | null }[];
  templates: readonly TemplateEntry[];
  threats: readonly Threat[];
  programmes: readonly { id: string; name: string; applies_when?: AppliesWhen }[];
  rules: ApplicabilityData;
  registry: VariableRegistry;
}

export type Effect = 'applies' | 'unclear';

/**
 * The parts of a profile the rules read; the page asks for just these. `size_band` may be missing (the page may not
 * have asked): a duty with a size exemption then comes back as a question for counsel, never as exempt.
 */
export type ApplicabilityProfile = Pick<Profile, 'established_in' | 'users_in' | 'features'> & { size_band?: SizeBand };

/** The source a reader checks a duty against: its first primary citation. */
export interface DutySource {
  title: string;
  url: string;
  pinpoint: string;
}

export interface ObligationResult {
  id: string;
  title: string;
  jurisdiction: string;
  status: Obligation['status'];
  /** `reporting`: a duty with `reach` that routes a report; `related`: any other duty of the same place. */
  kind: 'reporting' | 'related';
  /** What kind of duty (report, preserve, risk assessment…), where the record says. */
  duty: DutyKind | null;
  effect: Effect;
  reasons: string[];
  report_to: string | null;
  instrument: string;
  /** The date the duty binds from, where the record gives one. */
  effective: string | null;
  as_of: string;
  source: DutySource;
}

/** A duty of a place the profile names that the law's own exemption takes the platform out of. */
export interface ExemptResult {
  id: string;
  title: string;
  jurisdiction: string;
  instrument: string;
  reason: string;
  source: DutySource;
}

/** What the answer covers and what it does not; every output opens with it. */
export interface Coverage {
  /** The latest date the duty records were checked: the answer is as of this date. */
  as_of: string;
  jurisdictions: string[];
  kinds: string[];
  covers: string;
  does_not_cover: string[];
}

export interface WhatApplies {
  coverage: Coverage;
  hostsUserContent: boolean;
  exempt: ExemptResult[];
  obligations: ObligationResult[];
  destinations: { id: string; name: string; url: string | null; effect: Effect; because: string[] }[];
  templates: { id: string; summary: string; first: boolean; reason: string }[];
  flows: { id: string; title: string; first: boolean; reason: string }[];
  threats: { id: string; name: string; features: Feature[]; reason: string }[];
  programmes: { id: string; name: string; reason: string }[];
  questions: { id: string; ask: string; why: string }[];
  checklist: { id: string; by_day: number; task: string; page?: string }[];
}

/** The values the condition evaluator reads, from a valid profile. */
export function conditionValues(profile: ApplicabilityProfile): ProfileValues {
  const values: Record<string, boolean | readonly string[]> = {
    established_in: profile.established_in,
    users_in: profile.users_in,
  };
  for (const [name, on] of Object.entries(profile.features)) values[`features.${name}`] = on;
  return values;
}

const place = (code: string) => PLACE_NAMES[code] ?? code;

const places = (codes: readonly string[]) => codes.flatMap((code) => parsePlace(code) ?? []);

/**
 * How the `reach` of one obligation applies to a profile: the factors the profile answers
 * (established, users). `hosted` is never answered by a profile: it comes back as a question.
 */
export function obligationReach(
  obligation: Obligation,
  profile: ApplicabilityProfile,
  hostsUserContent: boolean,
  lang: ScopeLanguage = 'en',
): { effect: Effect; reasons: string[] } | undefined {
  const R = REASONS[lang];
  const known: Record<'established' | 'users' | 'hosted', Place[]> = {
    established: places(profile.established_in),
    users: places(profile.users_in),
    hosted: [],
  };
  const matches = reachMatches(obligation, known);
  if (matches.length === 0) return undefined;
  const code = obligation.jurisdiction;
  const reasons = matches.map((match) =>
    R.reach(match.factor, code, place(code), hostsUserContent, match.rule.why.trim()),
  );
  let effect: Effect = matches.some((match) => match.tier === 'must') ? 'applies' : 'unclear';
  if (effect === 'applies' && !hostsUserContent) {
    effect = 'unclear';
    reasons.push(R.noUserContent);
  }
  return { effect, reasons };
}

function holds(rule: AppliesWhen | undefined, values: ProfileValues, registry: VariableRegistry, lang?: ScopeLanguage) {
  return applicability(rule, values, registry, lang);
}

function featureLabel(registry: VariableRegistry, feature: string, lang: ScopeLanguage = 'en'): string {
  const variable = registry.find((item) => item.name === `features.${feature}`);
  return variable ? labelIn(variable, lang) : feature;
}

/**
 * Everything that applies to the platform a valid profile describes. Pure and deterministic. `lang` writes the
 * sentences this function builds in that language; the data they quote (titles, `why`, tasks) stays as recorded.
 */
export function whatApplies(
  profile: ApplicabilityProfile,
  inputs: ApplicabilityInputs,
  lang: ScopeLanguage = 'en',
): WhatApplies {
  const { rules } = inputs;
  const R = REASONS[lang];
  const label = (feature: string) => featureLabel(inputs.registry, feature, lang);
  const values = conditionValues(profile);
  const hostsUserContent = rules.user_content_features.some((feature) => profile.features[feature]);
  const questions: WhatApplies['questions'] = [];

  // Obligations: duties with reach rules by their reach; other duties of the profile's places after them; then
  // size exemptions, features and the duties that follow another one.
  const obligations: ObligationResult[] = [];
  const exempt: ExemptResult[] = [];
  const result = (
    obligation: Obligation,
    kind: ObligationResult['kind'],
    effect: Effect,
    reasons: string[],
  ): ObligationResult => ({
    id: obligation.id,
    title: obligation.title,
    jurisdiction: obligation.jurisdiction,
    status: obligation.status,
    kind,
    duty: obligation.kind ?? null,
    effect,
    reasons,
    report_to: obligation.report_to,
    instrument: obligation.instrument,
    effective: obligation.effective ?? null,
    as_of: obligation.as_of,
    source: sourceOf(obligation),
  });
  for (const obligation of inputs.obligations) {
    if (!isActive(obligation) || obligation.follows) continue;
    const reach = obligationReach(obligation, profile, hostsUserContent, lang);
    if (reach) {
      obligations.push(result(obligation, obligation.report_to ? 'reporting' : 'related', reach.effect, reach.reasons));
      if (reach.effect === 'unclear') {
        questions.push({
          id: `reach-${obligation.id}`,
          ask: R.reachAsk(obligation.title, obligation.instrument),
          why: reach.reasons.join(' '),
        });
      }
    }
    const hosted = obligation.reach?.hosted;
    if (
      hosted &&
      !(hosted.unless_established && profile.established_in.some((code) => placeIn(code, obligation.jurisdiction))) &&
      reach?.effect !== 'applies'
    ) {
      questions.push({
        id: `hosted-${obligation.id}`,
        ask: R.hostedAsk(
          obligation.jurisdiction,
          place(obligation.jurisdiction),
          obligation.title,
          obligation.instrument,
        ),
        why: hosted.why.trim(),
      });
    }
  }
  const profilePlaces = [...profile.established_in, ...profile.users_in];
  for (const obligation of inputs.obligations) {
    if (
      obligation.reach ||
      obligation.follows ||
      !isActive(obligation) ||
      !profilePlaces.some((code) => placeIn(code, obligation.jurisdiction))
    )
      continue;
    const established = profile.established_in.some((code) => placeIn(code, obligation.jurisdiction));
    obligations.push(
      result(obligation, 'related', 'unclear', [
        R.related(established, obligation.jurisdiction, place(obligation.jurisdiction), obligation.applies_to.trim()),
      ]),
    );
  }

  // Duties that follow another (preservation after a report, no disclosure after a notification) take its effect;
  // a duty of a duty that follows another takes the effect down the chain, in file order.
  for (const obligation of inputs.obligations) {
    if (!obligation.follows || !isActive(obligation)) continue;
    const parent = obligations.find((item) => item.id === obligation.follows);
    if (!parent) continue;
    obligations.push(
      result(obligation, 'related', parent.effect, [R.follows(parent.title, parent.id, parent.effect === 'applies')]),
    );
  }

  // Size exemptions and features: read from the profile; a missing size band is a question, never an exemption.
  for (let index = obligations.length - 1; index >= 0; index -= 1) {
    const item = obligations[index]!;
    const obligation = inputs.obligations.find((record) => record.id === item.id)!;
    if (obligation.exempt) {
      if (profile.size_band && obligation.exempt.size_bands.includes(profile.size_band)) {
        obligations.splice(index, 1);
        exempt.push({
          id: obligation.id,
          title: obligation.title,
          jurisdiction: obligation.jurisdiction,
          instrument: obligation.instrument,
          reason: R.exempt(profile.size_band, obligation.exempt.why.trim()),
          source: sourceOf(obligation),
        });
        continue;
      }
      if (!profile.size_band) {
        item.effect = 'unclear';
        item.reasons.push(R.noSize(obligation.exempt.why.trim()));
      } else {
        item.reasons.push(R.notExempt(profile.size_band, obligation.exempt.why.trim()));
      }
    }
    if (obligation.features && !obligation.features.any.some((feature) => profile.features[feature])) {
      item.effect = 'unclear';
      item.reasons.push(R.featuresOff(obligation.features.any.map(label), obligation.features.why.trim()));
    } else if (obligation.features) {
      const on = obligation.features.any.filter((feature) => profile.features[feature]).map(label);
      item.reasons.push(R.featuresOn(joinAnd(on, lang), obligation.features.why.trim()));
    }
  }

  // A duty that follows an exempt duty is not owed either; one whose parent became a question becomes one too.
  for (let index = obligations.length - 1; index >= 0; index -= 1) {
    const follows = inputs.obligations.find((record) => record.id === obligations[index]!.id)?.follows;
    if (follows && exempt.some((item) => item.id === follows)) obligations.splice(index, 1);
  }
  for (const item of obligations) {
    const follows = inputs.obligations.find((record) => record.id === item.id)?.follows;
    const parent = follows ? obligations.find((other) => other.id === follows) : undefined;
    if (parent?.effect === 'unclear' && item.effect === 'applies') {
      item.effect = 'unclear';
      item.reasons.push(R.parentUnclear(parent.title));
    }
  }

  // Destinations: where the reporting duties send a report, and the alternatives the law allows.
  const destinations = new Map<string, WhatApplies['destinations'][number]>();
  const addDestination = (id: string, effect: Effect, because: string) => {
    const record = inputs.destinations.find((destination) => destination.id === id);
    if (!record) return;
    const entry = destinations.get(id) ?? { id, name: record.name, url: record.url ?? null, effect, because: [] };
    if (effect === 'applies') entry.effect = 'applies';
    if (!entry.because.includes(because)) entry.because.push(because);
    destinations.set(id, entry);
  };
  for (const entry of obligations.filter((item) => item.kind === 'reporting')) {
    const obligation = inputs.obligations.find((item) => item.id === entry.id)!;
    if (obligation.report_to) addDestination(obligation.report_to, entry.effect, obligation.id);
    for (const alternative of obligation.alternatives ?? [])
      addDestination(alternative.destination, 'unclear', obligation.id);
  }

  // Templates: the ones to adopt first in their order, then the rest that apply.
  const order = rules.adopt_first_templates;
  const templates = inputs.templates
    .map((template) => ({ template, result: holds(template.applies_when, values, inputs.registry, lang) }))
    .filter(({ result }) => result.applies)
    .map(({ template, result }) => ({
      id: template.id,
      summary: template.summary,
      first: order.includes(template.id),
      reason: result.reason,
    }))
    .sort((a, b) => rank(order, a.id) - rank(order, b.id));

  const flows = rules.flows.flatMap((rule) => {
    const result = holds(rule.applies_when, values, inputs.registry, lang);
    return result.applies ? [{ id: rule.id, title: rule.title, first: rule.first, reason: result.reason }] : [];
  });

  // Threats: those the platform's features expose it to, most exposed first.
  const threats = inputs.threats
    .map((threat) => {
      const features = threat.exposure.map((cell) => cell.feature).filter((feature) => profile.features[feature]);
      return {
        id: threat.id,
        name: threat.name,
        features,
        reason: R.threat(joinAnd(features.map(label), lang)),
      };
    })
    .filter((threat) => threat.features.length > 0)
    .sort((a, b) => b.features.length - a.features.length);

  const programmes = inputs.programmes.flatMap((programme) => {
    const result = holds(programme.applies_when, values, inputs.registry, lang);
    return result.applies ? [{ id: programme.id, name: programme.name, reason: result.reason }] : [];
  });

  // Questions for counsel: where the profile cannot decide.
  if (profile.established_in.length === 0) {
    questions.unshift({
      id: 'established-elsewhere',
      ask: R.establishedAsk,
      why: R.establishedWhy,
    });
  }
  if (!hostsUserContent) {
    questions.unshift({
      id: 'no-user-content',
      ask: R.noContentAsk,
      why: R.noContentWhy(rules.user_content_features.map(label).join(', ')),
    });
  }
  for (const question of rules.questions) {
    if (holds(question.applies_when, values, inputs.registry).applies)
      questions.push({ id: question.id, ask: question.ask, why: question.why.trim() });
  }

  const checklist = rules.checklist
    .filter((item) => holds(item.applies_when, values, inputs.registry).applies)
    .map((item) => ({ id: item.id, by_day: item.by_day, task: item.task, ...(item.page ? { page: item.page } : {}) }))
    .sort((a, b) => a.by_day - b.by_day);

  return {
    coverage: coverage(inputs),
    hostsUserContent,
    exempt,
    obligations,
    destinations: [...destinations.values()],
    templates,
    flows,
    threats,
    programmes,
    questions,
    checklist,
  };
}

/** The first primary citation of a record (a record always has one; the content tests check it). */
function sourceOf(obligation: Obligation): DutySource {
  const citation = obligation.citations.find((item) => !item.secondary) ?? obligation.citations[0]!;
  return { title: citation.title, url: citation.url, pinpoint: citation.pinpoint };
}

/** Said when a release's rules do not record what the answer leaves out: the list is then never read as complete. */
export const UNRECORDED_SCOPE =
  'This release does not record what the list leaves out. Treat it as incomplete: it covers only the duties named above, not the whole of the law.';

/** What the answer covers (from the obligations data) and what it does not (from the rules), in English or French. */
export function coverage(
  inputs: Pick<ApplicabilityInputs, 'obligations' | 'rules'>,
  lang: ScopeLanguage = 'en',
): Coverage {
  const jurisdictions = [...new Set(inputs.obligations.map((obligation) => obligation.jurisdiction))];
  const kinds = [...new Set(inputs.obligations.flatMap((obligation) => (obligation.kind ? [obligation.kind] : [])))];
  const labels = kinds.map((kind) => DUTY_KIND_LABELS[kind].toLowerCase());
  const names = jurisdictions.map(place);
  const as_of =
    inputs.obligations
      .map((obligation) => obligation.as_of)
      .sort()
      .at(-1) ?? '';
  const lines = inputs.rules.does_not_cover?.map((line) => line.trim());
  if (lang === 'fr')
    return {
      as_of,
      jurisdictions,
      kinds: labels,
      covers: coversFr(jurisdictions, kinds, as_of),
      does_not_cover: lines?.map(doesNotCoverFr) ?? [UNRECORDED_SCOPE_FR],
    };
  return {
    as_of,
    jurisdictions,
    kinds: labels,
    covers:
      `This list covers the child-safety duties the kit records for ${joinAnd(names)}` +
      (labels.length > 0 ? `: ${joinAnd(labels)}` : '') +
      `, as of ${as_of}. It is guidance, not legal advice.`,
    does_not_cover: lines ?? [UNRECORDED_SCOPE],
  };
}

function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  return index === -1 ? order.length : index;
}

/** Every id the rules name that does not exist in the data: empty when the rules are sound. */
export function checkApplicabilityRefs(
  inputs: ApplicabilityInputs,
  flows: readonly { id: string; title: string }[],
  pages: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const templateIds = new Set(inputs.templates.map((template) => template.id));
  const flowIds = new Set(flows.map((flow) => flow.id));
  const destinationIds = new Set(inputs.destinations.map((destination) => destination.id));
  for (const id of inputs.rules.adopt_first_templates)
    if (!templateIds.has(id)) problems.push(`adopt_first_templates: no template ${id} in templates.yaml`);
  for (const rule of inputs.rules.flows) {
    const flow = flows.find((item) => item.id === rule.id);
    if (!flow) problems.push(`flows: no flow ${rule.id} in docs/flows/_data`);
    else if (flow.title !== rule.title)
      problems.push(`flows: ${rule.id} has the title "${flow.title}", not "${rule.title}"`);
  }
  for (const item of inputs.rules.checklist)
    if (item.page && !pages.has(item.page)) problems.push(`checklist ${item.id}: no page docs/${item.page}.mdx`);
  for (const threat of inputs.threats) {
    for (const cell of threat.exposure) {
      for (const flow of cell.flows ?? [])
        if (!flowIds.has(flow))
          problems.push(`threat ${threat.id}, ${cell.feature}: no flow ${flow} in docs/flows/_data`);
    }
  }
  for (const obligation of inputs.obligations) {
    if (obligation.report_to && !destinationIds.has(obligation.report_to))
      problems.push(`obligation ${obligation.id}: no destination ${obligation.report_to}`);
  }
  return problems;
}
