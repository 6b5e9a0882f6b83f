/**
 * The crosswalk: every requirement (docs/policies/_data/requirements.yaml) beside the template
 * clauses and flow steps that meet it, or the reason it is not met. Pure: the site, the CLI and
 * the tests give it the requirements, the clauses of the templates and the steps of the flows,
 * and it checks the references, filters by a platform profile and writes CSV, JSON or Markdown.
 */
import { NOT_COVERED_REASONS, NOT_COVERED_REASONS_FR, REGIMES, type NotCoveredReason } from '../schema/regimes';
import type { Requirement } from '../schema/requirements';
import { toCsv } from './csv';
import type { ProfileValues } from './profile';

/** What a reference points at: a template clause or a flow step, with the words to show for it. */
export interface Target {
  ref: string;
  kind: 'clause' | 'step';
  /** The template or flow id. */
  doc: string;
  /** The clause or step id. */
  id: string;
  /** "Child safety (CSEA) policy: How to report". */
  title: string;
  /** Site path, relative to the docs version root: `policies/child-safety-policy#reporting`. */
  path: string;
}

export interface TargetSource {
  templates: readonly { id: string; title: string; clauses: readonly { id: string; title: string }[] }[];
  flows: readonly { id: string; title: string; nodes: readonly { id: string; label: string }[] }[];
}

/** Every clause and step a requirement may point at, by its reference. */
export function targetIndex(source: TargetSource): Map<string, Target> {
  const index = new Map<string, Target>();
  for (const template of source.templates) {
    for (const clause of template.clauses) {
      const ref = `${template.id}#${clause.id}`;
      index.set(ref, {
        ref,
        kind: 'clause',
        doc: template.id,
        id: clause.id,
        title: `${template.title}: ${clause.title}`,
        path: `policies/${template.id}#${clause.id}`,
      });
    }
  }
  for (const flow of source.flows) {
    for (const node of flow.nodes) {
      const ref = `flows/${flow.id}#${node.id}`;
      index.set(ref, {
        ref,
        kind: 'step',
        doc: flow.id,
        id: node.id,
        title: `${flow.title}: ${node.label}`,
        path: `flows/${flow.id}`,
      });
    }
  }
  return index;
}

export interface CrosswalkProblem {
  requirement: string;
  message: string;
}

/** References that point nowhere: a clause id removed or renamed, a flow step that is gone. */
export function checkCrosswalk(
  requirements: readonly Requirement[],
  index: ReadonlyMap<string, Target>,
): CrosswalkProblem[] {
  const problems: CrosswalkProblem[] = [];
  for (const requirement of requirements) {
    for (const ref of requirement.met_by ?? []) {
      if (index.has(ref)) continue;
      const [doc] = ref.split('#');
      const known = [...index.keys()].filter((key) => key.startsWith(`${doc}#`));
      const hint =
        known.length > 0
          ? `; ${doc} has ${known.map((key) => key.split('#')[1]).join(', ')}`
          : `; there is no template or flow ${doc}`;
      problems.push({ requirement: requirement.id, message: `met_by ${ref} does not exist${hint}` });
    }
    if (requirement.met_by === undefined && requirement.not_covered === undefined) {
      problems.push({ requirement: requirement.id, message: 'has neither met_by nor not_covered' });
    }
  }
  return problems;
}

export interface CrosswalkRow {
  id: string;
  regime: string;
  regime_label: string;
  jurisdiction: string;
  pinpoint: string;
  requirement: string;
  applies_to: string;
  covered: boolean;
  met_by: { ref: string; title: string; path: string }[];
  not_covered: { reason: string; why: string } | null;
  source: { title: string; url: string; accessed: string; pinpoint?: string };
}

export function crosswalkRows(
  requirements: readonly Requirement[],
  index: ReadonlyMap<string, Target>,
): CrosswalkRow[] {
  return requirements.map((requirement) => {
    const regime = REGIMES[requirement.regime];
    return {
      id: requirement.id,
      regime: requirement.regime,
      regime_label: regime.label,
      jurisdiction: regime.jurisdiction,
      pinpoint: requirement.pinpoint,
      requirement: requirement.requirement,
      applies_to: requirement.applies_to,
      covered: (requirement.met_by?.length ?? 0) > 0,
      met_by: (requirement.met_by ?? []).map((ref) => {
        const target = index.get(ref);
        return { ref, title: target?.title ?? ref, path: target?.path ?? '' };
      }),
      not_covered: requirement.not_covered
        ? { reason: NOT_COVERED_REASONS[requirement.not_covered.reason], why: requirement.not_covered.why }
        : null,
      source: {
        title: requirement.source.title,
        url: requirement.source.url,
        accessed: requirement.source.accessed,
        pinpoint: requirement.source.pinpoint,
      },
    };
  });
}

const listOf = (value: unknown): string[] | undefined => (Array.isArray(value) ? (value as string[]) : undefined);

/**
 * Does a requirement apply to a platform? Safe by default: it applies unless the profile rules it
 * out, so a profile that leaves a place or a feature unanswered sees the requirement.
 * - a law or regulator's rule applies where the platform is established or has users;
 * - an app store's rule and any `applies_when` features apply unless every listed feature is false;
 * - a voluntary framework always shows (it is marked voluntary);
 * - a size exemption (`exempt_size_bands`) rules it out only when the profile gives one of those size bands.
 */
export function requirementApplies(requirement: Requirement, values: ProfileValues): boolean {
  const { jurisdiction } = REGIMES[requirement.regime];
  if (jurisdiction !== 'store' && jurisdiction !== 'voluntary') {
    const established = listOf(values.established_in);
    const users = listOf(values.users_in);
    if (established !== undefined && users !== undefined && ![...established, ...users].includes(jurisdiction))
      return false;
  }
  // A size exemption holds only when the profile gives its size; a missing size band never exempts.
  const size = values.size_band;
  if (typeof size === 'string' && requirement.exempt_size_bands?.some((band) => band === size)) return false;
  const features = requirement.applies_when?.any_feature;
  if (features && features.every((feature) => values[`features.${feature}`] === false)) return false;
  const places = requirement.applies_when?.any_jurisdiction;
  if (places) {
    const established = listOf(values.established_in);
    const users = listOf(values.users_in);
    if (
      established !== undefined &&
      users !== undefined &&
      !places.some((place) => [...established, ...users].includes(place))
    )
      return false;
  }
  return true;
}

export interface CrosswalkMeta {
  /** "2026.12" or "next". */
  release: string;
  /** The date the requirements were checked, e.g. 2026-12-07. */
  asOf: string;
  /** The platform the crosswalk was filtered for, if any. */
  platform?: string;
  /** Templates in the platform's pack, when filtered: a clause of another template is marked. */
  packTemplates?: readonly string[];
  /** The language of the fixed headings and sentences (`generate --lang fr`); English when left out. */
  lang?: 'en' | 'fr';
}

/** What every output says it covers and does not. */
export const CROSSWALK_SCOPE =
  "Covers 18 U.S.C. §§ 2258A-2258B, the TAKE IT DOWN Act, DSA Arts. 14-18, 20, 24 and 28, the UK Online Safety Act and Ofcom codes (by area), Australia's Basic Online Safety Expectations and industry codes, Canada's mandatory reporting Act, Google Play's Child Safety Standards, Apple's App Review Guideline 1.2 and the DTSP framework. It does not cover state or provincial laws, the Tech Coalition's practices, or Ofcom's code measures one by one. It is not legal advice.";

/** The same scope, in French: what a French crosswalk says it covers and does not. */
export const CROSSWALK_SCOPE_FR =
  "Couvre 18 U.S.C. §§ 2258A-2258B, le TAKE IT DOWN Act, les articles 14 à 18, 20, 24 et 28 du règlement sur les services numériques (DSA), l'Online Safety Act du Royaume-Uni et les codes de l'Ofcom (par domaine), les Basic Online Safety Expectations et les codes sectoriels de l'Australie, la loi canadienne sur la déclaration obligatoire, les Child Safety Standards de Google Play, la règle 1.2 des App Review Guidelines d'Apple et le cadre du DTSP. Ne couvre pas les lois des États ou des provinces, les pratiques de la Tech Coalition, ni les mesures des codes de l'Ofcom une par une. Ce n'est pas un avis juridique.";

export const CSV_HEADER = [
  'id',
  'regime',
  'jurisdiction',
  'pinpoint',
  'requirement',
  'applies_to',
  'covered',
  'met_by',
  'not_covered_reason',
  'not_covered_why',
  'source_title',
  'source_url',
  'source_accessed',
  'kit_release',
  'as_of',
  'platform',
] as const;

const refs = (row: CrosswalkRow, meta: CrosswalkMeta, titled = false) =>
  row.met_by.map((target) => {
    const doc = target.ref.split('#')[0]!;
    const outside = meta.packTemplates !== undefined && !doc.startsWith('flows/') && !meta.packTemplates.includes(doc);
    const name = titled ? `${target.title} (${target.ref})` : target.ref;
    return outside ? `${name} ${meta.lang === 'fr' ? '(absent de votre pack)' : '(not in your pack)'}` : name;
  });

/** A row's not-covered reason in French (rows carry the English label, as the JSON download does). */
function reasonFr(reason: string): string {
  const key = (Object.keys(NOT_COVERED_REASONS) as NotCoveredReason[]).find(
    (candidate) => NOT_COVERED_REASONS[candidate] === reason,
  );
  return key ? NOT_COVERED_REASONS_FR[key] : reason;
}

export function crosswalkCsv(rows: readonly CrosswalkRow[], meta: CrosswalkMeta): string {
  // The header comes first, so any spreadsheet reads it; the release and date are columns of every row.
  return toCsv(
    CSV_HEADER,
    rows.map((row) => [
      row.id,
      row.regime_label,
      row.jurisdiction,
      row.pinpoint,
      row.requirement,
      row.applies_to,
      row.covered ? 'yes' : 'no',
      refs(row, meta).join('; '),
      row.not_covered?.reason ?? '',
      row.not_covered?.why ?? '',
      row.source.title,
      row.source.url,
      row.source.accessed,
      meta.release,
      meta.asOf,
      meta.platform ?? '',
    ]),
  );
}

export function crosswalkJson(rows: readonly CrosswalkRow[], meta: CrosswalkMeta): string {
  return `${JSON.stringify(
    {
      release: meta.release,
      as_of: meta.asOf,
      ...(meta.platform ? { platform: meta.platform } : {}),
      covers: CROSSWALK_SCOPE,
      requirements: rows,
    },
    null,
    2,
  )}\n`;
}

/** Markdown table cells: pipes and line breaks would break the table, so they are escaped. */
const cell = (text: string) =>
  text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/[\r\n]+/g, ' ');

export function crosswalkMarkdown(rows: readonly CrosswalkRow[], meta: CrosswalkMeta): string {
  const covered = rows.filter((row) => row.covered).length;
  if (meta.lang === 'fr') return crosswalkMarkdownFr(rows, meta, covered);
  const lines = [
    `# Crosswalk${meta.platform ? ` for ${cell(meta.platform)}` : ''}`,
    '',
    `Child Safety Kit ${meta.release}. Requirements checked as of ${meta.asOf}. ${rows.length} requirements, ${covered} met by the kit's templates or flows, ${rows.length - covered} not covered (with the reason).`,
    '',
    CROSSWALK_SCOPE,
    '',
    '| Requirement | Regime | Pinpoint | Met by | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => {
      const met = row.covered
        ? refs(row, meta, true).join('; ')
        : `Not covered: ${row.not_covered?.reason ?? ''}. ${row.not_covered?.why ?? ''}`;
      return `| ${cell(row.requirement)} | ${cell(row.regime_label)} | ${cell(row.pinpoint)} | ${cell(met)} | ${cell(row.source.url)} (checked ${row.source.accessed}) |`;
    }),
    '',
  ];
  return lines.join('\n');
}

/** The French crosswalk: French headings and sentences; the requirements, reasons and sources stay as the data gives them. */
function crosswalkMarkdownFr(rows: readonly CrosswalkRow[], meta: CrosswalkMeta, covered: number): string {
  return [
    `# Table de correspondance${meta.platform ? ` pour ${cell(meta.platform)}` : ''}`,
    '',
    `Child Safety Kit ${meta.release}. Exigences vérifiées au ${meta.asOf}. ${rows.length} exigences : ${covered} satisfaites par les modèles ou parcours du kit, ${rows.length - covered} non couvertes (avec la raison). Les exigences, raisons et sources sont citées en anglais : leur traduction n'est pas encore faite.`,
    '',
    CROSSWALK_SCOPE_FR,
    '',
    '| Exigence | Régime | Référence | Satisfaite par | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => {
      const met = row.covered
        ? refs(row, meta, true).join(' ; ')
        : `Non couverte : ${reasonFr(row.not_covered?.reason ?? '')}. ${row.not_covered?.why ?? ''}`;
      return `| ${cell(row.requirement)} | ${cell(row.regime_label)} | ${cell(row.pinpoint)} | ${cell(met)} | ${cell(row.source.url)} (vérifiée le ${row.source.accessed}) |`;
    }),
    '',
  ].join('\n');
}

export type CrosswalkFormat = 'csv' | 'json' | 'md';
export const CROSSWALK_FORMATS: readonly CrosswalkFormat[] = ['csv', 'json', 'md'];

export function formatCrosswalk(rows: readonly CrosswalkRow[], meta: CrosswalkMeta, format: CrosswalkFormat): string {
  if (format === 'csv') return crosswalkCsv(rows, meta);
  if (format === 'json') return crosswalkJson(rows, meta);
  return crosswalkMarkdown(rows, meta);
}

/** The newest `accessed` date of the requirements: the "as of" of the crosswalk. */
export function crosswalkAsOf(requirements: readonly Requirement[]): string {
  return (
    requirements
      .map((requirement) => requirement.source.accessed)
      .sort()
      .at(-1) ?? ''
  );
}
