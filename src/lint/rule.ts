/**
 * Helpers every rule of ours uses: a rule factory with our origin and docs URL, front-matter
 * access with positions (from src/lib/mdx.ts), and reporting in document order.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

// Front matter is read by lib (templates, content tests) as well as by the rules.
export { readFrontMatter, type FrontMatterBlock } from '../lib/mdx';

export const RULE_ORIGIN = 'child-safety-kit';
const RULE_DOCS = 'https://github.com/child-safety-kit/child-safety-kit/blob/main/src/lint/rules';

export function kitRule<Options = void>(id: string, check: (tree: Root, file: VFile, options: Options) => void) {
  return lintRule<Root, Options>(
    { origin: `${RULE_ORIGIN}:${id}`, url: `${RULE_DOCS}/${id}.ts` },
    (tree, file, options) => {
      check(tree, file, options as Options);
    },
  );
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
