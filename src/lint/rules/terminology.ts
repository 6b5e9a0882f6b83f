/**
 * terminology (CSK002): use the Luxembourg Guidelines' terms. Flags the terms the content guide
 * says to avoid and suggests the replacement. A verbatim quotation of a statute may keep the
 * statute's words: inside a Markdown blockquote or a `<Quote>` (or `<q>`) element in the text,
 * and inside double quotes ("…" or “…”) in a front-matter source title (a statute's own heading).
 *
 * Source titles are checked in docs/ only: a released version under versioned_docs/ is immutable,
 * and the rule guards what is written from now on.
 *
 * A French page (under i18n/fr/) is checked against the French terms (FRENCH_TERMS: the Luxembourg
 * Guidelines' French edition and Canada's Criminal Code as amended by S.C. 2024, c. 23) and the
 * English ones except the abbreviation "CP" (in French, a school year), with French messages; its
 * source titles may also quote a statute's words in guillemets (« … »).
 */
import type { Root, Text } from 'mdast';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import { location } from 'vfile-location';
import { kitRule, readFrontMatter } from '../rule';

export interface Term {
  /** Matches the term (case-insensitive, whole words). */
  pattern: RegExp;
  use: string;
}

/** The list is data, shared with the content guide: what to avoid and what to write instead. */
export const TERMS: readonly Term[] = [
  { pattern: /\bchild[ -]porn(?:ography|ographic)?\b/giu, use: 'child sexual abuse material (CSAM)' },
  { pattern: /\bkidd(?:ie|y)[ -]porn\b/giu, use: 'child sexual abuse material (CSAM)' },
  { pattern: /\bCP\b/gu, use: 'child sexual abuse material (CSAM)' },
  { pattern: /\brevenge[ -]porn\b/giu, use: 'non-consensual intimate imagery (NCII)' },
  { pattern: /\bchild prostitut(?:e|es|ion)\b/giu, use: 'sexual exploitation of children in prostitution' },
  { pattern: /\bchild sex workers?\b/giu, use: 'sexual exploitation of children in prostitution' },
  { pattern: /\bchild sex tourism\b/giu, use: 'sexual exploitation of children in travel and tourism' },
];

const LETTER_BEFORE = '(?<!\\p{L})';
const LETTER_AFTER = '(?!\\p{L})';
/** A whole-word, case-insensitive French pattern (JavaScript's \\b does not know accented letters). */
const fr = (body: string) => new RegExp(`${LETTER_BEFORE}(?:${body})${LETTER_AFTER}`, 'giu');

const FR_CSAM = "matériel d'abus sexuel d'enfants (en droit canadien : matériel d'abus et d'exploitation pédosexuels)";

/**
 * The French terms to avoid and what to write instead: the Luxembourg Guidelines' French edition
 * (« Guide de terminologie pour la protection des enfants contre l'exploitation et l'abus sexuels »)
 * and, for Canada, the Criminal Code's term since S.C. 2024, c. 23 (Bill C-291).
 */
export const FRENCH_TERMS: readonly Term[] = [
  { pattern: fr('p[ée]dopornograph(?:ie|iques?)|p[ée]doporno'), use: FR_CSAM },
  { pattern: fr('pornographie (?:infantile|enfantine|juv[ée]nile|mettant en sc[èe]ne des enfants)'), use: FR_CSAM },
  {
    pattern: fr('porno(?:graphie)? (?:de vengeance|de revanche|vengeresse)'),
    use: 'diffusion non consentie d’images intimes',
  },
  {
    pattern: fr(
      "prostitution (?:enfantine|infantile|juv[ée]nile|des enfants|d’enfants|d'enfants)|enfants? prostitu[ée]e?s?",
    ),
    use: 'exploitation sexuelle des enfants à des fins de prostitution',
  },
  {
    pattern: fr('tourisme sexuel (?:impliquant des enfants|p[ée]dophile)'),
    use: 'exploitation sexuelle des enfants dans le contexte des voyages et du tourisme',
  },
];

const FRENCH_PAGE = /(?:^|[\\/])i18n[\\/]fr[\\/]/u;

/** The terms a page is checked against: French ones for a page under i18n/fr/. */
export function termsFor(path: string | undefined): readonly Term[] {
  if (!FRENCH_PAGE.test(path ?? '')) return TERMS;
  return [...FRENCH_TERMS, ...TERMS.filter((term) => term.pattern.source !== '\\bCP\\b')];
}

const QUOTE_ELEMENTS = new Set(['Quote', 'q', 'blockquote']);

function isQuotation(node: Node): boolean {
  if (node.type === 'blockquote') return true;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = (node as unknown as { name: string | null }).name;
    return name !== null && QUOTE_ELEMENTS.has(name);
  }
  return false;
}

export function findTerms(
  text: string,
  terms: readonly Term[] = TERMS,
): { index: number; found: string; use: string }[] {
  const hits: { index: number; found: string; use: string }[] = [];
  for (const term of terms) {
    term.pattern.lastIndex = 0;
    for (const match of text.matchAll(term.pattern)) {
      hits.push({ index: match.index, found: match[0], use: term.use });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Where a title holds double-quoted spans ("…" or “…”): the statute's words, marked as a quotation. */
export function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/"[^"]*"|“[^”]*”/gu)].map((match) => [match.index, match.index + match[0].length]);
}

/** The avoided terms in a source title that are not inside a double-quoted span. */
export function unquotedTerms(title: string): { index: number; found: string; use: string }[] {
  const spans = quotedSpans(title);
  return findTerms(title).filter(
    (hit) => !spans.some(([from, to]) => hit.index >= from && hit.index + hit.found.length <= to),
  );
}

/** The avoided terms (French and English) in a French source title outside "…", “…” and « … ». */
export function unquotedFrenchTerms(title: string): { index: number; found: string; use: string }[] {
  const spans = frenchQuotedSpans(title);
  return findTerms(title, termsFor('i18n/fr/')).filter(
    (hit) => !spans.some(([from, to]) => hit.index >= from && hit.index + hit.found.length <= to),
  );
}

function sourceMessage(found: string, use: string): string {
  return `Unexpected \`${found}\` in a source title, expected \`${use}\` (Luxembourg Guidelines); when the title quotes a statute's words, put them in double quotes`;
}

/** In a French title, the statute's words may also be in guillemets (« … »). */
export function frenchQuotedSpans(text: string): [number, number][] {
  return [
    ...quotedSpans(text),
    ...[...text.matchAll(/«[^»]*»/gu)].map((match): [number, number] => [match.index, match.index + match[0].length]),
  ];
}

function frenchMessage(found: string, use: string): string {
  return `Terme à éviter \`${found}\` : écrivez \`${use}\` (Directives du Luxembourg) ; les mots d'une loi restent permis dans une citation (blockquote ou <Quote>)`;
}

function frenchSourceMessage(found: string, use: string): string {
  return `Terme à éviter \`${found}\` dans le titre d'une source : écrivez \`${use}\` (Directives du Luxembourg) ; si le titre cite les mots d'une loi, mettez-les entre guillemets`;
}

const RELEASED = /(?:^|[\\/])versioned_docs[\\/]/u;

function message(found: string, use: string): string {
  return `Unexpected \`${found}\`, expected \`${use}\` (Luxembourg Guidelines); keep a statute's words only inside a blockquote or <Quote>`;
}

export const terminology = kitRule('terminology', (tree: Root, file) => {
  const place = location(file);
  const block = readFrontMatter(tree);
  const french = FRENCH_PAGE.test(file.path ?? '');
  const terms = termsFor(file.path);
  const say = french ? frenchMessage : message;
  for (const key of ['title', 'description'] as const) {
    const value = block?.data?.[key];
    if (typeof value !== 'string') continue;
    for (const hit of findTerms(value, terms)) file.message(say(hit.found, hit.use), block!.place([key]));
  }
  const sources = block?.data?.sources;
  if (Array.isArray(sources) && !RELEASED.test(file.path ?? '')) {
    sources.forEach((source: unknown, index) => {
      const title = (source as { title?: unknown } | null)?.title;
      if (typeof title !== 'string') return;
      const hits = french ? unquotedFrenchTerms(title) : unquotedTerms(title);
      const sayInTitle = french ? frenchSourceMessage : sourceMessage;
      for (const hit of hits) file.message(sayInTitle(hit.found, hit.use), block!.place(['sources', index, 'title']));
    });
  }
  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (ancestors.some(isQuotation)) return;
    const start = node.position?.start.offset;
    if (start === undefined) return;
    // Text nodes may hold escapes; search the source slice so offsets stay exact.
    const end = node.position!.end.offset!;
    const source = String(file.value).slice(start, end);
    for (const hit of findTerms(source, terms)) {
      const from = place.toPoint(start + hit.index);
      const to = place.toPoint(start + hit.index + hit.found.length);
      if (from && to) file.message(say(hit.found, hit.use), { start: from, end: to });
    }
  });
});

export default terminology;
