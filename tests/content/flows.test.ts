/** The shipped flows: each valid, each on its own page of type flow, every link and term in them sound. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findDataFiles } from '../../src/lib/node/data';
import { formatFlowProblem, validateFlowFile } from '../../src/lib/flows/validate';
import { createParser, readFrontMatter } from '../../src/lib/mdx';
import { findTerms } from '../../src/lint/rules/terminology';
import type { Flow } from '../../src/schema/flow';

const root = join(import.meta.dirname, '../..');
const docsDir = join(root, 'docs');
const flowDir = join(docsDir, 'flows');
const flowFiles = findDataFiles(docsDir).filter((file) => file.endsWith('.flow.yaml'));
const flows = flowFiles.map((file) => ({
  file,
  name: relative(root, file),
  flow: parse(readFileSync(file, 'utf8')) as Flow,
}));
const parser = createParser();
const pages = readdirSync(flowDir)
  .filter((entry) => entry.endsWith('.mdx') && entry !== 'index.mdx')
  .map((entry) => {
    const text = readFileSync(join(flowDir, entry), 'utf8');
    return { entry, text, frontMatter: readFrontMatter(parser.parse(text))?.data ?? {} };
  });

describe('shipped flows', () => {
  it('ship the sixteen flows of the reporting-flows section', () => {
    expect(flows.map(({ flow }) => flow.id).sort()).toEqual(
      [
        'in-product-reporting',
        'triage',
        'confirmed-csam',
        'grooming',
        'sextortion',
        'live-stream',
        'hash-match',
        'law-enforcement-requests',
        'appeals',
        'moderator-wellbeing',
        'text-enticement',
        'blocked-reupload',
        'hash-false-positive',
        'child-self-report',
        'ai-sexualise-request',
        'out-of-hours',
      ].sort(),
    );
  });

  it.each(flowFiles.map((file) => [relative(root, file), file]))(
    '%s passes the schema, the structure checks and every safety invariant',
    (_name, file) => {
      const result = validateFlowFile(file, root);
      expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([]);
    },
  );

  it('name each file after its flow id', () => {
    expect(flows.filter(({ file, flow }) => basename(file) !== `${flow.id}.flow.yaml`).map(({ name }) => name)).toEqual(
      [],
    );
  });

  it('each have one page of type flow that imports it, and each flow page imports a flow', () => {
    const imported = pages.map(({ entry, text, frontMatter }) => ({
      entry,
      type: frontMatter.page_type,
      flows: [...text.matchAll(/from '\.\/_data\/([a-z0-9-]+)\.flow\.yaml'/g)].map((match) => match[1]),
    }));
    expect(
      imported.filter(
        (page) => page.type !== 'flow' || page.flows.length !== 1 || `${page.flows[0]}.mdx` !== page.entry,
      ),
    ).toEqual([]);
    expect(
      flows.map(({ flow }) => `${flow.id}.mdx`).filter((page) => !pages.some(({ entry }) => entry === page)),
    ).toEqual([]);
  });

  it('link only to docs that exist', () => {
    const missing = flows.flatMap(({ name, flow }) =>
      flow.nodes.flatMap((node) =>
        (node.relies_on ?? [])
          .filter((id) => !existsSync(join(docsDir, `${id}.mdx`)) && !existsSync(join(docsDir, `${id}.md`)))
          .map((id) => `${name}: ${node.id} relies on ${id}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('cite on the page every source the flow file cites', () => {
    const missing = flows.flatMap(({ flow }) => {
      const page = pages.find(({ entry }) => entry === `${flow.id}.mdx`);
      const cited = new Set(((page?.frontMatter.sources ?? []) as { url: string }[]).map((source) => source.url));
      return (flow.sources ?? [])
        .filter((source) => !cited.has(source.url))
        .map((source) => `${flow.id}: ${source.url}`);
    });
    expect(missing).toEqual([]);
  });

  it('use the Luxembourg Guidelines terms in every flow (statute titles in `sources` may keep their words)', () => {
    const found = flows.flatMap(({ name, flow }) => {
      const { sources: _sources, ...text } = flow;
      return findTerms(JSON.stringify(text)).map((hit) => `${name}: ${hit.found}`);
    });
    expect(found).toEqual([]);
  });

  it('link every flow page from the section overview', () => {
    const overview = readFileSync(join(flowDir, 'index.mdx'), 'utf8');
    expect(pages.map(({ entry }) => entry).filter((entry) => !overview.includes(`(./${entry})`))).toEqual([]);
  });
});
