import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataText } from '../../../src/lib/node/data';
import { templateVariables } from '../../../src/lint/rules/template-variables';
import type { VariableRegistry } from '../../../src/schema/variables-data';
import { fixture, lintFixture, lintText, ruleIdsOf } from './lint';

const registryFile = join(import.meta.dirname, '../../fixtures/templates/policies/_data/variables.yaml');
const checked = validateDataText(readFileSync(registryFile, 'utf8'), 'variables.yaml');
if (!checked.ok) throw new Error('the fixture registry is invalid');
const registry = checked.data as VariableRegistry;

const lint = (name: string) => lintFixture(templateVariables, 'template-variables', name, { registry });

describe('template-variables', () => {
  it('passes a template whose variables and conditions are known and declared', async () => {
    expect(await lint('ok.mdx')).toEqual([]);
  });

  it('reports unknown variables and conditions, and front matter that does not match the page', async () => {
    expect(await lint('not-ok.mdx')).toEqual([
      '8:1 Missing `contacts.safety_email` in `variables`: the page uses <Var name="contacts.safety_email" />; add it to the list',
      '10:5 `variables[1]`: Unknown variable `platform.nmae` (did you mean `platform.name`?); expected a variable declared in policies/_data/variables.yaml',
      '11:5 `variables[2]`: the page does not use `platform.url`; remove it from variables',
      '12:5 `variables[3]`: `platform.name` is listed twice; list each variable once',
      '18:34 Unknown variable `platfrom.legal_entity` (did you mean `platform.legal_entity`?); expected a variable declared in policies/_data/variables.yaml',
      '22:1 Expected <Var name="…" /> with the variable name as a quoted string, such as <Var name="platform.name" />',
      '24:1 Unexpected attribute `label` on <Var>; expected only name',
      '24:1 Expected <Var name="…" /> with the variable name as a quoted string, such as <Var name="platform.name" />',
      '26:1 Unknown feature `livestreaming` in <When feature> (did you mean `live_streaming`?); expected one of live_streaming, e2ee',
      '30:1 Unknown jurisdiction `GB` in <When jurisdiction> (write UK for the United Kingdom); expected an ISO 3166-1 alpha-2 country code such as FR (UK for the United Kingdom), or EU',
      '34:1 Expected <When> to have exactly one of feature="…" or jurisdiction="…"',
      '38:1 Expected `not` without a value, as in <When not feature="e2ee">',
      '42:1 Expected <When> to have exactly one of feature="…" or jurisdiction="…"',
    ]);
  });

  it('checks Var and When on any page, and front matter only on templates', async () => {
    const text = [
      '---',
      'title: A guide',
      '---',
      '',
      "import Var from '@site/src/components/Var';",
      '',
      '<Var name="nope" />',
      '',
    ].join('\n');
    expect(await lintText(templateVariables, text, { registry })).toEqual([
      '7:1 Unknown variable `nope`; expected a variable declared in policies/_data/variables.yaml',
    ]);
  });

  it('reads the registry of the page own version, and says when there is none', async () => {
    const file = fixture('template-variables', 'versioned_docs/version-2030.01/policies/page.mdx');
    const { VFile } = await import('vfile');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const { parsePlugins } = await import('../../../src/lib/mdx');
    const run = async (path: string) => {
      const vfile = new VFile({ path, value: readFileSync(path, 'utf8') });
      const processor = unified().use(remarkParse).use(parsePlugins).use(templateVariables);
      await processor.run(processor.parse(vfile), vfile);
      return vfile.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
    };
    expect(await run(file)).toEqual([
      '3:1 No variable registry for this page; expected policies/_data/variables.yaml in the docs folder of its version',
    ]);
    expect(await run(fixture('template-variables', 'docs/policies/page.mdx'))).toEqual([
      '3:1 Unknown variable `platform.name`; expected a variable declared in policies/_data/variables.yaml',
    ]);
  });

  it('reports as child-safety-kit:template-variables', async () => {
    expect(await ruleIdsOf(templateVariables, '<Var name="x" />')).toEqual(['child-safety-kit:template-variables']);
  });
});
