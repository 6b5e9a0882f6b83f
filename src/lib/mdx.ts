/**
 * Reading our MDX as Docusaurus does: the remark plugins for front matter, GFM (tables, footnotes),
 * directives (`:::note` admonitions) and MDX, a parser built from them, and the front-matter block
 * with positions. Shared by the lint preset and rules (src/lint), the template renderer, the
 * content tests and the bench.
 */
import type { Root, Yaml } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { parseYamlWithPositions, type ParsedYaml } from './yaml-positions';

export const parsePlugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkGfm, remarkDirective, remarkMdx];

/** A processor that parses one MDX document to mdast, as Docusaurus would. */
export function createParser() {
  return unified().use(remarkParse).use(parsePlugins);
}

export interface FrontMatterBlock {
  node: Yaml;
  yaml: ParsedYaml;
  /** Front matter as a plain object, or undefined when the YAML does not parse or is not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Position in the file of the value at `path` (or its nearest parent key). */
  place(path: readonly (string | number)[]): { line: number; column: number };
}

/** The front-matter block of a document, parsed, with positions mapped into the file. */
export function readFrontMatter(tree: Root): FrontMatterBlock | undefined {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  if (!node?.position) return undefined;
  const yaml = parseYamlWithPositions(node.value);
  // The YAML text starts on the line after the opening `---`.
  const firstLine = node.position.start.line + 1;
  const value = yaml.value;
  return {
    node,
    yaml,
    data:
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined,
    place(path) {
      const position = yaml.positionOf(path);
      return { line: firstLine + position.line - 1, column: position.column };
    },
  };
}
