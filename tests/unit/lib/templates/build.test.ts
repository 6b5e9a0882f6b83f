/** The build's side of templates: the remark plugin that labels Var/When, and the plugin that ships parsed trees. */
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parsePlugins } from '../../../../src/lib/mdx';
import { templateEntries } from '../../../../src/plugins/kit-templates';
import remarkTemplateComponents from '../../../../src/plugins/remark-template-components';

const fixtures = join(import.meta.dirname, '../../../fixtures');
const site = join(fixtures, 'site');

async function transform(path: string, text: string) {
  const file = new VFile({ path, value: text });
  const processor = unified().use(remarkParse).use(parsePlugins).use(remarkTemplateComponents);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const attributes: Record<string, string | null>[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      attributes.push(
        Object.fromEntries(
          element.attributes.map((attribute) => [
            (attribute as { name: string }).name,
            (attribute as { value: string | null }).value,
          ]),
        ),
      );
    }
  });
  return attributes;
}

describe('the remark plugin of the build', () => {
  const page = join(site, 'docs/policies/page.mdx');

  it("labels Var and When from the registry of the page's version", async () => {
    const text =
      'Hi <Var name="users_in" />.\n\n<When feature="e2ee">\n  Text.\n</When>\n\nSee<When not jurisdiction="UK"> this</When>.\n';
    expect(await transform(page, text)).toEqual([
      {
        name: 'users_in',
        label: 'Where your users are',
        type: 'list',
        options: JSON.stringify([
          { value: 'US', label: 'United States' },
          { value: 'EU', label: 'European Union' },
          { value: 'UK', label: 'United Kingdom' },
          { value: 'CA', label: 'Canada' },
          { value: 'AU', label: 'Australia' },
        ]),
      },
      { feature: 'e2ee', label: 'End-to-end encryption' },
      // A place's name in French comes from the runtime's CLDR data, for the French pages.
      { not: null, jurisdiction: 'UK', label: 'the United Kingdom', labels: '{"fr":"Royaume-Uni"}', inline: null },
    ]);
  });

  it('fails the build on an unknown variable, naming the place', async () => {
    await expect(transform(page, 'Hi <Var name="platform.nmae" />.\n')).rejects.toThrow(
      'Unknown variable `platform.nmae` (did you mean `platform.name`?); expected a variable declared in policies/_data/variables.yaml',
    );
    const noRegistry = join(fixtures, 'lint/template-variables/versioned_docs/version-2030.01/policies/page.mdx');
    await expect(transform(noRegistry, '<Var name="platform.name" />\n')).rejects.toThrow(
      /needs the variable registry/,
    );
  });
});

describe('the plugin that ships parsed templates', () => {
  it('parses every template page of every version, keyed by version and doc id', () => {
    const entries = templateEntries(site);
    expect(entries.map((entry) => entry.key).sort()).toEqual([
      '2030.01/policies/streaming-rules',
      'current/other/own-id',
      'current/policies/streaming-rules',
    ]);
    const streaming = entries.find((entry) => entry.key === 'current/policies/streaming-rules')!;
    expect(streaming.document.id).toBe('streaming-rules');
    expect(JSON.stringify(streaming.document.body)).toContain('"templateVar"');
  });

  it('parses the French page for the fr build, and the English page where there is no translation', () => {
    const english = templateEntries(site, 'en');
    const french = templateEntries(site, 'fr');
    expect(french.map((entry) => entry.key)).toEqual(english.map((entry) => entry.key));
    const key = 'current/policies/streaming-rules';
    const text = (entries: typeof english) => JSON.stringify(entries.find((entry) => entry.key === key)!.document);
    expect(french.find((entry) => entry.key === key)!.document.title).toBe('Règles de diffusion en direct');
    expect(text(french)).toContain('arrête aussitôt une diffusion en direct');
    expect(english.find((entry) => entry.key === key)!.document.title).toBe('Streaming rules');
    expect(text(english)).toContain('stops a live stream at once');
    expect(text(english)).not.toContain('arrête');
    // Not translated: the release 2030.01 and the page with its own id stay English in the French build.
    for (const other of ['2030.01/policies/streaming-rules', 'current/other/own-id']) {
      expect(french.find((entry) => entry.key === other)!.document).toEqual(
        english.find((entry) => entry.key === other)!.document,
      );
    }
    // The English build is what it was before locales: the default is English.
    expect(templateEntries(site)).toEqual(english);
  });
});
