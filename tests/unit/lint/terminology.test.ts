import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findTerms, terminology, unquotedTerms } from '../../../src/lint/rules/terminology';
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
