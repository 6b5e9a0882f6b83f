/**
 * The interface strings of a translated locale (i18n/<locale>/code.json and the theme's and docs
 * plugin's JSON files), checked against their English defaults: every `translate()` /
 * `<Translate>` id in the site's code has a translation, no translation is empty, and none merely
 * repeats the English text unless it is listed as the same in both languages (a name, "Version").
 */

/** One entry of a Docusaurus translation file. */
export interface TranslationEntry {
  message: string;
  description?: string;
}
export type TranslationFile = Record<string, TranslationEntry>;

const TRANSLATE_CALL = /\bid:\s*(['"`])([^'"`]+)\1,\s*message:\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3/gsu;
const TRANSLATE_ELEMENT = /<Translate\b[^>]*?\bid=(['"])([^'"]+)\1[^>]*>([^<]*)<\/Translate>/gsu;

/** The ids and English default messages of the translate() calls and <Translate> elements in a source file. */
export function extractMessages(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(TRANSLATE_CALL)) found.set(match[2]!, unescape(match[4]!));
  for (const match of source.matchAll(TRANSLATE_ELEMENT)) found.set(match[2]!, elementText(match[3]!));
  return found;
}

/** A <Translate> element's text: plain, or a string literal `{'Last updated {date}'}` when it has placeholders. */
function elementText(children: string): string {
  const literal = /^\{\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*\}$/su.exec(children.trim());
  return literal ? unescape(literal[2]!) : children.trim();
}

function unescape(text: string): string {
  return text.replace(/\\(.)/gsu, '$1');
}

/**
 * English defaults of the theme's own strings, from @docusaurus/theme-translations' `base` locale
 * (keys ending in `___DESCRIPTION` are descriptions, not messages).
 */
export function baseMessages(base: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(base).filter(([key]) => !key.endsWith('___DESCRIPTION')));
}

/** The English label a theme-classic or docs-plugin key names (`item.label.Docs` → `Docs`), if any. */
export function englishFromKey(key: string): string | undefined {
  return /^(?:(?:link\.)?item\.label|link\.title|sidebar\.[^.]+\.category)\.(.+)$/u.exec(key)?.[1];
}

export interface TranslationProblem {
  file: string;
  id: string;
  problem: string;
}

export interface CheckInput {
  /** The file's path, for messages. */
  file: string;
  translations: TranslationFile;
  /** English default of each id (from the code and the theme); ids absent here are not compared. */
  english: ReadonlyMap<string, string>;
  /** Ids used in the site's own code: each must have an entry. */
  required?: Iterable<string>;
  /** Messages that are the same in both languages (names, numbers, "Version"). */
  sameInBothLanguages: ReadonlySet<string>;
}

/** What is missing or untranslated in one translation file, in a stable order. */
export function checkTranslations(input: CheckInput): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const { file, translations, english } = input;
  for (const id of input.required ?? []) {
    if (!(id in translations)) {
      problems.push({ file, id, problem: 'has no translation; run `npx docusaurus write-translations --locale fr` and translate the new entry' });
    }
  }
  for (const [id, entry] of Object.entries(translations)) {
    const message = entry?.message;
    if (typeof message !== 'string' || message.trim() === '') {
      problems.push({ file, id, problem: 'has an empty translation' });
      continue;
    }
    const source = english.get(id) ?? englishFromKey(id);
    if (source !== undefined && message.trim() === source.trim() && !input.sameInBothLanguages.has(message.trim())) {
      problems.push({ file, id, problem: `repeats the English text "${message}"; translate it, or list it as the same in both languages` });
    }
  }
  return problems;
}

export function formatTranslationProblems(problems: readonly TranslationProblem[]): string[] {
  return problems.map((p) => `${p.file}: ${p.id} ${p.problem}`);
}
