import { describe, expect, it } from 'vitest';
import { findTerms, terminology } from '../../../src/lint/rules/terminology';
import { lintFixture } from './lint';

const lint = (name: string) => lintFixture(terminology, 'terminology', name);

describe('terminology', () => {
  it('allows the recommended terms, blockquotes, <Quote>, code and look-alike words', async () => {
    expect(await lint('ok.mdx')).toEqual([]);
  });

  it('flags each avoided term with its exact range and replacement, in prose, admonitions, JSX and front matter', async () => {
    const suffix = '(Luxembourg Guidelines); keep a statute\'s words only inside a blockquote or <Quote>';
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
    expect(findTerms('Child-Pornography and CHILD PORN').map((hit) => hit.found)).toEqual(['Child-Pornography', 'CHILD PORN']);
    expect(findTerms('CPU, cp, ACP, C.P.')).toEqual([]);
  });
});
