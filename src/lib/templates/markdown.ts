/**
 * A resolved template as Markdown (GitHub-flavoured, for tables). This is what remark-stringify
 * does, called directly so that the CLI and the browser load only the serialiser. It escapes every
 * character of a text node that Markdown would read as syntax, so a profile value such as
 * `**bold** [link](javascript:…)` stays literal text when the file is rendered.
 */
import type { Heading, Root, RootContent, Table } from 'mdast';
import type {} from './tree';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { defaultHandlers, toMarkdown as serialise, type Handle, type Options } from 'mdast-util-to-markdown';
import { CONTROL_TEXT, frontMatter, type ControlRow, type DocumentLanguage, type Stamp } from './control';

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

/** The document-control block as a two-column table; every value a text node, so escaped. */
export function controlTable(rows: readonly ControlRow[], lang: DocumentLanguage = 'en'): Table {
  const cell = (value: string, strong = false) => ({
    type: 'tableCell' as const,
    children: [
      strong
        ? { type: 'strong' as const, children: [{ type: 'text' as const, value }] }
        : { type: 'text' as const, value },
    ],
  });
  return {
    type: 'table',
    align: [null, null],
    children: [
      { type: 'tableRow', children: [cell(CONTROL_TEXT[lang].caption), cell('')] },
      ...rows.map((row) => ({
        type: 'tableRow' as const,
        children: [cell(row.label, true), cell(row.placeholder ? `[${row.value}]` : row.value)],
      })),
    ],
  };
}

export interface MarkdownExtras {
  /** Front matter first: where the document came from. */
  stamp?: Stamp;
  /** The document-control table, right after the title. */
  control?: readonly ControlRow[];
  /** The language of the document-control table's heading; English by default. */
  lang?: DocumentLanguage;
}

/** The document with its title as the first heading, after its front matter and before its document-control table. */
export function toMarkdown(tree: Root, title: string, extras: MarkdownExtras = {}): string {
  const document: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] },
      ...(extras.control ? [controlTable(extras.control, extras.lang)] : []),
      ...(tree.children as RootContent[]),
    ],
  };
  return (extras.stamp ? frontMatter(extras.stamp) : '') + serialise(document, options);
}
