/**
 * Syntax highlighting done once, when the site is built: a code block's text becomes lines of
 * tokens (Prism's grammars, as prism-react-renderer bundles them), and a Prism theme becomes CSS
 * rules for the tokens' class names. Readers' browsers get highlighted markup and a stylesheet,
 * never Prism itself (see src/plugins/code-highlight.ts).
 */
import type { Element, ElementContent } from 'hast';
import { normalizeTokens, type Prism as PrismType, type PrismTheme } from 'prism-react-renderer';

export interface CodeToken {
  /** Prism token types, outermost first ("plain" for text no rule matched). */
  types: string[];
  content: string;
}

/** The lines of `code`, each a list of tokens; a language without a grammar gives plain lines. */
export function tokenizeLines(prism: typeof PrismType, code: string, language: string): CodeToken[][] {
  const grammar = prism.languages[language];
  const tokens = grammar ? prism.tokenize(code, grammar) : [code];
  return normalizeTokens(tokens).map((line) =>
    line.filter((token) => token.content !== '' && !token.empty).map(({ types, content }) => ({ types, content })),
  );
}

/**
 * The lines as hast: one `span.token-line` per line, separated by newlines (so the element's text is
 * the code), each token a `span.token.<type>…`; plain text stays text.
 */
export function linesToHast(lines: CodeToken[][]): ElementContent[] {
  const nodes: ElementContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'text', value: '\n' });
    const children: ElementContent[] = line.map(({ types, content }) =>
      types.length === 1 && types[0] === 'plain'
        ? { type: 'text', value: content }
        : {
            type: 'element',
            tagName: 'span',
            properties: { className: ['token', ...types] },
            children: [{ type: 'text', value: content }],
          },
    );
    const element: Element = { type: 'element', tagName: 'span', properties: { className: ['token-line'] }, children };
    nodes.push(element);
  });
  return nodes;
}

/** Token types are Prism identifiers (letters, digits, hyphens); anything else is escaped. */
const escapeIdent = (name: string) => name.replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char}`);
const cssProperty = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * CSS for a Prism theme's token colours under `scope` (for example `[data-theme='dark']`), one rule
 * per token type in the order the theme first names it. As in prism-react-renderer, a later entry
 * for the same type (and, for a language, only that language) adds to or overrides an earlier one.
 * The theme's plain colours are not included: the code block's container sets those.
 */
export function prismThemeCss(scope: string, theme: PrismTheme): string {
  const rules = new Map<string, Record<string, string | number>>();
  for (const { types, languages, style } of theme.styles) {
    const prefixes = languages ? languages.map((language) => `.language-${language} `) : [''];
    for (const type of types) {
      for (const prefix of prefixes) {
        const selector = `${scope} .prism-code ${prefix}.token.${escapeIdent(type)}`;
        rules.set(selector, { ...rules.get(selector), ...(style as Record<string, string | number>) });
      }
    }
  }
  return [...rules]
    .map(
      ([selector, style]) =>
        `${selector} { ${Object.entries(style)
          .map(([key, value]) => `${cssProperty(key)}: ${value};`)
          .join(' ')} }`,
    )
    .join('\n');
}
