/**
 * Remark plugin for the site build: checks every `<Var>` and `<When>` against the variable
 * registry of the page's own version, and passes the registry's label (and a variable's type and
 * options) to the component as props, so that placeholders read "[Platform name]" on released
 * pages too, and no registry ships to the browser. An unknown variable or condition fails the
 * build, naming the file and line (the lint rule reports the same, earlier).
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { readTemplateElement, REGISTRY_FILE, templateElements } from '../lib/templates/elements';
import { registryFor } from '../lib/node/template-sources';

const attribute = (name: string, value: string | null): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

const remarkTemplateComponents: Plugin<[], Root> = () => (tree, file) => {
  const elements = templateElements(tree);
  if (elements.length === 0) return;
  const found = registryFor(file.path);
  if (!found) {
    file.fail(
      `<${elements[0]!.name}> needs the variable registry ${REGISTRY_FILE} in the docs folder of this version`,
      elements[0],
    );
    return;
  }
  for (const element of elements) {
    const read = readTemplateElement(element, found.registry);
    if (read.kind === 'problems') file.fail(read.messages.join('; '), element);
    if (read.kind === 'var') {
      element.attributes.push(attribute('label', read.node.label), attribute('type', read.node.varType));
      if (read.node.labels) element.attributes.push(attribute('labels', JSON.stringify(read.node.labels)));
      if (read.node.options) element.attributes.push(attribute('options', JSON.stringify(read.node.options)));
      if (read.node.fallback) element.attributes.push(attribute('fallback', read.node.fallback));
    }
    if (read.kind === 'when') {
      element.attributes.push(attribute('label', read.condition.label));
      if (read.condition.labels) element.attributes.push(attribute('labels', JSON.stringify(read.condition.labels)));
      if (element.type === 'mdxJsxTextElement') element.attributes.push(attribute('inline', null));
    }
  }
};

export default remarkTemplateComponents;
