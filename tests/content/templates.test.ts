/**
 * The real policy templates: every one listed, complete, with notes that link the guides; every
 * one renders against every example profile with nothing left unfilled; every condition in it
 * can be both on and off; the registry, the profile schema and the example profiles agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Link, Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { validateFrontMatter } from '../../src/lib/frontmatter';
import { checkProfile, profileFromValues, profileValues } from '../../src/lib/profile';
import { validateProfileText } from '../../src/lib/profile-file';
import { loadTemplateSet } from '../../src/lib/templates/load';
import { textOf } from '../../src/lib/templates/parse';
import type { Provenance } from '../../src/lib/templates/control';
import { renderTemplate } from '../../src/lib/templates/render';
import { templateUses } from '../../src/lib/templates/tree';
import { createParser, readFrontMatter } from '../../src/lib/mdx';
import { profileSchema } from '../../src/schema/profile';

const root = join(import.meta.dirname, '../..');
const policies = join(root, 'docs/policies');
const set = loadTemplateSet(policies, root);
const provenance: Provenance = { kitVersion: '2026.12.0', release: 'next', generated: '2026-12-07' };
const examplesDir = join(root, 'static/examples');
const examples = readdirSync(examplesDir).map((file) => {
  const result = validateProfileText(readFileSync(join(examplesDir, file), 'utf8'), file);
  if (!result.ok)
    throw new Error(`${file} is not a valid profile: ${result.problems.map((problem) => problem.message).join('; ')}`);
  return { file, values: profileValues(result.profile, set.registry) };
});

/** Leaf paths of the profile schema, with the kind of value each takes. */
function schemaLeaves(schema: z.ZodType, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  const def = (
    schema as unknown as {
      def: { type: string; shape?: Record<string, z.ZodType>; in?: z.ZodType; out?: z.ZodType; innerType?: z.ZodType };
    }
  ).def;
  if (def.type === 'optional') return schemaLeaves(def.innerType!, prefix);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape!))
      schemaLeaves(child, prefix ? `${prefix}.${key}` : key).forEach((kind, path) => leaves.set(path, kind));
  } else if (def.type === 'pipe') {
    return schemaLeaves(def.out!, prefix);
  } else {
    leaves.set(prefix, def.type);
  }
  return leaves;
}

const KINDS: Record<string, string[]> = {
  text: ['string'],
  email: ['string'],
  url: ['string'],
  date: ['string'],
  enum: ['enum'],
  boolean: ['boolean'],
  list: ['array'],
};

describe('the variable registry and the profile schema', () => {
  it('declare the same fields, with matching kinds of value', () => {
    const leaves = schemaLeaves(profileSchema);
    leaves.delete('version');
    const mismatched = set.registry
      .filter((variable) => !KINDS[variable.type]!.includes(leaves.get(variable.name) ?? 'missing'))
      .map((variable) => variable.name);
    expect(mismatched).toEqual([]);
    expect([...leaves.keys()].sort()).toEqual(set.registry.map((variable) => variable.name).sort());
  });

  it("the registry's examples together make a valid profile", () => {
    const values = Object.fromEntries(set.registry.map((variable) => [variable.name, variable.example]));
    const result = checkProfile(profileFromValues(values, set.registry));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has example profiles for the EU, the US and Canada, each downloadable from the site', () => {
    expect(examples.map((example) => example.file)).toEqual(
      expect.arrayContaining(['ca-forum.json', 'eu-photo-sharing.yaml', 'us-livestreaming.yaml']),
    );
  });
});

const templateFiles = readdirSync(policies).filter((file) => file.endsWith('.mdx'));
const parser = createParser();
const frontOf = (file: string) => readFrontMatter(parser.parse(readFileSync(join(policies, file), 'utf8')))?.data ?? {};

describe('the templates', () => {
  it('are at least the twelve the kit promises, and every template page is listed in templates.yaml', () => {
    const pages = templateFiles
      .filter((file) => frontOf(file).page_type === 'template')
      .map((file) => file.replace(/\.mdx$/, ''));
    expect(set.templates.map((template) => template.entry.id).sort()).toEqual(pages.sort());
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(set.templates.map((template) => [template.entry.id, template]))(
    '%s: valid, CC0, and parses without problems',
    (_, template) => {
      const front = validateFrontMatter(frontOf(`${template.entry.id}.mdx`));
      expect(front.ok && front.data.page_type === 'template' && front.data.license).toBe('CC0-1.0');
      expect(template.problems).toEqual([]);
      expect(template.document.body.children.length).toBeGreaterThan(5);
    },
  );

  it.each(set.templates.map((template) => [template.entry.id, template.file]))(
    '%s: ends with "How to adapt this", which links guides that exist',
    (_, file) => {
      const tree = parser.parse(readFileSync(file, 'utf8')) as Root;
      const headings = tree.children.filter((node) => node.type === 'heading' && node.depth === 2);
      expect(textOf(headings.at(-1) as Nodes)).toBe('How to adapt this');
      const notes = tree.children.slice(tree.children.indexOf(headings.at(-1)!));
      const links: string[] = [];
      const walk = (node: Nodes) => {
        if (node.type === 'link') links.push((node as Link).url);
        if ('children' in node) (node.children as Nodes[]).forEach(walk);
      };
      notes.forEach((node) => walk(node as Nodes));
      const local = links.filter((url) => !/^[a-z]+:/.test(url));
      expect(local.some((url) => url.startsWith('../'))).toBe(true);
      const missing = local.filter((url) => !existsSync(resolve(dirname(file), url.split('#')[0]!)));
      expect(missing.map((url) => `${relative(root, file)} → ${url}`)).toEqual([]);
    },
  );

  const cases = set.templates.flatMap((template) =>
    examples.map((example) => [template.entry.id, example.file, template, example] as const),
  );
  it.each(cases)(
    '%s filled from %s: no placeholder or undecided section left, in Markdown and Word',
    async (_, __, template, example) => {
      const rendered = await renderTemplate(template.document, example.values, ['md', 'docx'], provenance);
      expect({ unresolved: rendered.unresolved, undecided: rendered.undecided }).toEqual({
        unresolved: [],
        undecided: [],
      });
      // The one placeholder left on purpose: who approved the document, which only the company can say.
      expect(rendered.markdown).not.toMatch(
        /\\\[(?!count\]|hours\]|days\]|first day|last day|description\]|Describe|To be completed by your company)/,
      );
      const body = rendered.markdown!.slice(rendered.markdown!.indexOf('\n---\n') + 5);
      expect(rendered.markdown!.startsWith('---\ntitle: ')).toBe(true);
      expect(body.startsWith(`# ${template.document.title}\n\n| Document control `)).toBe(true);
      expect([...rendered.docx!.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    },
  );

  it('marks procedures and playbooks as such, so that their Word files open with a table of contents', () => {
    const kinds = Object.fromEntries(
      set.templates.map((template) => [template.entry.id, template.document.kind ?? 'policy']),
    );
    const long = set.templates.map((template) => template.entry.id).filter((id) => /-(procedure|playbook)$/.test(id));
    expect(long.length).toBeGreaterThan(0);
    expect(long.filter((id) => kinds[id] === 'policy')).toEqual([]);
  });

  it.each(set.templates.map((template) => [template.entry.id, template]))(
    '%s: every condition can be both on and off',
    async (_, template) => {
      // A condition nested in another shows only when the outer one holds: try several platforms.
      const everything = Object.fromEntries(
        set.registry.filter((variable) => variable.type === 'boolean').map((variable) => [variable.name, true]),
      );
      const bases = [
        {
          ...examples[0]!.values,
          ...everything,
          'platform.minimum_age': '13',
          users_in: ['US', 'EU', 'UK', 'CA', 'AU'],
        },
        ...examples.map((example) => example.values),
      ];
      const uses = templateUses(template.document.body);
      type Values = Record<string, unknown>;
      const flips: [string, Values, Values][] = [
        ...uses.features.map((feature): [string, Values, Values] => {
          const minors = feature === 'minors_allowed';
          return [
            `feature ${feature}`,
            { [`features.${feature}`]: true, ...(minors ? { 'platform.minimum_age': '13' } : {}) },
            { [`features.${feature}`]: false, ...(minors ? { 'platform.minimum_age': '18' } : {}) },
          ];
        }),
        ...uses.jurisdictions.map((code): [string, Values, Values] => [
          `jurisdiction ${code}`,
          { users_in: [code], established_in: [] },
          { users_in: ['US', 'EU', 'UK', 'CA', 'AU'].filter((other) => other !== code), established_in: [] },
        ]),
      ];
      const silent: string[] = [];
      for (const [name, on, off] of flips) {
        let differs = false;
        for (const base of bases) {
          const a = await renderTemplate(template.document, { ...base, ...on } as never, ['md'], provenance);
          const b = await renderTemplate(template.document, { ...base, ...off } as never, ['md'], provenance);
          if (a.markdown !== b.markdown) {
            differs = true;
            break;
          }
        }
        if (!differs) silent.push(name);
      }
      expect(silent).toEqual([]);
    },
  );
});
