/**
 * The hash-sharing section over its real data and pages: every programme sourced with well-formed
 * https links, closed enums, unique ids, one page per programme built only from the data, no code
 * of any kind on any page, and a capability template that uses only known variables and conditions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { formatDataProblem, validateDataFile } from '../../src/lib/node/data';
import {
  COST_MODELS,
  INTEGRATION_EFFORTS,
  MEMBERSHIP,
  NOT_PUBLISHED,
  OUTSIDE_US,
  PROGRAMME_KINDS,
} from '../../src/schema/programme-values';
import { PROGRAMME_PARTS } from '../../src/lib/programmes';
import { createParser, readFrontMatter } from '../../src/lib/mdx';
import { JURISDICTION_CODES } from '../../src/schema/jurisdiction';
import type { Programme } from '../../src/schema/programmes';
import { FEATURES } from '../../src/schema/profile';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '../..');
const section = join(root, 'docs/hash-sharing');
const dataFile = join(section, '_data/programmes.yaml');
const parser = createParser();
const today = new Date().toISOString().slice(0, 10);

const loaded = validateDataFile(dataFile, root);
const programmes = (loaded.ok ? loaded.data : []) as Programme[];

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry.startsWith('_') ? [] : pages(path);
    return /\.mdx?$/.test(entry) && !entry.startsWith('_') ? [path] : [];
  });
}

const sectionPages = pages(section);
const parse = (path: string) => parser.parse(readFileSync(path, 'utf8')) as Root;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function jsxElements(tree: Root, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      (node as JsxElement).name === name
    ) {
      found.push(node as JsxElement);
    }
  });
  return found;
}

const attribute = (element: JsxElement, name: string) =>
  element.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);

const stringAttribute = (element: JsxElement, name: string): string | undefined => {
  const value = attribute(element, name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** Every code sample in a page: fences, inline code, and <pre>, <code> or <CodeBlock> elements, as `line: kind`. */
function codeSamples(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    // Not every node type declares a position (the template nodes added to mdast do not).
    const line = (node as { position?: { start: { line: number } } }).position?.start.line ?? 0;
    if (node.type === 'code') found.push(`${line}: code block`);
    else if (node.type === 'inlineCode') found.push(`${line}: inline code`);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node as JsxElement).name;
      if (name === 'pre' || name === 'code' || name === 'CodeBlock') found.push(`${line}: <${name}>`);
    }
  });
  return found;
}

describe('hash-sharing programmes data', () => {
  it('matches its schema', () => {
    expect(loaded.ok ? [] : loaded.problems.map(formatDataProblem)).toEqual([]);
  });

  it('covers the programmes the kit promises', () => {
    expect(programmes.map((programme) => programme.id).sort()).toEqual(
      [
        'c3p-arachnid-shield',
        'c3p-project-arachnid-notices',
        'cloudflare-csam-scanning-tool',
        'google-child-safety-toolkit',
        'iwf-hash-list',
        'iwf-url-list',
        'meta-hasher-matcher-actioner',
        'microsoft-photodna-cloud',
        'ncmec-hash-sharing',
        'ncmec-take-it-down',
        'stopncii',
        'tech-coalition-lantern',
        'thorn-safer',
      ].sort(),
    );
  });

  it('has unique ids', () => {
    const ids = programmes.map((programme) => programme.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(programmes.map((programme) => [programme.id, programme]))(
    '%s: every source is a well-formed https link, checked no later than today',
    (_id, programme) => {
      expect(programme.sources.length).toBeGreaterThan(0);
      for (const source of programme.sources) {
        const url = new URL(source.url);
        expect(url.protocol, source.url).toBe('https:');
        expect(url.hostname, source.url).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(source.url, 'no spaces or placeholders').not.toMatch(/\s|example\.(org|com)|TODO/);
        expect(source.accessed <= today, `${source.url} accessed ${source.accessed}`).toBe(true);
        expect(source.title.trim().length).toBeGreaterThan(2);
      }
      if (programme.operator_page) {
        expect(programme.sources.map((source) => source.url)).toContain(programme.operator_page);
      }
    },
  );

  it.each(programmes.map((programme) => [programme.id, programme]))(
    '%s: every enum holds a known value',
    (_id, programme) => {
      expect(Object.keys(PROGRAMME_KINDS)).toContain(programme.kind);
      expect(Object.keys(OUTSIDE_US)).toContain(programme.eligibility.outside_us);
      expect(Object.keys(MEMBERSHIP)).toContain(programme.eligibility.membership_required);
      expect(Object.keys(COST_MODELS)).toContain(programme.cost_model);
      expect(Object.keys(INTEGRATION_EFFORTS)).toContain(programme.integration_effort);
      if (programme.cost === NOT_PUBLISHED) expect(programme.cost_model).toBe('not_published');
    },
  );

  it('says why, wherever eligibility outside the US is not a plain yes', () => {
    const unexplained = programmes.filter(
      (programme) => programme.eligibility.outside_us !== 'yes' && !programme.eligibility.outside_us_note,
    );
    expect(unexplained.map((programme) => programme.id)).toEqual([]);
  });
});

describe('hash-sharing pages', () => {
  const programmeDir = join(section, 'programmes');
  const programmePages = readdirSync(programmeDir).filter((entry) => entry.endsWith('.mdx') && entry !== 'index.mdx');

  it('has exactly one page per programme, named after its id', () => {
    expect(programmePages.map((entry) => basename(entry, '.mdx')).sort()).toEqual(
      programmes.map((programme) => programme.id).sort(),
    );
  });

  it.each(programmePages)('programmes/%s renders every part from its own record, in order', (entry) => {
    const id = basename(entry, '.mdx');
    const tree = parse(join(programmeDir, entry));
    const facts = jsxElements(tree, 'ProgrammeFacts');
    expect(facts.map((element) => stringAttribute(element, 'id'))).toEqual(PROGRAMME_PARTS.map(() => id));
    expect(facts.map((element) => stringAttribute(element, 'part'))).toEqual([...PROGRAMME_PARTS]);
    expect(facts.every((element) => attribute(element, 'programmes') !== undefined)).toBe(true);
  });

  it('renders the comparison table from the data', () => {
    const tree = parse(join(programmeDir, 'index.mdx'));
    expect(jsxElements(tree, 'ProgrammeTable')).toHaveLength(1);
    expect(readFileSync(join(programmeDir, 'index.mdx'), 'utf8')).toContain(
      "import programmes from '../_data/programmes.yaml';",
    );
  });

  it('names only existing programmes in every list', () => {
    const known = new Set(programmes.map((programme) => programme.id));
    const unknown = sectionPages.flatMap((path) =>
      jsxElements(parse(path), 'ProgrammeList').flatMap((element) => {
        const expression = attribute(element, 'ids')?.value;
        const source = typeof expression === 'object' && expression !== null ? expression.value : '';
        const ids = [...source.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
        expect(ids.length, `${relative(root, path)}: a ProgrammeList with no ids`).toBeGreaterThan(0);
        return ids.filter((id) => !known.has(id)).map((id) => `${relative(root, path)}: ${id}`);
      }),
    );
    expect(unknown).toEqual([]);
  });

  it('contains no code of any kind: no code block, inline code, <pre>, <code> or <CodeBlock>', () => {
    const found = sectionPages.flatMap((path) =>
      codeSamples(parse(path)).map((sample) => `${relative(root, path)}:${sample}`),
    );
    expect(found).toEqual([]);
  });

  it('finds every kind of code sample in a planted page', () => {
    const planted = parse(join(root, 'tests/fixtures/hash-sharing/with-code.mdx'));
    expect(codeSamples(planted)).toEqual(['9: inline code', '11: code block', '15: <pre>', '17: <CodeBlock>']);
  });

  it('links the legal guides from the legal-duties page', () => {
    const text = readFileSync(join(section, 'legal-duties.mdx'), 'utf8');
    expect(text).toContain('](../legal/index.mdx)');
    expect(text).toContain('](../legal/first-csam-report.mdx)');
    expect(text).toContain('hash-match reporting flow');
  });
});

describe('capability statement template', () => {
  const path = join(section, 'capability-statement.mdx');
  const tree = parse(path);
  const frontMatter = readFrontMatter(tree)?.data ?? {};
  // The template system's variable registry and the profile's features, read from where they are declared.
  const registry = (
    parseYaml(readFileSync(join(import.meta.dirname, '../../docs/policies/_data/variables.yaml'), 'utf8')) as {
      name: string;
    }[]
  ).map((variable) => variable.name);
  const features: readonly string[] = FEATURES;

  it('is a CC0 template', () => {
    expect(frontMatter.page_type).toBe('template');
    expect(frontMatter.license).toBe('CC0-1.0');
  });

  it('declares exactly the variables it uses, all from the registry', () => {
    const used = [...new Set(jsxElements(tree, 'Var').map((element) => stringAttribute(element, 'name')))].sort();
    expect(used.filter((name) => !registry.includes(name ?? ''))).toEqual([]);
    expect([...(frontMatter.variables as string[])].sort()).toEqual(used);
  });

  it('uses only known features and jurisdictions in its conditions', () => {
    const conditions = jsxElements(tree, 'When').map((element) => ({
      feature: stringAttribute(element, 'feature'),
      jurisdiction: stringAttribute(element, 'jurisdiction'),
    }));
    expect(conditions.length).toBeGreaterThan(5);
    for (const condition of conditions) {
      expect(condition.feature !== undefined || condition.jurisdiction !== undefined).toBe(true);
      if (condition.feature !== undefined) expect(features).toContain(condition.feature);
      if (condition.jurisdiction !== undefined) expect(JURISDICTION_CODES).toContain(condition.jurisdiction);
    }
  });

  it('says by default that no automated detection runs, and ends with how to adapt it', () => {
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('We do not currently use any automated tool to detect child sexual abuse material');
    const headings: string[] = [];
    visit(tree, 'heading', (node) => {
      if (node.depth === 2) headings.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
    });
    expect(headings.at(-1)).toBe('How to adapt this');
  });
});
