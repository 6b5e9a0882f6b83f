import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  findTerms,
  terminology,
  termsFor,
  TERMS,
  unquotedFrenchTerms,
  unquotedTerms,
} from '../../../src/lint/rules/terminology';
import { fixture, lintFixture, lintText } from './lint';

const lint = (name: string) => lintFixture(terminology, 'terminology', name);

describe('terminology', () => {
  it('allows the recommended terms, blockquotes, <Quote>, code and look-alike words', async () => {
    expect(await lint('ok.mdx')).toEqual([]);
  });

  it('flags each avoided term with its exact range and replacement, in prose, admonitions, JSX and front matter', async () => {
    const suffix = "(Luxembourg Guidelines); keep a statute's words only inside a blockquote or <Quote>";
    expect(await lint('not-ok.mdx')).toEqual([
      `2:1 Unexpected \`Revenge porn\`, expected \`non-consensual intimate imagery (NCII)\` ${suffix}`,
      `9:11-9:28 Unexpected \`child pornography\`, expected \`child sexual abuse material (CSAM)\` ${suffix}`,
      `10:1-10:12 Unexpected \`kiddie porn\`, expected \`child sexual abuse material (CSAM)\` ${suffix}`,
      `14:8-14:10 Unexpected \`CP\`, expected \`child sexual abuse material (CSAM)\` ${suffix}`,
      `14:33-14:45 Unexpected \`revenge porn\`, expected \`non-consensual intimate imagery (NCII)\` ${suffix}`,
      `18:32-18:48 Unexpected \`child prostitute\`, expected \`sexual exploitation of children in prostitution\` ${suffix}`,
    ]);
  });

  it('matches whole words only, case-insensitively except for the abbreviation', () => {
    expect(findTerms('Child-Pornography and CHILD PORN').map((hit) => hit.found)).toEqual([
      'Child-Pornography',
      'CHILD PORN',
    ]);
    expect(findTerms('CPU, cp, ACP, C.P.')).toEqual([]);
  });

  it("allows an avoided term in a source title only inside double quotes, the statute's own words", async () => {
    expect(await lint('sources-ok.mdx')).toEqual([]);
  });

  it('flags an avoided term in a source title outside a quotation, pointing at that title', async () => {
    const suffix = "(Luxembourg Guidelines); when the title quotes a statute's words, put them in double quotes";
    expect(await lint('sources-not-ok.mdx')).toEqual([
      `8:5 Unexpected \`child pornography\` in a source title, expected \`child sexual abuse material (CSAM)\` ${suffix}`,
      `14:5 Unexpected \`revenge porn\` in a source title, expected \`non-consensual intimate imagery (NCII)\` ${suffix}`,
    ]);
  });

  it('leaves source titles of a released version alone (versioned_docs is immutable)', async () => {
    const text = readFileSync(fixture('terminology', 'sources-not-ok.mdx'), 'utf8');
    expect(await lintText(terminology, text)).toHaveLength(2);
    expect(await lintReleased(text)).toEqual([]);
  });

  it('finds only the terms outside quoted spans of a title', () => {
    expect(unquotedTerms('"child pornography" and child pornography').map((hit) => hit.index)).toEqual([24]);
    expect(unquotedTerms('“Child Pornography” Act')).toEqual([]);
  });
});

/** Lint a text as if it were a page of a released version. */
async function lintReleased(text: string): Promise<string[]> {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { VFile } = await import('vfile');
  const { parsePlugins } = await import('../../../src/lib/mdx');
  const file = new VFile({ path: 'versioned_docs/version-2026.12/hash-sharing/index.mdx', value: text });
  const processor = unified().use(remarkParse).use(parsePlugins).use(terminology);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => message.reason);
}

describe('terminology in French (pages under i18n/fr/)', () => {
  const suffix =
    "(Directives du Luxembourg) ; les mots d'une loi restent permis dans une citation (blockquote ou <Quote>)";
  const csam = "matériel d'abus sexuel d'enfants (en droit canadien : matériel d'abus et d'exploitation pédosexuels)";

  it('allows the recommended terms, quotations, guillemets in a source title, code and "CP"', async () => {
    expect(await lintFrench(readFileSync(fixture('terminology', 'fr-ok.mdx'), 'utf8'))).toEqual([]);
  });

  it('flags each French term to avoid, in front matter, source titles and prose, with a French message', async () => {
    expect(await lintFrench(readFileSync(fixture('terminology', 'fr-not-ok.mdx'), 'utf8'))).toEqual([
      `2:1 Terme à éviter \`pédopornographie\` : écrivez \`${csam}\` ${suffix}`,
      `3:1 Terme à éviter \`pornographie juvénile\` : écrivez \`${csam}\` ${suffix}`,
      "5:5 Terme à éviter `prostitution enfantine` dans le titre d'une source : écrivez `exploitation sexuelle des enfants à des fins de prostitution` (Directives du Luxembourg) ; si le titre cite les mots d'une loi, mettez-les entre guillemets",
      `10:18-10:34 Terme à éviter \`Pédopornographie\` : écrivez \`${csam}\` ${suffix}`,
      `10:41-10:63 Terme à éviter \`pornographie infantile\` : écrivez \`${csam}\` ${suffix}`,
      `12:4-12:22 Terme à éviter \`porno de vengeance\` : écrivez \`diffusion non consentie d’images intimes\` ${suffix}`,
      `12:29-12:67 Terme à éviter \`tourisme sexuel impliquant des enfants\` : écrivez \`exploitation sexuelle des enfants dans le contexte des voyages et du tourisme\` ${suffix}`,
      `14:4-14:20 Terme à éviter \`enfant prostitué\` : écrivez \`exploitation sexuelle des enfants à des fins de prostitution\` ${suffix}`,
      `14:45-14:55 Terme à éviter \`child porn\` : écrivez \`child sexual abuse material (CSAM)\` ${suffix}`,
    ]);
  });

  it('keeps English pages on the English terms and messages', async () => {
    expect(await lintText(terminology, 'La pédopornographie.\n')).toEqual([]);
    expect(termsFor('docs/start-here.mdx')).toBe(TERMS);
  });

  it('matches French words whole, accents included', () => {
    const terms = termsFor('i18n/fr/docusaurus-plugin-content-docs/current/a.mdx');
    expect(findTerms('antipédopornographie, pédopornographiques, pedoporno', terms).map((hit) => hit.found)).toEqual([
      'pédopornographiques',
      'pedoporno',
    ]);
    expect(findTerms('CP', terms)).toEqual([]);
    expect(unquotedFrenchTerms('« pornographie juvénile » et pornographie juvénile').map((hit) => hit.index)).toEqual([
      29,
    ]);
  });
});

/** Lint a text as if it were a French page. */
const lintFrench = (text: string) =>
  lintText(terminology, text, undefined, 'i18n/fr/docusaurus-plugin-content-docs/current/fixture.mdx');
