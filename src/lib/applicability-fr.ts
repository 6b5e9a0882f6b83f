/**
 * The French wording of the sentences the "what applies" logic builds (what the list covers and
 * what it does not), for `applicable --lang fr` and the French "what applies" page. Pure, no
 * Docusaurus: the page passes its locale in. Each sentence says exactly what its English source
 * says; a line of the data with no French here stays in English, never silently dropped.
 */
import type { DutyKind } from '../schema/obligations';
import { joinAnd } from './templates/format';

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

/** The French "covers" sentence; the same facts as the English one. */
export function coversFr(codes: readonly string[], kinds: readonly DutyKind[], asOf: string): string {
  const labels = kinds.map((kind) => DUTY_KIND_LABELS_FR[kind]);
  return (
    `Cette liste couvre les obligations de protection de l'enfance que le kit recense pour ${joinAnd(codes.map(placeNameFr), 'fr')}` +
    (labels.length > 0 ? ` : ${joinAnd(labels, 'fr')}` : '') +
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

/** A place after a verb of place ("établi au Canada"): the French preposition and article of each recorded place. */
const PLACE_IN_FR: Readonly<Record<string, string>> = {
  US: 'aux États-Unis',
  EU: "dans l'Union européenne",
  UK: 'au Royaume-Uni',
  CA: 'au Canada',
  AU: 'en Australie',
  BR: 'au Brésil',
  IN: 'en Inde',
  FR: 'en France',
  DE: 'en Allemagne',
  IE: 'en Irlande',
  ZA: 'en Afrique du Sud',
  SG: 'à Singapour',
  NZ: 'en Nouvelle-Zélande',
};

/** "au Canada"; a place without a recorded preposition is named in brackets, never with a wrong one. */
export function placeInFr(code: string): string {
  return PLACE_IN_FR[code] ?? `dans ce lieu (${placeNameFr(code)})`;
}

/** "a, b ou c". */
export function joinOu(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ou ${items.at(-1)}`;
}

/** A size band as the exemption sentences name it. */
const SIZE_FR: Readonly<Record<string, string>> = {
  micro: 'une micro-entreprise',
  small: 'une petite entreprise',
  medium: 'une moyenne entreprise',
  large: 'une grande entreprise',
};

type ReachFactor = 'established' | 'users' | 'hosted';

/**
 * The sentences the "what applies" logic builds around the data, in English and in French. The data they quote
 * (a duty's title, instrument, `why`, who it binds) is passed in as written.
 */
export const REASONS = {
  en: {
    reach: (factor: ReachFactor, code: string, name: string, hostsContent: boolean, why: string) =>
      `Because you ${{ established: 'are established in', users: 'have users in', hosted: 'host content in' }[factor]} ${name}${hostsContent ? ' and host user content' : ''}: ${why}`,
    noUserContent:
      'Your profile says users cannot share content on your service. This duty is about content on a service; ask counsel whether it reaches you at all.',
    reachAsk: (title: string, instrument: string) => `Does "${title}" (${instrument}) apply to you?`,
    hostedAsk: (code: string, name: string, title: string, instrument: string) =>
      `Do you host content in ${name}? If so, does "${title}" (${instrument}) apply to you?`,
    related: (established: boolean, code: string, name: string, appliesTo: string) =>
      `Because you ${established ? 'are established in' : 'have users in'} ${name}. Check whether it binds your service. Who it binds: ${appliesTo}`,
    follows: (title: string, id: string, applies: boolean) =>
      `It follows "${title}" [${id}]: ${applies ? 'it applies because that duty applies to you' : 'whether it applies depends on the same question as that duty'}.`,
    exempt: (size: string, why: string) => `Your profile says you are a ${size} enterprise. ${why}`,
    noSize: (why: string) => `Your answers do not say your size. ${why}`,
    notExempt: (size: string, why: string) =>
      `Your profile says you are a ${size} enterprise, which the exemption does not cover. ${why}`,
    featuresOff: (labels: readonly string[], why: string) =>
      `Your profile does not turn on ${labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`}. ${why}`,
    featuresOn: (labels: string, why: string) => `Your profile turns on ${labels}. ${why}`,
    parentUnclear: (title: string) => `"${title}" is a question for counsel for you, so this duty is too.`,
    threat: (labels: string) => `Your platform has: ${labels}.`,
    establishedAsk:
      'Which law of the country where your company is established requires you to report child sexual abuse material, and to whom?',
    establishedWhy:
      'Your profile does not say where your company is established. The kit cannot tell you the law of the place where you are established until you add it (any country code, such as FR or BR).',
    noContentAsk: 'Is your service a hosting or user-to-user service at all under the laws where you operate?',
    noContentWhy: (features: string) =>
      `Your profile says users cannot share content (no ${features}). Most reporting duties bind services that carry or store users' content.`,
  },
  fr: {
    reach: (factor: ReachFactor, code: string, _name: string, hostsContent: boolean, why: string) =>
      `Parce que vous ${{ established: 'êtes établi', users: 'avez des utilisateurs', hosted: 'hébergez du contenu' }[factor]} ${placeInFr(code)}${hostsContent ? ' et hébergez du contenu de vos utilisateurs' : ''} : ${why}`,
    noUserContent:
      "Selon votre profil, les utilisateurs ne peuvent pas partager de contenu sur votre service. Cette obligation porte sur le contenu d'un service : demandez à un conseil juridique si elle vous vise.",
    reachAsk: (title: string, instrument: string) =>
      `L'obligation « ${title} » (${instrument}) s'applique-t-elle à vous ?`,
    hostedAsk: (code: string, _name: string, title: string, instrument: string) =>
      `Hébergez-vous du contenu ${placeInFr(code)} ? Si oui, l'obligation « ${title} » (${instrument}) s'applique-t-elle à vous ?`,
    related: (established: boolean, code: string, _name: string, appliesTo: string) =>
      `Parce que vous ${established ? 'êtes établi' : 'avez des utilisateurs'} ${placeInFr(code)}. Vérifiez si elle s'impose à votre service. Qui elle vise : ${appliesTo}`,
    follows: (title: string, id: string, applies: boolean) =>
      `Elle découle de l'obligation « ${title} » [${id}] : ${applies ? "elle s'applique parce que cette obligation s'applique à vous" : "la même question que pour cette obligation décide si elle s'applique"}.`,
    exempt: (size: string, why: string) => `Selon votre profil, vous êtes ${SIZE_FR[size] ?? size}. ${why}`,
    noSize: (why: string) => `Vos réponses n'indiquent pas votre taille. ${why}`,
    notExempt: (size: string, why: string) =>
      `Selon votre profil, vous êtes ${SIZE_FR[size] ?? size}, ce que l'exemption ne couvre pas. ${why}`,
    featuresOff: (labels: readonly string[], why: string) => `Votre profil n'active pas : ${joinOu(labels)}. ${why}`,
    featuresOn: (labels: string, why: string) => `Votre profil active : ${labels}. ${why}`,
    parentUnclear: (title: string) =>
      `L'obligation « ${title} » est une question pour votre conseil juridique : cette obligation l'est donc aussi.`,
    threat: (labels: string) => `Votre plateforme a : ${labels}.`,
    establishedAsk:
      "Quelle loi du pays où votre entreprise est établie vous oblige à signaler le matériel d'abus sexuel d'enfants, et à qui ?",
    establishedWhy:
      "Votre profil n'indique pas où votre entreprise est établie. Le kit ne peut pas vous indiquer le droit du lieu où vous êtes établi tant que vous ne l'avez pas ajouté (tout code de pays, comme FR ou BR).",
    noContentAsk:
      "Votre service est-il seulement un service d'hébergement ou de partage entre utilisateurs au sens des lois des pays où vous opérez ?",
    noContentWhy: (features: string) =>
      `Selon votre profil, les utilisateurs ne peuvent pas partager de contenu (aucune de ces fonctionnalités : ${features}). La plupart des obligations de signalement visent les services qui transmettent ou stockent le contenu de leurs utilisateurs.`,
  },
} as const;
