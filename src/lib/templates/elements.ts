/**
 * Reads the template components written in MDX — `<Var name="…" />` and `<When feature|jurisdiction="…" [not]>` —
 * and checks them against the variable registry. One function, so the lint rule, the build and
 * the CLI accept exactly the same things and word every problem the same way.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { PLACE_NAMES, PROFILE_JURISDICTIONS, isProfilePlace } from '../../schema/profile';
import type { Variable, VariableRegistry } from '../../schema/variables-data';
import { placeNameIn } from '../places';
import type { Condition, TemplateVar, TranslatedLabels } from './tree';

export const REGISTRY_FILE = 'policies/_data/variables.yaml';

/** Every `<Var>` and `<When>` element of a page, in document order. */
export function templateElements(tree: Root): (MdxJsxFlowElement | MdxJsxTextElement)[] {
  const elements: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  visit(tree, (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      (node.name === 'Var' || node.name === 'When')
    ) {
      elements.push(node as MdxJsxFlowElement | MdxJsxTextElement);
    }
  });
  return elements;
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

export type ReadElement =
  | { kind: 'var'; node: TemplateVar }
  | { kind: 'when'; condition: Condition }
  | { kind: 'other' }
  | { kind: 'problems'; messages: string[] };

/** Features a `<When feature>` may name: the registry's `features.*` booleans, without the prefix. */
export function registryFeatures(registry: VariableRegistry): Variable[] {
  return registry.filter((variable) => variable.name.startsWith('features.') && variable.type === 'boolean');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** " (did you mean `x`?)" when a known name is close to the unknown one, else "". */
export function didYouMean(unknown: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(unknown.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(unknown.length / 3))
    ? ` (did you mean \`${best}\`?)`
    : '';
}

function attributes(node: Element): { values: Map<string, string | null | { expression: true }>; problems: string[] } {
  const values = new Map<string, string | null | { expression: true }>();
  const problems: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`Unexpected spread attribute on <${node.name}>; write each attribute as name="value"`);
      continue;
    }
    const value = attribute.value;
    values.set(
      attribute.name,
      value === null || value === undefined ? null : typeof value === 'string' ? value : { expression: true },
    );
  }
  return { values, problems };
}

function hasContent(node: Element): boolean {
  return node.children.some((child) => child.type !== 'text' || child.value.trim() !== '');
}

function readVar(node: Element, registry: VariableRegistry): ReadElement {
  const { values, problems } = attributes(node);
  for (const name of values.keys()) {
    if (name !== 'name') problems.push(`Unexpected attribute \`${name}\` on <Var>; expected only name`);
  }
  if (hasContent(node)) problems.push('Expected <Var /> to be empty: the profile supplies its text');
  const name = values.get('name');
  if (typeof name !== 'string' || name === '') {
    problems.push(
      'Expected <Var name="…" /> with the variable name as a quoted string, such as <Var name="platform.name" />',
    );
    return { kind: 'problems', messages: problems };
  }
  const variable = registry.find((candidate) => candidate.name === name);
  if (!variable) {
    problems.push(
      `Unknown variable \`${name}\`${didYouMean(
        name,
        registry.map((candidate) => candidate.name),
      )}; expected a variable declared in ${REGISTRY_FILE}`,
    );
  }
  if (problems.length > 0 || !variable) return { kind: 'problems', messages: problems };
  return {
    kind: 'var',
    node: {
      type: 'templateVar',
      name: variable.name,
      label: variable.label,
      ...(variable.labels ? { labels: variable.labels } : {}),
      varType: variable.type,
      ...(variable.options
        ? {
            options: variable.options.map(({ value, label, labels }) => ({
              value,
              label,
              ...(labels ? { labels } : {}),
            })),
          }
        : {}),
      ...(variable.default === undefined ? {} : { fallback: variable.default }),
    },
  };
}

function readWhen(node: Element, registry: VariableRegistry): ReadElement {
  const { values, problems } = attributes(node);
  for (const name of values.keys()) {
    if (!['feature', 'jurisdiction', 'not'].includes(name)) {
      problems.push(`Unexpected attribute \`${name}\` on <When>; expected feature, jurisdiction or not`);
    }
  }
  const not = values.has('not');
  if (not && values.get('not') !== null)
    problems.push('Expected `not` without a value, as in <When not feature="e2ee">');
  const feature = values.get('feature');
  const jurisdiction = values.get('jurisdiction');
  if ((feature === undefined) === (jurisdiction === undefined)) {
    problems.push('Expected <When> to have exactly one of feature="…" or jurisdiction="…"');
    return { kind: 'problems', messages: problems };
  }
  const features = registryFeatures(registry);
  const featureNames = features.map((variable) => variable.name.slice('features.'.length));
  if (feature !== undefined) {
    if (typeof feature !== 'string' || feature === '') {
      problems.push('Expected feature="…" to be a quoted feature name, such as feature="live_streaming"');
      return { kind: 'problems', messages: problems };
    }
    const variable = features.find((candidate) => candidate.name === `features.${feature}`);
    if (!variable) {
      problems.push(
        `Unknown feature \`${feature}\` in <When feature>${didYouMean(feature, featureNames)}; expected one of ${featureNames.join(', ')}`,
      );
      return { kind: 'problems', messages: problems };
    }
    if (problems.length > 0) return { kind: 'problems', messages: problems };
    return {
      kind: 'when',
      condition: {
        kind: 'feature',
        feature,
        not,
        label: variable.label,
        ...(variable.labels ? { labels: variable.labels } : {}),
      },
    };
  }
  if (typeof jurisdiction !== 'string' || jurisdiction === '') {
    problems.push('Expected jurisdiction="…" to be a quoted code, such as jurisdiction="UK"');
    return { kind: 'problems', messages: problems };
  }
  const code = PROFILE_JURISDICTIONS.find((candidate) => candidate === jurisdiction);
  if (!code) {
    const upper = jurisdiction.trim().toUpperCase();
    const hint =
      upper === 'GB'
        ? ' (write UK for the United Kingdom)'
        : isProfilePlace(upper)
          ? ` (did you mean \`${upper}\`?)`
          : '';
    problems.push(
      `Unknown jurisdiction \`${jurisdiction}\` in <When jurisdiction>${hint}; expected an ISO 3166-1 alpha-2 country code such as FR (UK for the United Kingdom), or EU`,
    );
    return { kind: 'problems', messages: problems };
  }
  return {
    kind: 'when',
    condition: {
      kind: 'jurisdiction',
      jurisdiction: code,
      not,
      label: PLACE_NAMES[code] ?? code,
      ...placeLabels(code),
    },
  };
}

/** A place's name in the kit's other languages, from the runtime's CLDR data. */
function placeLabels(code: string): { labels?: TranslatedLabels } {
  const fr = placeNameIn(code, 'fr');
  return fr ? { labels: { fr } } : {};
}

/** What an MDX element means for a template: a variable, a condition, something else, or problems. */
export function readTemplateElement(node: Element, registry: VariableRegistry): ReadElement {
  if (node.name === 'Var') return readVar(node, registry);
  if (node.name === 'When') return readWhen(node, registry);
  return { kind: 'other' };
}
