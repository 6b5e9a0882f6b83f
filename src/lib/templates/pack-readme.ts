/**
 * The README at the top of the site's policy pack (a zip of every template in Markdown and Word),
 * in the pack's language. Pure; the browser's export service writes it.
 */
import type { DocumentLanguage, Provenance } from './control';
import { fileName } from './render';

export interface PackReadmeInput {
  documents: readonly { id: string; title: string }[];
  /** The platform's name when the pack was filled from a profile. */
  platform: string | undefined;
  provenance: Provenance;
  crosswalk: boolean;
  records: boolean;
}

const TEXT = {
  en: {
    title: '# Policy pack',
    filled: 'Filled in from your platform profile with Child Safety Kit.',
    placeholders: 'From Child Safety Kit, with placeholders in [brackets] where your details go.',
    licence: 'The templates are dedicated to the public domain (CC0 1.0): adapt and publish them freely.',
    generated: (p: Provenance) =>
      `Generated with Child Safety Kit ${p.kitVersion}, release ${p.release}, on ${p.generated}.`,
    crosswalk: '- Crosswalk of requirements and the clauses that meet them: crosswalk.csv, crosswalk.md',
    records:
      '- Record templates (logs) to fill as you work: records/ (CSV with a header row, and Word tables); the audit checklist: audit-checklist.md',
  },
  fr: {
    title: '# Pack de politiques',
    filled: 'Rempli à partir du profil de votre plateforme avec Child Safety Kit.',
    placeholders:
      'Tiré de Child Safety Kit, avec des passages entre [crochets] là où vos informations doivent figurer.',
    licence: 'Les modèles sont versés dans le domaine public (CC0 1.0) : adaptez-les et publiez-les librement.',
    generated: (p: Provenance) =>
      `Généré avec Child Safety Kit ${p.kitVersion}, version ${p.release}, le ${p.generated}.`,
    crosswalk: '- Table de correspondance des exigences et des clauses qui y répondent : crosswalk.csv, crosswalk.md',
    records:
      "- Modèles de registres à tenir au fil de l'eau : records/ (CSV avec une ligne d'en-tête, et tableaux Word) ; la liste de contrôle d'audit : audit-checklist.md",
  },
} as const;

export function packReadme(input: PackReadmeInput, lang: DocumentLanguage = 'en'): string {
  const t = TEXT[lang];
  const colon = lang === 'fr' ? ' :' : ':';
  return [
    t.title,
    '',
    input.platform ? t.filled : t.placeholders,
    t.licence,
    t.generated(input.provenance),
    '',
    ...input.documents.map(
      (document) =>
        `- ${document.title}${colon} markdown/${fileName(document.id, 'md')}, word/${fileName(document.id, 'docx')}`,
    ),
    ...(input.crosswalk ? [t.crosswalk] : []),
    ...(input.records ? [t.records] : []),
    '',
  ].join('\n');
}
