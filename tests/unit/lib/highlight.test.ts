import { evaluate } from '@mdx-js/mdx';
import { Prism, themes, type PrismTheme } from 'prism-react-renderer';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { linesToHast, prismThemeCss, tokenizeLines } from '../../../src/lib/highlight';
import { loadLanguage, remarkCodeHighlight, tokenCss } from '../../../src/plugins/code-highlight';

const siteDir = process.cwd();
loadLanguage(siteDir, 'bash');

describe('tokenizeLines', () => {
  it('splits highlighted code into lines of typed tokens, dropping empty ones', () => {
    expect(tokenizeLines(Prism, 'echo "$HOME" # greet\n\nls', 'bash')).toEqual([
      [
        { types: ['builtin', 'class-name'], content: 'echo' },
        { types: ['plain'], content: ' ' },
        { types: ['string'], content: '"' },
        { types: ['string', 'environment', 'constant'], content: '$HOME' },
        { types: ['string'], content: '"' },
        { types: ['plain'], content: ' ' },
        { types: ['comment'], content: '# greet' },
      ],
      [],
      [{ types: ['function'], content: 'ls' }],
    ]);
  });

  it('leaves code in a language without a grammar plain', () => {
    expect(tokenizeLines(Prism, 'a: 1 # not yaml here\nb', 'text')).toEqual([
      [{ types: ['plain'], content: 'a: 1 # not yaml here' }],
      [{ types: ['plain'], content: 'b' }],
    ]);
  });
});

describe('linesToHast', () => {
  it('makes one token-line span per line, newlines between, plain text as text', () => {
    expect(
      linesToHast([
        [
          { types: ['plain'], content: 'x ' },
          { types: ['string', 'variable'], content: '$Y' },
        ],
        [],
      ]),
    ).toEqual([
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['token-line'] },
        children: [
          { type: 'text', value: 'x ' },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['token', 'string', 'variable'] },
            children: [{ type: 'text', value: '$Y' }],
          },
        ],
      },
      { type: 'text', value: '\n' },
      { type: 'element', tagName: 'span', properties: { className: ['token-line'] }, children: [] },
    ]);
  });
});

describe('prismThemeCss', () => {
  const theme: PrismTheme = {
    plain: { color: '#000', backgroundColor: '#fff' },
    styles: [
      { types: ['comment', 'prolog'], style: { color: '#999', fontStyle: 'italic' } },
      { types: ['tag'], languages: ['markup'], style: { color: '#00f' } },
      { types: ['comment'], style: { color: '#666' } },
      { types: ['attr+name'], style: { textDecorationLine: 'underline' } },
    ],
  };

  it('writes one rule per token type, later entries overriding earlier ones, and escapes odd type names', () => {
    expect(prismThemeCss('.light', theme)).toBe(
      [
        '.light .prism-code .token.comment { color: #666; font-style: italic; }',
        '.light .prism-code .token.prolog { color: #999; font-style: italic; }',
        '.light .prism-code .language-markup .token.tag { color: #00f; }',
        '.light .prism-code .token.attr\\+name { text-decoration-line: underline; }',
      ].join('\n'),
    );
  });

  it("scopes the site's light theme to every page but a dark one, and the dark theme to dark pages", () => {
    const css = tokenCss(themes.github, themes.dracula).split('\n');
    expect(css).toContain("html:not([data-theme='dark']) .prism-code .token.function { color: #d73a49; }");
    expect(css).toContain("html[data-theme='dark'] .prism-code .token.function { color: rgb(80, 250, 123); }");
    expect(css.filter((rule) => rule.startsWith('html[data-theme'))).toHaveLength(
      new Set(themes.dracula.styles.flatMap((s) => s.types)).size,
    );
  });
});

describe('remarkCodeHighlight', () => {
  /** Compiles MDX as the site's docs are compiled, rendering `code` with a component that shows what it receives. */
  async function render(mdx: string): Promise<string> {
    const { default: Content } = await evaluate(mdx, {
      ...runtime,
      remarkPlugins: [[remarkCodeHighlight, { siteDir }]],
    });
    const components = {
      code: ({ code, className, children }: { code?: string; className?: string; children?: ReactNode }) =>
        createElement('code', { className, 'data-code': code }, children),
    };
    return renderToStaticMarkup(createElement(Content, { components }));
  }

  it('passes highlighted lines as children and the text as `code` to the code block', async () => {
    expect(await render('```bash\nls -l # list\n```\n')).toBe(
      '<pre><code class="language-bash" data-code="ls -l # list">' +
        '<span class="token-line"><span class="token function">ls</span> ' +
        '<span class="token parameter variable">-l</span> <span class="token comment"># list</span></span></code></pre>',
    );
  });

  it('keeps a block without a known grammar plain, and leaves inline code alone', async () => {
    expect(await render('Run `ls`.\n\n```text\none\ntwo\n```\n')).toBe(
      '<p>Run <code>ls</code>.</p>\n' +
        '<pre><code class="language-text" data-code="one\ntwo"><span class="token-line">one</span>\n<span class="token-line">two</span></code></pre>',
    );
  });

  it('never loads a file for a language name that is not a plain identifier', () => {
    loadLanguage(siteDir, '../../package');
    expect(Prism.languages['../../package']).toBeUndefined();
  });
});
