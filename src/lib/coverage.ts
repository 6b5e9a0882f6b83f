/**
 * Which of a profile's places the kit has a legal guide for, and what it still knows about the
 * others: the national hotline there (from the directory), the EU layer for a Member State, and
 * what the kit knows about reporting to NCMEC from outside the US. Pure; the CLI (`applicable`),
 * the "What applies to you" page and the tests share it.
 */
import { jurisdictionsOf } from '../schema/jurisdiction';
import { isProfilePlace, PLACE_NAMES } from '../schema/places';

export interface CoverageHotline {
  id: string;
  name: string;
  organisation: string;
  report_url: string;
  /** `hotline`: an independent hotline (mostly INHOPE members); `government`: a state reporting portal. */
  kind: 'hotline' | 'government';
  inhope_member: boolean | 'unconfirmed';
}

export interface PlaceCoverage {
  code: string;
  name: string;
  /** True when docs/legal/_data/jurisdictions.yaml has a guide for the place itself. */
  guide: boolean;
  /** True for an EU Member State (or EU itself): the EU duties reach it. */
  eu: boolean;
  hotlines: CoverageHotline[];
  /** Plain sentences: what the kit knows and does not know about this place. */
  notes: string[];
}

export interface CoverageInputs {
  /** The jurisdictions with a guide (jurisdictions.yaml). */
  guides: readonly { code: string; as_of: string }[];
  hotlines: readonly {
    id: string;
    country: string;
    name: string;
    organisation: string;
    report_url: string;
    accepts: readonly string[];
    kind?: 'hotline' | 'government';
    inhope_member: boolean | 'unconfirmed';
  }[];
}

/** What the kit says about reporting to NCMEC from outside the US; see docs/legal/ncmec-cybertipline.mdx. */
export const NCMEC_OUTSIDE_US =
  "US law (18 U.S.C. § 2258A) requires providers of services in the United States to report to NCMEC's CyberTipline. NCMEC says that any company in the world may report to it, in its text as reproduced by the Childhood Foundation (we did not read it on an NCMEC page as of 7 December 2026): ask NCMEC for credentials before you need them, and report under the law where you are established as well.";

/** The same, in French (`applicable --lang fr`). */
export const NCMEC_OUTSIDE_US_FR =
  "La loi des États-Unis (18 U.S.C. § 2258A) oblige les fournisseurs de services aux États-Unis à faire leurs signalements au CyberTipline du NCMEC. Le NCMEC indique que toute entreprise dans le monde peut lui faire un signalement, dans un texte reproduit par la Childhood Foundation (nous ne l'avons pas lu sur une page du NCMEC au 7 décembre 2026) : demandez vos identifiants au NCMEC avant d'en avoir besoin, et signalez aussi selon la loi du pays où vous êtes établi.";

/** The languages the places section is written in; the structured fields are the same in each. */
export type CoverageLanguage = 'en' | 'fr';

/** The NCMEC sentence for a company established outside the US, in the page's or answer's language. */
export const ncmecOutsideUs = (lang: CoverageLanguage = 'en'): string =>
  lang === 'fr' ? NCMEC_OUTSIDE_US_FR : NCMEC_OUTSIDE_US;

const isoCountry = (code: string) => (code === 'UK' ? 'GB' : code);

/** A place's name in French, from the runtime's region names (`UK` is the United Kingdom, ISO `GB`). */
function frenchName(code: string): string {
  try {
    return new Intl.DisplayNames('fr', { type: 'region' }).of(isoCountry(code)) ?? code;
  } catch {
    return code;
  }
}

/** The fixed sentences of a place's notes, in French; a place is named once, at the start of its line. */
function frenchNotes(code: string, guideAsOf: string | undefined, eu: boolean, independentHotlines: number): string[] {
  const notes: string[] = [];
  if (guideAsOf !== undefined)
    notes.push(`Le kit a un guide juridique pour ${code === 'EU' ? "l'UE" : 'ce pays'} (à jour au ${guideAsOf}).`);
  else if (code !== 'EU')
    notes.push(
      "Le kit n'a pas de guide juridique pour ce pays. Il ne peut pas vous dire ce qu'exige le droit local : demandez à un avocat sur place quelle obligation de signaler les contenus d'abus sexuels sur enfants (CSAM) s'applique, à qui et dans quel délai.",
    );
  if (code === 'EU')
    notes.push(
      "Vous avez indiqué l'UE sans État membre : les obligations de l'UE s'appliquent, mais ajoutez les États membres (par exemple FR, DE ou IE) pour voir leurs règles et leurs lignes de signalement nationales.",
    );
  else if (eu)
    notes.push(
      "Ce pays est un État membre de l'UE : les obligations de l'UE (règlement sur les services numériques) vous y visent aussi.",
    );
  if (code !== 'EU' && independentHotlines === 0)
    notes.push(
      "L'annuaire du kit ne contient aucune ligne nationale de signalement des CSAM dans ce pays (au 7 décembre 2026).",
    );
  return notes;
}

/** Every place of the profile, established first, each once, with what the kit knows about it. */
export function placeCoverage(
  profile: { established_in: readonly string[]; users_in: readonly string[] },
  inputs: CoverageInputs,
  lang: CoverageLanguage = 'en',
): PlaceCoverage[] {
  const guides = new Map(inputs.guides.map((guide) => [guide.code, guide.as_of]));
  const codes = [...new Set([...profile.established_in, ...profile.users_in])].filter(isProfilePlace);
  return codes.map((code) => {
    const name = PLACE_NAMES[code] ?? code;
    const guide = guides.has(code);
    const eu = jurisdictionsOf(code).includes('EU');
    const country = isoCountry(code);
    const hotlines = inputs.hotlines
      .filter((hotline) => hotline.country === country && hotline.accepts.includes('csam'))
      .map((hotline) => ({
        id: hotline.id,
        name: hotline.name,
        organisation: hotline.organisation,
        report_url: hotline.report_url,
        kind: hotline.kind ?? 'hotline',
        inhope_member: hotline.inhope_member,
      }));
    if (lang === 'fr') {
      const independent = hotlines.filter((hotline) => hotline.kind === 'hotline').length;
      const notes = frenchNotes(code, guides.get(code), eu, independent);
      return { code, name: frenchName(code), guide, eu, hotlines, notes };
    }
    const notes: string[] = [];
    if (guide) notes.push(`The kit has a legal guide for ${name} (as of ${guides.get(code)}).`);
    else if (code !== 'EU') {
      notes.push(
        `The kit has no legal guide for ${name}. It cannot tell you what ${name}'s own law requires: ask a lawyer there which duty to report child sexual abuse material (CSAM) applies, to whom and how fast.`,
      );
    }
    if (code === 'EU')
      notes.push(
        'You named the EU without a Member State: the EU duties apply, but add the Member States (such as FR, DE or IE) to see their national rules and hotlines.',
      );
    else if (eu)
      notes.push(
        `${name.replace(/^./, (letter) => letter.toUpperCase())} is an EU Member State: the EU duties (Digital Services Act) reach you there as well.`,
      );
    if (code !== 'EU') {
      const independent = hotlines.filter((hotline) => hotline.kind === 'hotline');
      if (independent.length === 0)
        notes.push(`The kit's directory has no national CSAM hotline in ${name} (as of 7 December 2026).`);
    }
    return { code, name, guide, eu, hotlines, notes };
  });
}

/** The places section of the CLI's text or Markdown answer. */
export function formatPlaceCoverage(
  places: readonly PlaceCoverage[],
  format: 'text' | 'md',
  establishedOutsideUs: boolean,
  lang: CoverageLanguage = 'en',
): string {
  const md = format === 'md';
  const fr = lang === 'fr';
  const title = fr ? 'Ce que le kit sait des pays de votre profil' : 'What the kit knows about your places';
  const out = ['', md ? `## ${title}` : `${title}\n${'-'.repeat(title.length)}`];
  for (const place of places) {
    out.push(
      `- ${place.name.replace(/^the /, '').replace(/^./, (letter) => letter.toUpperCase())} (${place.code})${fr ? ' :' : ':'} ${place.notes.join(' ')}`,
    );
    for (const hotline of place.hotlines) {
      const what =
        hotline.kind === 'government'
          ? fr
            ? 'portail de signalement public'
            : 'government reporting portal'
          : hotline.inhope_member === true
            ? fr
              ? "ligne nationale de signalement, membre d'INHOPE"
              : 'national hotline, INHOPE member'
            : fr
              ? 'ligne nationale de signalement'
              : 'national hotline';
      out.push(`  ${md ? '- ' : ''}${hotline.name}, ${hotline.organisation} (${what}) <${hotline.report_url}>`);
    }
  }
  if (establishedOutsideUs) out.push(`- NCMEC${fr ? ' :' : ':'} ${ncmecOutsideUs(lang)}`);
  return out.join('\n');
}
