/**
 * "What applies to you" as text or Markdown (the CLI prints it; the page exports the checklist),
 * and the checklist with ticks as Markdown. Pure; no React.
 */
import { DUTY_KIND_LABELS, STATUS_LABELS, type DutyKind, type ObligationStatus } from '../schema/obligations';
import type { WhatApplies } from './applicability';

const EFFECT = { applies: 'Applies', unclear: 'Check with counsel' } as const;

/** The fixed words of the answer, per language; the data it lists (duties, reasons, sources) stay in English for now. */
export const FORMAT_LABELS = {
  en: {
    title: (name: string) => `What applies to ${name}`,
    dataLanguage: undefined as string | undefined,
    /** The punctuation between a label and its text: French sets a space before ":" and ";". */
    colon: ': ',
    semicolon: '; ',
    doesNotCover: 'It does not cover:',
    counsel: 'Where the kit cannot know, it says what to ask counsel.',
    noContent:
      'Your profile says users cannot share content on your service, so most duties below need counsel to confirm.',
    obligations: 'Legal obligations',
    noObligation: 'None of the duties the kit covers reaches you from your profile. See the questions for counsel.',
    exempt: 'Duties your size exempts you from',
    exemptItem: 'Exempt',
    source: 'Source',
    destinations: 'Where to report',
    noDestination: 'No destination follows from your profile.',
    from: 'from',
    templates: 'Templates to adopt',
    first: 'First',
    flows: 'Flows to adopt',
    noFlow: 'No flow follows from your profile.',
    threats: 'Threats to assess',
    noThreat: 'None of your features exposes you to the threats the kit describes.',
    programmes: 'Programmes to consider',
    noProgramme: 'No programme follows from your profile.',
    questions: 'Questions for counsel',
    checklist: 'First 30 days',
    byDay: (day: number) => `By day ${day}`,
    checklistFooter: (asOf: string) =>
      `First steps only, from Child Safety Kit's "what applies" answer as of ${asOf}. The duties, where to report and the questions for counsel are in the full answer. Guidance, not legal advice.`,
    effect: EFFECT as Record<keyof typeof EFFECT, string>,
    status: STATUS_LABELS as Record<ObligationStatus, string>,
    dutyKind: DUTY_KIND_LABELS as Record<DutyKind, string>,
  },
  fr: {
    title: (name: string) => `Ce qui s'applique à ${name}`,
    colon: ' : ',
    semicolon: ' ; ',
    dataLanguage:
      "Les intitulés et les textes tirés des données du kit (obligations, sources, modèles, parcours, menaces, tâches et questions) sont cités en anglais : leur traduction n'est pas encore faite.",
    doesNotCover: 'Ne sont pas couverts :',
    counsel: 'Quand le kit ne peut pas savoir, il indique quelle question poser à un conseil juridique.',
    noContent:
      'Selon votre profil, les utilisateurs ne peuvent pas partager de contenu sur votre service : la plupart des obligations ci-dessous doivent donc être confirmées par un conseil juridique.',
    obligations: 'Obligations légales',
    noObligation:
      "Aucune des obligations couvertes par le kit ne vous vise d'après votre profil. Voir les questions pour votre conseil juridique.",
    exempt: 'Obligations dont votre taille vous exempte',
    exemptItem: 'Exempté',
    source: 'Source',
    destinations: 'Où signaler',
    noDestination: 'Aucune destination ne découle de votre profil.',
    from: 'selon',
    templates: 'Modèles à adopter',
    first: "D'abord",
    flows: 'Parcours à adopter',
    noFlow: 'Aucun parcours ne découle de votre profil.',
    threats: 'Menaces à évaluer',
    noThreat: 'Aucune de vos fonctionnalités ne vous expose aux menaces décrites par le kit.',
    programmes: 'Programmes à envisager',
    noProgramme: 'Aucun programme ne découle de votre profil.',
    questions: 'Questions pour votre conseil juridique',
    checklist: 'Les 30 premiers jours',
    byDay: (day: number) => `Au plus tard le jour ${day}`,
    checklistFooter: (asOf: string) =>
      `Premières étapes seulement, tirées de la réponse « Ce qui s'applique » de Child Safety Kit à jour au ${asOf}. Les obligations, où signaler et les questions pour votre conseil juridique figurent dans la réponse complète. Les tâches sont citées en anglais : leur traduction n'est pas encore faite. Ce sont des indications, pas un avis juridique.`,
    effect: { applies: "S'applique", unclear: 'À vérifier avec un conseil juridique' } as Record<
      keyof typeof EFFECT,
      string
    >,
    /** The site's own French for these (i18n/fr/code.json, kit.labels.*); a content test keeps them equal. */
    status: {
      in_force: 'En vigueur',
      in_flux: 'En évolution',
      proposed: 'Proposé, pas encore en vigueur',
      lapsed: 'Caduc',
    } as Record<ObligationStatus, string>,
    dutyKind: {
      report: 'Signaler',
      preserve: 'Conserver',
      no_disclosure: 'Ne pas divulguer',
      removal: 'Retirer',
      notice_and_action: 'Notification et action',
      statement_of_reasons: 'Exposé des motifs',
      complaints: 'Réclamations',
      risk_assessment: 'Évaluation des risques',
      safety_measures: 'Mesures de sécurité',
      age_assurance: "Assurance de l'âge",
      transparency: 'Transparence',
      points_of_contact: 'Points de contact',
      records: 'Registres',
      orders: 'Injonctions des autorités',
      state_of_law: 'État du droit',
    } as Record<DutyKind, string>,
  },
} as const;

export type FormatLanguage = keyof typeof FORMAT_LABELS;

/** The checklist as a Markdown task list, ticked items with [x], in the page's language (the tasks as recorded). */
export function checklistMarkdown(result: WhatApplies, done: ReadonlySet<string>, lang: FormatLanguage = 'en'): string {
  const L = FORMAT_LABELS[lang];
  const lines = [`# ${L.checklist}`, ''];
  for (const item of result.checklist)
    lines.push(`- [${done.has(item.id) ? 'x' : ' '}] ${L.byDay(item.by_day)}${L.colon}${item.task}`);
  lines.push('', L.checklistFooter(result.coverage.as_of));
  return `${lines.join('\n')}\n`;
}

export function formatWhatApplies(
  result: WhatApplies,
  format: 'text' | 'md',
  name: string,
  lang: FormatLanguage = 'en',
): string {
  const L = FORMAT_LABELS[lang];
  const md = format === 'md';
  const out: string[] = [];
  const heading = (text: string) => out.push('', md ? `## ${text}` : `${text}\n${'-'.repeat(text.length)}`);
  const item = (text: string) => out.push(`- ${text}`);
  const sub = (text: string) => out.push(`  ${md ? '- ' : ''}${text}`);
  out.push(md ? `# ${L.title(name)}` : L.title(name));
  if (L.dataLanguage) out.push('', L.dataLanguage);
  out.push('', result.coverage.covers);
  out.push('', L.doesNotCover);
  for (const line of result.coverage.does_not_cover) item(line);
  out.push('', L.counsel);
  if (!result.hostsUserContent) out.push('', L.noContent);

  heading(L.obligations);
  if (result.obligations.length === 0) item(L.noObligation);
  for (const obligation of result.obligations) {
    const kind = obligation.duty ? `${L.dutyKind[obligation.duty]}, ` : '';
    item(
      `${L.effect[obligation.effect]} (${obligation.jurisdiction}, ${kind}${L.status[obligation.status]})${L.colon}${obligation.title} [${obligation.id}]`,
    );
    for (const reason of obligation.reasons) sub(reason);
    sub(
      `${L.source}${L.colon}${obligation.instrument}${L.semicolon}${obligation.source.title}, ${obligation.source.pinpoint} <${obligation.source.url}>`,
    );
  }
  if (result.exempt.length > 0) {
    heading(L.exempt);
    for (const duty of result.exempt) {
      item(`${L.exemptItem} (${duty.jurisdiction})${L.colon}${duty.title} [${duty.id}]`);
      sub(duty.reason);
      sub(
        `${L.source}${L.colon}${duty.instrument}${L.semicolon}${duty.source.title}, ${duty.source.pinpoint} <${duty.source.url}>`,
      );
    }
  }
  heading(L.destinations);
  if (result.destinations.length === 0) item(L.noDestination);
  for (const destination of result.destinations) {
    item(
      `${destination.name}${destination.url ? ` <${destination.url}>` : ''} (${L.effect[destination.effect]}${L.semicolon}${L.from} ${destination.because.join(', ')})`,
    );
  }
  heading(L.templates);
  for (const template of result.templates)
    item(`${template.first ? `${L.first}${L.colon}` : ''}${template.id}. ${template.reason}`);
  heading(L.flows);
  for (const flow of result.flows)
    item(`${flow.first ? `${L.first}${L.colon}` : ''}${flow.title} [${flow.id}]. ${flow.reason}`);
  if (result.flows.length === 0) item(L.noFlow);
  heading(L.threats);
  for (const threat of result.threats) item(`${threat.name} [${threat.id}]. ${threat.reason}`);
  if (result.threats.length === 0) item(L.noThreat);
  heading(L.programmes);
  for (const programme of result.programmes) item(`${programme.name} [${programme.id}]. ${programme.reason}`);
  if (result.programmes.length === 0) item(L.noProgramme);
  heading(L.questions);
  for (const question of result.questions) {
    item(question.ask);
    sub(question.why);
  }
  heading(L.checklist);
  for (const entry of result.checklist) item(`${md ? '[ ] ' : ''}${L.byDay(entry.by_day)}${L.colon}${entry.task}`);
  return `${out.join('\n')}\n`;
}
