/**
 * template-variables (CSK006): every `<Var name="…" />` names a variable of the registry, every
 * `<When>` names a known feature or jurisdiction, and a template's front-matter `variables` lists
 * exactly the variables its `<Var>`s use. The features and jurisdictions its `<When>`s test
 * (`features.<name>`, `established_in`, `users_in`) may be listed too. The registry is the one of
 * the page's own version (`policies/_data/variables.yaml`); messages come from the same reader
 * the build and the CLI use.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { VariableRegistry } from '../../schema/variables-data';
import { didYouMean, readTemplateElement, REGISTRY_FILE, templateElements } from '../../lib/templates/elements';
import { registryFor, TemplateDataError, versionRoot } from '../../lib/node/template-sources';
import { kitRule, readFrontMatter, reportInOrder, type Placed } from '../rule';

export interface TemplateVariablesOptions {
  /** The registry to check against; by default the one of the page's version, read from disk. */
  registry?: VariableRegistry;
}

const cache = new Map<string, { registry: VariableRegistry } | { error: string } | undefined>();

function registryOf(file: VFile): { registry: VariableRegistry } | { error: string } | undefined {
  const path = file.path ?? '';
  // One registry per version: every page of a version shares it.
  const key = versionRoot(path) ?? '';
  if (!cache.has(key)) {
    try {
      cache.set(key, registryFor(path));
    } catch (error) {
      if (!(error instanceof TemplateDataError)) throw error;
      cache.set(key, { error: error.message });
    }
  }
  return cache.get(key);
}

export const templateVariables = kitRule<TemplateVariablesOptions | undefined>(
  'template-variables',
  (tree: Root, file, options) => {
    const elements = templateElements(tree);
    const block = readFrontMatter(tree);
    const declared = block?.data?.page_type === 'template' ? block.data.variables : undefined;
    if (elements.length === 0 && !Array.isArray(declared)) return;

    const found = options?.registry ? { registry: options.registry } : registryOf(file);
    if (!found || 'error' in found) {
      const message = found
        ? `Cannot read the variable registry: ${found.error}`
        : `No variable registry for this page; expected ${REGISTRY_FILE} in the docs folder of its version`;
      file.message(message, elements[0]?.position?.start ?? { line: 1, column: 1 });
      return;
    }
    const { registry } = found;
    const placed: Placed[] = [];
    const usedVars = new Set<string>();
    const conditionFields = new Set<string>();
    for (const element of elements) {
      const place = element.position?.start ?? { line: 1, column: 1 };
      const read = readTemplateElement(element, registry);
      if (read.kind === 'problems') read.messages.forEach((message) => placed.push({ message, place }));
      else if (read.kind === 'var') usedVars.add(read.node.name);
      else if (read.kind === 'when') {
        if (read.condition.kind === 'feature') conditionFields.add(`features.${read.condition.feature}`);
        else ['established_in', 'users_in'].forEach((field) => conditionFields.add(field));
      }
    }

    if (block && Array.isArray(declared)) {
      const names = registry.map((variable) => variable.name);
      const seen = new Set<string>();
      declared.forEach((name, index) => {
        if (typeof name !== 'string') return;
        const place = block.place(['variables', index]);
        if (seen.has(name))
          placed.push({
            message: `\`variables[${index}]\`: \`${name}\` is listed twice; list each variable once`,
            place,
          });
        else if (!names.includes(name)) {
          placed.push({
            message: `\`variables[${index}]\`: Unknown variable \`${name}\`${didYouMean(name, names)}; expected a variable declared in ${REGISTRY_FILE}`,
            place,
          });
        } else if (!usedVars.has(name) && !conditionFields.has(name)) {
          placed.push({
            message: `\`variables[${index}]\`: the page does not use \`${name}\`; remove it from variables`,
            place,
          });
        }
        seen.add(name);
      });
      for (const name of usedVars) {
        if (!seen.has(name)) {
          placed.push({
            message: `Missing \`${name}\` in \`variables\`: the page uses <Var name="${name}" />; add it to the list`,
            place: block.place(['variables']),
          });
        }
      }
    }
    reportInOrder(file, placed);
  },
);

export default templateVariables;
