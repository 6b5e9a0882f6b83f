/**
 * Mutation tests over every shipped flow: break each flow the way an adapting team might, with its
 * labels and with every label stripped, and check that the checker rejects each mutant with a
 * message that names the invariant, the node and the path. Safe by default means no mutant
 * survives because a label is missing.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findDataFiles } from '../../../../src/lib/node/data';
import { EMERGENCY_DESTINATION_IDS } from '../../../../src/lib/flows/destinations';
import { checkFlow } from '../../../../src/lib/flows/check';
import { flowSchema, type Flow, type FlowNode } from '../../../../src/schema/flow';

const root = join(import.meta.dirname, '../../../..');
const shipped = findDataFiles(join(root, 'docs'))
  .filter((file) => file.endsWith('.flow.yaml'))
  .map((file) => ({ name: relative(root, file), flow: flowSchema.parse(parse(readFileSync(file, 'utf8'))) }));

const clone = (flow: Flow): Flow => structuredClone(flow);

/** Every label (`establishes`) removed from every node and edge. */
function stripLabels(flow: Flow): Flow {
  const copy = clone(flow);
  for (const node of copy.nodes) delete node.establishes;
  for (const edge of copy.edges) delete edge.establishes;
  return copy;
}

/** The node taken out, and every edge into it led on to where it led. */
function removeNode(flow: Flow, id: string): Flow {
  const copy = clone(flow);
  const next = copy.edges.find((edge) => edge.from === id)!.to;
  copy.nodes = copy.nodes.filter((node) => node.id !== id);
  copy.edges = copy.edges
    .filter((edge) => edge.from !== id)
    .map((edge) => (edge.to === id ? { ...edge, to: next } : edge));
  return copy;
}

/** The node moved to right after the start. */
function moveToStart(flow: Flow, id: string): Flow {
  const node = flow.nodes.find((candidate) => candidate.id === id)!;
  const copy = removeNode(flow, id);
  const start = copy.nodes.find((candidate) => candidate.kind === 'start')!;
  copy.nodes.push(node);
  copy.edges = copy.edges.flatMap((edge) =>
    edge.from === start.id
      ? [
          { ...edge, to: id },
          { from: id, to: edge.to },
        ]
      : [edge],
  );
  return copy;
}

const isEmergencyCall = (node: FlowNode) =>
  node.kind === 'report-to-authority' && (node.destinations ?? []).some((id) => EMERGENCY_DESTINATION_IDS.includes(id));
const tellsAccount = (node: FlowNode) => node.kind === 'notify' && node.audience === 'reported_account';
const guardsEvidence = (flow: Flow) =>
  flow.nodes.some((node) => node.kind === 'preserve' || node.kind === 'report-to-authority');

interface Mutant {
  label: string;
  flow: Flow;
  /** Invariants any one of which must reject the mutant. */
  invariants: string[];
  /** The node the message must name, when it is the moved node itself. */
  node?: string;
}

function mutants(flow: Flow): Mutant[] {
  const found: Mutant[] = [];
  for (const node of flow.nodes) {
    if (node.kind === 'preserve') {
      found.push({
        label: `without preserve step ${node.id}`,
        flow: removeNode(flow, node.id),
        invariants: [
          'preserved-before-report',
          'report-preserve-before-deletion',
          'reported-and-preserved',
          'request-preserved',
          'no-tipping-off',
        ],
      });
    }
    if (tellsAccount(node) && guardsEvidence(flow)) {
      found.push({
        label: `with ${node.id} moved to the start`,
        flow: moveToStart(flow, node.id),
        invariants: ['no-tipping-off'],
        node: node.id,
      });
    }
    if (isEmergencyCall(node)) {
      found.push({
        label: `without emergency step ${node.id}`,
        flow: removeNode(flow, node.id),
        invariants: ['danger-reaches-emergency'],
      });
    }
  }
  return found;
}

const cases = shipped.flatMap(({ name, flow }) =>
  [
    { variant: 'labelled', flow },
    { variant: 'with every label stripped', flow: stripLabels(flow) },
  ].flatMap(({ variant, flow: base }) =>
    mutants(base).map((mutant) => ({ title: `${name} ${variant}, ${mutant.label}`, mutant })),
  ),
);

describe('mutants of the shipped flows', () => {
  it('cover every preserve step, every notice to the reported account and every emergency call, twice each', () => {
    const count = (test: (node: FlowNode) => boolean, where: (flow: Flow) => boolean = () => true) =>
      shipped.flatMap(({ flow }) => (where(flow) ? flow.nodes.filter(test) : [])).length * 2;
    const preserves = count((node) => node.kind === 'preserve');
    const notices = count(tellsAccount, guardsEvidence);
    const emergencies = count(isEmergencyCall);
    expect(preserves).toBeGreaterThanOrEqual(20);
    expect(notices).toBeGreaterThanOrEqual(6);
    expect(emergencies).toBeGreaterThanOrEqual(8);
    expect(cases).toHaveLength(preserves + notices + emergencies);
  });

  it.each(shipped.map(({ name, flow }) => [name, flow] as const))(
    '%s stays valid with every label stripped',
    (_name, flow) => {
      expect(checkFlow(stripLabels(flow)).map((violation) => `${violation.invariant}: ${violation.message}`)).toEqual(
        [],
      );
    },
  );

  it.each(cases.map(({ title, mutant }) => [title, mutant] as const))(
    '%s: rejected, naming the invariant, the node and the path',
    (_title, mutant) => {
      const violations = checkFlow(mutant.flow);
      const hit = violations.find((violation) => mutant.invariants.includes(violation.invariant) && violation.path);
      expect(hit, violations.map((violation) => violation.message).join('\n') || 'accepted').toBeDefined();
      const path = hit!.path!;
      expect(path[0]).toBe(mutant.flow.nodes.find((node) => node.kind === 'start')!.id);
      expect(hit!.message).toContain(`\`${path.at(-1)}\``);
      expect(hit!.message).toMatch(new RegExp(`Path: ${path.join(' → ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      if (mutant.node) {
        expect(path).toEqual([path[0], mutant.node]);
        expect(hit!.message).toMatch(new RegExp(`^\`${mutant.node}\` tells the reported account before `));
      }
    },
  );
});
