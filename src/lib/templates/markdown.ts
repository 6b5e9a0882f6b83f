/**
 * A resolved template as Markdown (GitHub-flavoured, for tables). This is what remark-stringify
 * does, called directly so that the CLI and the browser load only the serialiser. It escapes every
 * character of a text node that Markdown would read as syntax, so a profile value such as
 * `**bold** [link](javascript:…)` stays literal text when the file is rendered.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type {} from './tree';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { defaultHandlers, toMarkdown as serialise, type Handle, type Options } from 'mdast-util-to-markdown';

/** A heading with a clause id ends in `{#id}`, the heading-id syntax of Pandoc, kramdown and Docusaurus. */
const heading: Handle = (node: Heading, parent, state, info) => {
  const text = defaultHandlers.heading(node, parent, state, info);
  return node.data?.id === undefined ? text : `${text} {#${node.data.id}}`;
};

const options: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
  handlers: { heading },
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
