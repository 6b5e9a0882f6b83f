/**
 * The shape of a parsed template: Markdown's syntax tree (mdast) plus two node types for the
 * variable parts, `templateVar` and `templateWhen`. Parsing makes this tree from MDX (at build
 * time for the site, at run time for the CLI); resolving replaces the two node types with plain
 * mdast, which then serialises to Markdown or Word. Trees are plain JSON, so the site ships them
 * as data and the browser never needs the MDX parser.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { VariableType } from '../../schema/variables-data';

export interface VariableOption {
  value: string;
  label: string;
  /** The label in another language of the kit, for translated templates. */
  labels?: TranslatedLabels;
}

/** A label in the other languages of the kit, for translated templates. */
export type TranslatedLabels = { fr?: string };

export type Condition =
  | { kind: 'feature'; feature: string; not: boolean; label: string; labels?: TranslatedLabels }
  | { kind: 'jurisdiction'; jurisdiction: string; not: boolean; label: string; labels?: TranslatedLabels };

/** `<Var name="platform.name" />`, with what the registry says about the variable. */
export interface TemplateVar {
  type: 'templateVar';
  name: string;
  label: string;
  /** The label in the other languages of the kit: the placeholder of a translated template. */
  labels?: TranslatedLabels;
  varType: VariableType;
  options?: VariableOption[];
  /** The registry's default: what the variable means when the profile leaves it out. */
  fallback?: string;
}

/** `<When feature="live_streaming">…</When>`: `inline` when it sits inside a paragraph. */
export interface TemplateWhen extends Parent {
  type: 'templateWhen';
  condition: Condition;
  inline: boolean;
  children: (RootContent | PhrasingContent)[];
}

declare module 'mdast' {
  interface HeadingData {
    /** The clause id (see `CLAUSE_ID`). */
    id?: string;
  }
  interface RootContentMap {
    templateVar: TemplateVar;
    templateWhen: TemplateWhen;
  }
  interface PhrasingContentMap {
    templateVar: TemplateVar;
    templateWhen: TemplateWhen;
  }
}

/** A primary source a template relies on, from its front matter. */
export interface TemplateSource {
  title: string;
  url: string;
  accessed?: string;
}

/** What kind of document a template makes: procedures and playbooks get a table of contents. */
export type DocumentKind = 'policy' | 'procedure' | 'playbook';

/** A template page, ready to resolve: its title and its policy text (without "How to adapt this"). */
export interface TemplateDocument {
  /** The page's file name without `.mdx`, e.g. `child-safety-policy`. */
  id: string;
  title: string;
  description: string;
  /** The front matter's `variables`. */
  variables: string[];
  body: Root;
  /** The front matter's `last_reviewed` (YYYY-MM-DD), when it has one. */
  lastReviewed?: string;
  /** The front matter's `review_every_months`: the document's default review interval. */
  reviewEveryMonths?: number;
  /** The front matter's `sources`: what the template relies on. */
  sources?: TemplateSource[];
  /** The front matter's `document_kind`; a policy when left out. */
  kind?: DocumentKind;
}

/** Heading that starts the notes for adopters; the downloadable policy stops before it. */
export const NOTES_HEADING = 'How to adapt this';

/**
 * A clause id: what a heading's anchor is on the site, in the Markdown (`{#id}`) and in Word (a
 * bookmark). Lower-case letters, digits and underscores, starting with a letter, at most 40
 * characters, because that is what a Word bookmark name may be; the same id then works everywhere.
 */
export const CLAUSE_ID = /^[a-z][a-z0-9_]{1,39}$/;
export const CLAUSE_ID_RULE =
  'lower-case letters, digits and underscores, starting with a letter, at most 40 characters';
/** The MDX comment at the end of a heading that gives it its id: `#clause_id` between the comment marks. */
export const CLAUSE_COMMENT = /^\s*\/\*\s*#(\S+)\s*\*\/\s*$/;

export interface Clause {
  id: string;
  title: string;
  depth: number;
}

/** The clauses of a template (its headings that carry an id), in document order. */
export function templateClauses(tree: Root): Clause[] {
  const clauses: Clause[] = [];
  const text = (node: Nodes): string =>
    'value' in node && typeof node.value === 'string'
      ? node.value
      : 'children' in node
        ? (node.children as Nodes[]).map(text).join('')
        : '';
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const id = (node.data as { id?: string } | undefined)?.id;
      if (id !== undefined) clauses.push({ id, title: text(node).trim(), depth: node.depth });
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return clauses;
}

/** Every variable name and condition a tree uses, in document order, each once. */
export function templateUses(tree: Nodes): { variables: string[]; features: string[]; jurisdictions: string[] } {
  const variables = new Set<string>();
  const features = new Set<string>();
  const jurisdictions = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === 'templateVar') variables.add(node.name);
    if (node.type === 'templateWhen') {
      if (node.condition.kind === 'feature') features.add(node.condition.feature);
      else jurisdictions.add(node.condition.jurisdiction);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return { variables: [...variables], features: [...features], jurisdictions: [...jurisdictions] };
}
