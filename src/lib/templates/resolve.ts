/**
 * Resolve a template tree against a profile: each `templateVar` becomes text (or, for a well-formed
 * email or web address, a link), each `templateWhen` keeps or drops its content. What the profile
 * does not answer stays visible: a variable as "[Label]", a condition with a note saying when it
 * applies. Values only ever become text nodes, so no profile value can turn into markup.
 *
 * Usable directly (`resolveTemplate`) or as a unified plugin (`remarkResolveTemplate`).
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { ProfileValues } from '../profile';
import { conditionNote, evaluateCondition, formatValue, hrefFor, placeholderText, type ValueLanguage } from './format';
import type { TemplateVar, TemplateWhen } from './tree';

export interface Resolution {
  tree: Root;
  /** Variables the profile did not fill, each once. */
  unresolved: string[];
  /** Conditions the profile did not answer, as "feature:live_streaming" or "jurisdiction:UK". */
  undecided: string[];
}

interface State {
  values: ProfileValues;
  lang: ValueLanguage;
  unresolved: Set<string>;
  undecided: Set<string>;
}

function resolveVar(node: TemplateVar, state: State, inLink: boolean): PhrasingContent {
  const given = state.values[node.name];
  const blank = given === undefined || (typeof given === 'string' && given.trim() === '');
  // An optional variable with a default (a response time) reads as its default, never as a placeholder.
  const value = blank ? node.fallback : given;
  const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
  if (missing) {
    state.unresolved.add(node.name);
    return {
      type: 'text',
      value: placeholderText(node, state.lang),
      data: { placeholder: node.name },
    } as PhrasingContent;
  }
  const text = formatValue(node, value, state.lang);
  const href = inLink ? undefined : hrefFor(node.varType, value);
  if (href) return { type: 'link', url: href, children: [{ type: 'text', value: text }] };
  return { type: 'text', value: text };
}

function resolveChildren(children: readonly Nodes[], state: State, inLink: boolean): Nodes[] {
  return children.flatMap((child) => resolveNode(child, state, inLink));
}

function resolveWhen(node: TemplateWhen, state: State, inLink: boolean): Nodes[] {
  const holds = evaluateCondition(node.condition, state.values);
  if (holds === false) return [];
  const children = resolveChildren(node.children as Nodes[], state, inLink);
  if (holds === true) return children;
  const key = `${node.condition.kind}:${node.condition.kind === 'feature' ? node.condition.feature : node.condition.jurisdiction}`;
  state.undecided.add(key);
  const note = conditionNote(node.condition, state.lang);
  if (node.inline) {
    const [first, ...rest] = children;
    const lead = first?.type === 'text' ? [{ ...first, value: first.value.trimStart() }, ...rest] : children;
    return [{ type: 'text', value: `[${note}: ` }, ...lead, { type: 'text', value: ']' }];
  }
  return [
    { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: `${note}:` }] }] },
    ...children,
  ];
}

/** Links the documents can keep: to the web and to email. A link into the kit's own pages becomes its text. */
const isExternal = (url: string) => /^(https?:|mailto:)/i.test(url);

function resolveNode(node: Nodes, state: State, inLink: boolean): Nodes[] {
  if (node.type === 'templateVar') return [resolveVar(node, state, inLink)];
  if (node.type === 'templateWhen') return resolveWhen(node, state, inLink);
  if (node.type === 'link' && !isExternal(node.url)) return resolveChildren(node.children, state, inLink);
  if ('children' in node) {
    const children = resolveChildren(node.children as Nodes[], state, inLink || node.type === 'link');
    return [{ ...node, children } as Nodes];
  }
  return [{ ...node }];
}

const isBlank = (node: Nodes): boolean =>
  (node.type === 'text' && node.value.trim() === '') ||
  (['paragraph', 'list', 'listItem', 'blockquote', 'heading'].includes(node.type) &&
    (node as Parent).children.every((child) => isBlank(child as Nodes)));

/**
 * Tidy what dropped sections leave behind: empty paragraphs, lists and quotes go, adjacent
 * lists of the same kind join, adjacent texts merge.
 */
function tidy(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children.forEach((child) => tidy(child as Nodes));
  const kept: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    if (child.type !== 'text' && isBlank(child)) continue;
    const last = kept.at(-1);
    if (last?.type === 'text' && child.type === 'text') {
      last.value += child.value;
      continue;
    }
    if (last?.type === 'list' && child.type === 'list' && Boolean(last.ordered) === Boolean(child.ordered)) {
      last.children.push(...child.children);
      continue;
    }
    kept.push(child);
  }
  parent.children = kept as Parent['children'];
}

export function resolveTemplate(body: Root, values: ProfileValues, lang: ValueLanguage = 'en'): Resolution {
  const state: State = { values, lang, unresolved: new Set(), undecided: new Set() };
  const tree: Root = { type: 'root', children: resolveChildren(body.children, state, false) as RootContent[] };
  tidy(tree);
  return { tree, unresolved: [...state.unresolved], undecided: [...state.undecided] };
}

/** The same resolution as a unified transformer, for pipelines that parse and serialise. */
export const remarkResolveTemplate: Plugin<[{ values: ProfileValues }], Root> = (options) => (tree) => {
  const { tree: resolved } = resolveTemplate(tree, options.values);
  tree.children = resolved.children;
};
