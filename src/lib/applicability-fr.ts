/**
 * The French wording of the sentences the "what applies" logic builds (what the list covers and
 * what it does not), for `applicable --lang fr` and the French "what applies" page. Pure, no
 * Docusaurus: the page passes its locale in. Each sentence says exactly what its English source
 * says; a line of the data with no French here stays in English, never silently dropped.
 */
import type { DutyKind } from '../schema/obligations';

/** The languages the "what applies" sentences are written in; English is the source. */
export type ScopeLanguage = 'en' | 'fr';

/** A jurisdiction of the obligations data, as French prose names it after "pour" (with its article). */
const PLACE_FR: Readonly<Record<string, string>> = {
  US: 'les États-Unis',
  EU: "l'Union européenne",
  UK: 'le Royaume-Uni',
  CA: 'le Canada',
  AU: "l'Australie",
  BR: 'le Brésil',
  IN: "l'Inde",
  FR: 'la France',
  DE: "l'Allemagne",
  IE: "l'Irlande",
  ZA: "l'Afrique du Sud",
  SG: 'Singapour',
  NZ: 'la Nouvelle-Zélande',
};

/** A place's French name: from the table, else the runtime's region name, else its code. */
export function placeNameFr(code: string): string {
  const known = PLACE_FR[code];
  if (known !== undefined) return known;
  try {
    return new Intl.DisplayNames('fr', { type: 'region' }).of(code === 'UK' ? 'GB' : code) ?? code;
  } catch {
    return code;
  }
}

/** The kinds of duty, lower case, as the scope sentence lists them (the English lists DUTY_KIND_LABELS). */
export const DUTY_KIND_LABELS_FR: Readonly<Record<DutyKind, string>> = {
  report: 'signaler',
  preserve: 'conserver',
  no_disclosure: 'ne pas divulguer',
  removal: 'retirer',
  notice_and_action: 'notification et action',
  statement_of_reasons: 'exposé des motifs',
  complaints: 'réclamations',
  risk_assessment: 'évaluation des risques',
  safety_measures: 'mesures de sécurité',
  age_assurance: "vérification de l'âge",
  transparency: 'transparence',
  points_of_contact: 'points de contact',
  records: 'registres',
  orders: 'injonctions des autorités',
  state_of_law: 'état du droit',
};

/** "a, b et c". */
export function joinEt(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** The French "covers" sentence; the same facts as the English one. */
export function coversFr(codes: readonly string[], kinds: readonly DutyKind[], asOf: string): string {
  const labels = kinds.map((kind) => DUTY_KIND_LABELS_FR[kind]);
  return (
    `Cette liste couvre les obligations de protection de l'enfance que le kit recense pour ${joinEt(codes.map(placeNameFr))}` +
    (labels.length > 0 ? ` : ${joinEt(labels)}` : '') +
    `, à jour au ${asOf}. Ce sont des indications, pas un avis juridique.`
  );
}

/** Said when a release's rules do not record what the answer leaves out (UNRECORDED_SCOPE in English). */
export const UNRECORDED_SCOPE_FR =
  "Cette version n'indique pas ce que la liste laisse de côté. Considérez-la comme incomplète : elle ne couvre que les obligations citées ci-dessus, pas l'ensemble du droit.";

/** The French of each line of `does_not_cover` (docs/threats/_data/applicability.yaml), keyed by its English. */
const DOES_NOT_COVER_FR: Readonly<Record<string, string>> = {
  'The law of any country other than the ones listed, and state, provincial or Member State law, except where a duty names it.':
    'Le droit de tout pays autre que ceux qui sont cités, ainsi que le droit des États fédérés, des provinces ou des États membres, sauf quand une obligation le nomme.',
  'Law that is not specific to child safety, such as data protection, consumer, advertising, copyright or employment law.':
    "Le droit qui n'est pas propre à la protection de l'enfance, comme le droit de la protection des données, de la consommation, de la publicité, le droit d'auteur ou le droit du travail.",
  'Duties of very large online platforms and search engines, of app stores and of internet access providers.':
    "Les obligations des très grandes plateformes en ligne et des très grands moteurs de recherche, des boutiques d'applications et des fournisseurs d'accès à internet.",
  'Duties that turn on facts your profile does not record, such as your exact number of users, your revenue or how your service is classified by a regulator.':
    "Les obligations qui dépendent de faits que votre profil n'indique pas, comme votre nombre exact d'utilisateurs, votre chiffre d'affaires ou la manière dont un régulateur classe votre service.",
  'Criminal law that binds people rather than services, and any contract you have signed (for example with a hash-sharing programme).':
    "Le droit pénal qui s'impose aux personnes plutôt qu'aux services, et tout contrat que vous avez signé (par exemple avec un programme de partage d'empreintes).",
};

/** One line of `does_not_cover` in French; a line without a French version stays as written. */
export const doesNotCoverFr = (line: string): string => DOES_NOT_COVER_FR[line] ?? line;
