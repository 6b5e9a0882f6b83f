/** The fixture template set (tests/fixtures/templates/policies) and helpers to read outputs back. */
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadTemplateSet } from '../../../../src/lib/templates/load';

export const fixtureSet = () => loadTemplateSet(join(import.meta.dirname, '../../../fixtures/templates/policies'));

export const sample = () => {
  const set = fixtureSet();
  return set.templates.find((template) => template.entry.id === 'sample-policy')!.document;
};

/** Where the test documents come from: fixed, so outputs are stable. */
export const provenance = { kitVersion: '2026.12.0', release: '2026.12', generated: '2026-12-07' } as const;

/** Values that fill every variable of the fixture registry. */
export const filled = {
  'platform.name': 'Lumen Photos',
  'platform.legal_entity': 'Lumen Photos B.V.',
  'platform.url': 'https://lumen.example',
  'contacts.safety_email': 'safety@lumen.example',
  users_in: ['EU', 'UK'],
  size_band: 'micro',
  'features.live_streaming': false,
  'features.e2ee': false,
} as const;

/** Markdown parsed back, as a GitHub-flavoured renderer with front matter would read it. */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(markdown) as Root;
}

export function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.add(node.type);
    (node.children as { type: string }[] | undefined)?.forEach(walk);
  };
  walk(tree);
  return types;
}

export { docxText } from '../../../support/docx';
