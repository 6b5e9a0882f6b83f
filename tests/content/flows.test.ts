/** The shipped flows: each valid, each on its own page of type flow, every link and term in them sound. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findDataFiles } from '../../src/lib/node/data';
import { formatFlowProblem } from '../../src/lib/flows/validate';
import { validateFlowFile } from '../../src/lib/node/flow-file';
import { createParser, readFrontMatter } from '../../src/lib/mdx';
import { findTerms } from '../../src/lint/rules/terminology';
import { checkTimeTargets } from '../../src/lib/flows/time-targets';
import { loadTemplateSet } from '../../src/lib/templates/load';
import { templateUses } from '../../src/lib/templates/tree';
import type { Flow } from '../../src/schema/flow';
import { RESPONSE_TIME_TIERS } from '../../src/schema/profile';

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

  it('say at every step that hides content, restricts, suspends or closes an account to send the EU statement of reasons, never a report', () => {
    // DSA Art. 17(1)-(2): a hosting service gives the affected user a statement of reasons at the latest when a
    // restriction takes effect, with no exception for investigations. A step that tells a team to act "quietly" or
    // "without a notice" would break it; the step says to send one and not to mention any report.
    const restricting = ['hide_content', 'restrict_account', 'suspend_account', 'delete_account', 'end_stream'];
    const steps = flows.flatMap(({ flow }) =>
      flow.nodes
        .filter((node) => node.kind === 'action' && restricting.includes(node.action))
        .map((node) => ({ step: `${flow.id}#${node.id}`, note: node.note ?? '' })),
    );
    expect(steps.length).toBeGreaterThanOrEqual(20);
    expect(
      steps
        .filter(({ note }) => !(/statement of reasons/.test(note) && /DSA Art\. 17/.test(note)))
        .map(({ step }) => step),
    ).toEqual([]);
    const silent = flows.flatMap(({ flow }) =>
      flow.nodes
        .filter((node) => /quietly|without a notice/i.test(node.note ?? ''))
        .map((node) => `${flow.id}#${node.id}`),
    );
    expect(silent).toEqual([]);
    const confirmed = flows.find(({ flow }) => flow.id === 'confirmed-csam')!.flow;
    expect(confirmed.nodes.find((node) => node.id === 'tell-account')?.note).toContain(
      "none is due only where you do not know the user's electronic contact details, for deceptive high-volume commercial content, or for an order under Art. 9 (Art. 17(2), (5))",
    );
  });

  it('link every flow page from the section overview', () => {
    const overview = readFileSync(join(flowDir, 'index.mdx'), 'utf8');
    expect(pages.map(({ entry }) => entry).filter((entry) => !overview.includes(`(./${entry})`))).toEqual([]);
  });
});

describe('response times: one source for the policies and the flows', () => {
  const set = loadTemplateSet(join(docsDir, 'policies'), root);
  const uses = (id: string) =>
    templateUses(set.templates.find((template) => template.entry.id === id)!.document.body).variables;

  it('the public policy and the enforcement guidelines promise the response times of the profile', () => {
    expect(uses('child-safety-policy').filter((name) => name.startsWith('response_times.'))).toEqual([
      'response_times.critical',
      'response_times.medium',
    ]);
    expect(uses('enforcement-guidelines').filter((name) => name.startsWith('response_times.'))).toEqual(
      RESPONSE_TIME_TIERS.map((tier) => `response_times.${tier}`),
    );
  });

  it("no shipped flow's time target is slower than those promises", () => {
    expect(flows.flatMap(({ name, flow }) => checkTimeTargets(flow).map((v) => `${name}: ${v.message}`))).toEqual([]);
  });

  it('a flow step that names a response time is rejected once it is made slower than the promise', () => {
    const named = flows.flatMap(({ flow }) =>
      flow.nodes.filter((node) => node.time_target?.includes('{response_times.')).map((node) => ({ flow, node })),
    );
    expect(named.length).toBeGreaterThanOrEqual(6);
    const accepted = named.flatMap(({ flow, node }) => {
      const slower = {
        ...flow,
        nodes: flow.nodes.map((other) =>
          other.id === node.id ? { ...other, time_target: 'within 3 working days of the report' } : other,
        ),
      };
      const problems = checkTimeTargets(slower).filter((violation) => violation.message.startsWith(`\`${node.id}\``));
      return problems.length > 0 ? [] : [`${flow.id}/${node.id}`];
    });
    expect(accepted).toEqual([]);
  });
});
