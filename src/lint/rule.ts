/**
 * Helpers every rule of ours uses: a rule factory with our origin and docs URL, front-matter
 * access with positions, and mapping offsets in a YAML block to positions in the file.
 */
import type { Root, Yaml } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { parseYamlWithPositions, type ParsedYaml } from '../lib/yaml-positions';

export const RULE_ORIGIN = 'child-safety-kit';
const RULE_DOCS = 'https://github.com/child-safety-kit/child-safety-kit/blob/main/src/lint/rules';

export function kitRule<Options = void>(id: string, check: (tree: Root, file: VFile, options: Options) => void) {
  return lintRule<Root, Options>({ origin: `${RULE_ORIGIN}:${id}`, url: `${RULE_DOCS}/${id}.ts` }, (tree, file, options) => {
    check(tree, file, options as Options);
  });
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
    data: value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined,
    place(path) {
      const position = yaml.positionOf(path);
      return { line: firstLine + position.line - 1, column: position.column };
    },
  };
}

/** The first ancestor-or-self that matches, for rules that allow things inside some containers. */
export function hasAncestor(ancestors: readonly Node[], test: (node: Node) => boolean): boolean {
  return ancestors.some(test);
}

export interface Placed {
  message: string;
  place: { line: number; column: number };
}

/** Report messages in document order, whatever order the checks found them in. */
export function reportInOrder(file: VFile, found: Placed[]): void {
  found
    .sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column)
    .forEach(({ message, place }) => file.message(message, place));
}
