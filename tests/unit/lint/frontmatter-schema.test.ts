import { describe, expect, it } from 'vitest';
import { frontmatterSchema } from '../../../src/lint/rules/frontmatter-schema';
import { lintFixture, ruleIdsOf } from './lint';

const lint = (name: string) => lintFixture(frontmatterSchema, 'frontmatter-schema', name);

describe('frontmatter-schema', () => {
  it('passes a valid legal page with MDX imports and an admonition', async () => {
    expect(await lint('ok.mdx')).toEqual([]);
  });

  it('points each problem at its key, and leaves sources to sources-cited', async () => {
    expect(await lint('not-ok.mdx')).toEqual([
      '2:1 `title`: Expected a title of at least 3 characters, found "Hi"',
      '3:1 `description`: Expected a description of at least 20 characters, found "Too short."',
      '5:21 `jurisdictions[1]`: Expected a jurisdiction code: an ISO 3166-1 alpha-2 country code such as FR or BR (UK for the United Kingdom), EU or INTL, found "XX"',
      '6:1 `last_reviewed`: Expected a real date written as YYYY-MM-DD, found "2026-02-30"',
      '7:1 `review_every_months`: Expected between 1 and 24 months between reviews, found 0',
      '12:1 `owner`: Unexpected key `owner`; remove it or check its spelling',
    ]);
  });

  it('names the allowed page types when page_type is missing', async () => {
    expect(await lint('missing-type.mdx')).toEqual([
      '2:1 Missing `page_type`: expected page_type to be one of guide, legal, template, flow, reference, checklist',
    ]);
  });

  it('asks a template for its licence and variables', async () => {
    expect(await lint('template.mdx')).toEqual([
      '2:1 Missing `license`: expected license: CC0-1.0 (templates are public domain)',
      '2:1 Missing `variables`: expected a list of the template variables the page uses',
    ]);
  });

  it('reports a page with no front matter at its first line', async () => {
    expect(await lint('no-frontmatter.mdx')).toEqual([
      '1:1 Missing front matter; expected a YAML block with title, description, page_type, last_reviewed and review_every_months',
    ]);
  });

  it('reports YAML syntax errors inside the front matter', async () => {
    const messages = await lint('bad-yaml.mdx');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^2:\d+ Front matter is not valid YAML: /);
  });

  it('reports under our origin and rule id', async () => {
    expect(await ruleIdsOf(frontmatterSchema, 'Text.\n')).toEqual(['child-safety-kit:frontmatter-schema']);
  });
});
