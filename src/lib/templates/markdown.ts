/**
 * A resolved template as Markdown (GitHub-flavoured, for tables). remark-stringify escapes every
 * character of a text node that Markdown would read as syntax, so a profile value such as
 * `**bold** [link](javascript:…)` stays literal text when the file is rendered.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one', fences: true });

/** The document with its title as the first heading. */
export function toMarkdown(tree: Root, title: string): string {
  const document: Root = {
    type: 'root',
    children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }, ...(tree.children as RootContent[])],
  };
  return processor.stringify(document);
}
