/**
 * Parse a template page (MDX) into a template tree: the Markdown of its policy text with
 * `templateVar` and `templateWhen` nodes, stripped of positions so it travels as small JSON.
 * Imports, comments and other components disappear; a component's text stays. The notes after
 * "How to adapt this" are for the adopter and are left out of the document.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VariableRegistry } from '../../schema/variables-data';
import { createParser, readFrontMatter } from '../mdx';
import { readTemplateElement } from './elements';
import {
  CLAUSE_COMMENT,
  CLAUSE_ID,
  CLAUSE_ID_RULE,
  NOTES_HEADING,
  type DocumentKind,
  type TemplateDocument,
  type TemplateSource,
} from './tree';

export interface TemplateProblem {
  line: number;
  column: number;
  message: string;
}

const DROPPED = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

interface Context {
  registry: VariableRegistry;
  problems: TemplateProblem[];
}

function convert(node: Nodes, context: Context): Nodes[] {
  if (DROPPED.has(node.type)) return [];
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const read = readTemplateElement(element, context.registry);
    const children = () => element.children.flatMap((child) => convert(child as Nodes, context));
    if (read.kind === 'var') return [read.node];
    if (read.kind === 'when') {
      return [
        {
          type: 'templateWhen',
          condition: read.condition,
          inline: node.type === 'mdxJsxTextElement',
          children: children() as RootContent[],
        },
      ];
    }
    if (read.kind === 'problems') {
      const start = element.position?.start ?? { line: 1, column: 1 };
      for (const message of read.messages) context.problems.push({ line: start.line, column: start.column, message });
      return [];
    }
    return children();
  }
  if (node.type === 'containerDirective') {
    // An admonition (:::note): keep its text, set apart as a quotation.
    const children = node.children
      .filter((child) => !(child.type === 'paragraph' && child.data && 'directiveLabel' in child.data))
      .flatMap((child) => convert(child as Nodes, context));
    return [{ type: 'blockquote', children: children as never }];
  }
  if (node.type === 'textDirective' || node.type === 'leafDirective') {
    // `word:other` in prose parses as a directive; give the text back as written.
    return [
      { type: 'text', value: `:${node.name}` },
      ...node.children.flatMap((child) => convert(child as Nodes, context)),
    ];
  }
  if (node.type === 'heading') return [clauseHeading(node, context)];
  // A line break in the source is a space in the text: documents reflow, and no line can start
  // with something Markdown would read as a list or heading.
  if (node.type === 'text') return [{ type: 'text', value: node.value.replace(/[ \t]*\n[ \t]*/g, ' ') }];
  const { position: _position, data: _data, ...rest } = node as Nodes & { position?: unknown; data?: unknown };
  if ('children' in node) {
    return [{ ...rest, children: (node.children as Nodes[]).flatMap((child) => convert(child, context)) } as Nodes];
  }
  return [rest as Nodes];
}

/**
 * A heading with its clause id: `## How to report` followed by an MDX comment `#reporting` (the form that
 * Docusaurus reads as the heading's anchor) becomes the heading "How to report" with `data.id`
 * "reporting", which the Markdown and Word renderers write out, so the id is the same on the site
 * and in every generated file.
 */
function clauseHeading(node: Heading, context: Context): Nodes {
  const last = node.children.at(-1);
  const id = last?.type === 'mdxTextExpression' ? CLAUSE_COMMENT.exec(last.value)?.[1] : undefined;
  if (last?.type === 'mdxTextExpression' && id !== undefined && !CLAUSE_ID.test(id)) {
    const start = last.position?.start ?? { line: 1, column: 1 };
    context.problems.push({
      line: start.line,
      column: start.column,
      message: `Clause id \`${id}\` is not valid; expected ${CLAUSE_ID_RULE}`,
    });
  }
  const children = node.children.flatMap((child) => convert(child as Nodes, context)) as Heading['children'];
  const tail = children.at(-1);
  if (id !== undefined && tail?.type === 'text') tail.value = tail.value.trimEnd();
  return {
    type: 'heading',
    depth: node.depth,
    children,
    ...(id !== undefined && CLAUSE_ID.test(id) ? { data: { id } } : {}),
  } as Heading;
}

/** Merge adjacent text nodes, which unwrapping leaves behind. */
function mergeText(node: Nodes): void {
  if (!('children' in node)) return;
  const merged: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    const last = merged.at(-1);
    if (last?.type === 'text' && child.type === 'text') last.value += child.value;
    else merged.push(child);
  }
  (node as { children: Nodes[] }).children = merged;
  merged.forEach(mergeText);
}

/** YAML reads an unquoted date as a Date; the documents want it as written. */
const isoDate = (value: unknown): string | undefined =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : typeof value === 'string'
      ? value
      : undefined;

/** What the front matter says about the document's review, sources and kind (checked by the front-matter schema). */
function provenanceOf(
  front: Record<string, unknown>,
): Pick<TemplateDocument, 'lastReviewed' | 'reviewEveryMonths' | 'sources' | 'kind'> {
  const lastReviewed = isoDate(front.last_reviewed);
  const months = front.review_every_months;
  const sources = Array.isArray(front.sources)
    ? front.sources.flatMap((source: unknown): TemplateSource[] => {
        if (source === null || typeof source !== 'object') return [];
        const { title, url, accessed } = source as Record<string, unknown>;
        if (typeof title !== 'string' || typeof url !== 'string') return [];
        const date = isoDate(accessed);
        return [{ title, url, ...(date ? { accessed: date } : {}) }];
      })
    : [];
  const kind = front.document_kind;
  return {
    ...(lastReviewed ? { lastReviewed } : {}),
    ...(typeof months === 'number' && Number.isInteger(months) && months > 0 ? { reviewEveryMonths: months } : {}),
    ...(sources.length > 0 ? { sources } : {}),
    ...(kind === 'procedure' || kind === 'playbook' || kind === 'policy' ? { kind: kind as DocumentKind } : {}),
  };
}

export interface ParsedTemplate {
  document: TemplateDocument;
  problems: TemplateProblem[];
}

/** The notes heading of the translated templates (the English one is NOTES_HEADING). */
export const TRANSLATED_NOTES_HEADINGS: readonly string[] = ['Comment adapter ce modèle'];

/** Removes explicit heading ids (`{#id}` or `\\{#id\\}` at the end of a heading line), keeping every line in place. */
export function withoutHeadingIds(source: string): string {
  return source.replace(/^(#{1,6} .*?)[ \t]*\\?\{#[\w-]+\\?\}[ \t]*$/gmu, '$1');
}

/** Parse one template page. `id` is its file name without `.mdx`. */
export function parseTemplate(source: string, id: string, registry: VariableRegistry): ParsedTemplate {
  let tree: Root;
  try {
    // A translated page keeps the English headings' anchors as `\{#id\}`: they are for the site, not the download.
    tree = createParser().parse(withoutHeadingIds(source)) as Root;
  } catch (error) {
    // MDX syntax errors (an unclosed tag, an import glued to text) carry their place.
    const {
      line,
      column,
      reason = (error as Error).message,
    } = error as { line?: number; column?: number; reason?: string };
    // Errors at the end of the file give their place only in the text: "(5:1-5:22)".
    const place = /\((\d+):(\d+)/.exec(reason);
    return {
      document: { id, title: id, description: '', variables: [], body: { type: 'root', children: [] } },
      problems: [
        {
          line: line ?? Number(place?.[1] ?? 1),
          column: column ?? Number(place?.[2] ?? 1),
          message: `Cannot read the page as MDX: ${reason}`,
        },
      ],
    };
  }
  const front = readFrontMatter(tree)?.data ?? {};
  const context: Context = { registry, problems: [] };
  const notesAt = tree.children.findIndex(
    (child) =>
      child.type === 'heading' &&
      child.depth === 2 &&
      [NOTES_HEADING, ...TRANSLATED_NOTES_HEADINGS].includes(textOf(child).trim()),
  );
  const policy = notesAt === -1 ? tree.children : tree.children.slice(0, notesAt);
  const body: Root = { type: 'root', children: policy.flatMap((child) => convert(child, context)) as RootContent[] };
  mergeText(body);
  const variables = Array.isArray(front.variables)
    ? front.variables.filter((name): name is string => typeof name === 'string')
    : [];
  return {
    document: {
      id,
      title: typeof front.title === 'string' ? front.title : id,
      description: typeof front.description === 'string' ? front.description : '',
      variables,
      body,
      ...provenanceOf(front),
    },
    problems: context.problems,
  };
}
