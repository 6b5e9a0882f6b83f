/**
 * A resolved template as Markdown (GitHub-flavoured, for tables). This is what remark-stringify
 * does, called directly so that the CLI and the browser load only the serialiser. It escapes every
 * character of a text node that Markdown would read as syntax, so a profile value such as
 * `**bold** [link](javascript:…)` stays literal text when the file is rendered.
 */
import type { Root, RootContent } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown as serialise, type Options } from 'mdast-util-to-markdown';

const options: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
  extensions: [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()],
};

/** The document with its title as the first heading. */
export function toMarkdown(tree: Root, title: string): string {
  const document: Root = {
    type: 'root',
    children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }, ...(tree.children as RootContent[])],
  };
  return serialise(document, options);
}
