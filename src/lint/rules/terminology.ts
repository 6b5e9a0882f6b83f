/**
 * terminology (CSK002): use the Luxembourg Guidelines' terms. Flags the terms the content guide
 * says to avoid and suggests the replacement. A verbatim quotation of a statute may keep the
 * statute's words: inside a Markdown blockquote or a `<Quote>` (or `<q>`) element in the text,
 * and inside double quotes ("…" or “…”) in a front-matter source title (a statute's own heading).
 *
 * Source titles are checked in docs/ only: a released version under versioned_docs/ is immutable,
 * and the rule guards what is written from now on.
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

const QUOTE_ELEMENTS = new Set(['Quote', 'q', 'blockquote']);

function isQuotation(node: Node): boolean {
  if (node.type === 'blockquote') return true;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = (node as unknown as { name: string | null }).name;
    return name !== null && QUOTE_ELEMENTS.has(name);
  }
  return false;
}

export function findTerms(text: string): { index: number; found: string; use: string }[] {
  const hits: { index: number; found: string; use: string }[] = [];
  for (const term of TERMS) {
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

function sourceMessage(found: string, use: string): string {
  return `Unexpected \`${found}\` in a source title, expected \`${use}\` (Luxembourg Guidelines); when the title quotes a statute's words, put them in double quotes`;
}

const RELEASED = /(?:^|[\\/])versioned_docs[\\/]/u;

function message(found: string, use: string): string {
  return `Unexpected \`${found}\`, expected \`${use}\` (Luxembourg Guidelines); keep a statute's words only inside a blockquote or <Quote>`;
}

export const terminology = kitRule('terminology', (tree: Root, file) => {
  const place = location(file);
  const block = readFrontMatter(tree);
  for (const key of ['title', 'description'] as const) {
    const value = block?.data?.[key];
    if (typeof value !== 'string') continue;
    for (const hit of findTerms(value)) file.message(message(hit.found, hit.use), block!.place([key]));
  }
  const sources = block?.data?.sources;
  if (Array.isArray(sources) && !RELEASED.test(file.path ?? '')) {
    sources.forEach((source: unknown, index) => {
      const title = (source as { title?: unknown } | null)?.title;
      if (typeof title !== 'string') return;
      for (const hit of unquotedTerms(title))
        file.message(sourceMessage(hit.found, hit.use), block!.place(['sources', index, 'title']));
    });
  }
  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (ancestors.some(isQuotation)) return;
    const start = node.position?.start.offset;
    if (start === undefined) return;
    // Text nodes may hold escapes; search the source slice so offsets stay exact.
    const end = node.position!.end.offset!;
    const source = String(file.value).slice(start, end);
    for (const hit of findTerms(source)) {
      const from = place.toPoint(start + hit.index);
      const to = place.toPoint(start + hit.index + hit.found.length);
      if (from && to) file.message(message(hit.found, hit.use), { start: from, end: to });
    }
  });
});

export default terminology;
