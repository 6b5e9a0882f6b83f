/**
 * The step table: the text alternative to the diagram. One row per node, in the order of the
 * flow file, with who acts, by when, what it records, and where each way out leads.
 */
import {
  ACTION_LABELS,
  AUDIENCE_LABELS,
  FLAG_LABELS,
  KIND_LABELS,
  ROLE_LABELS,
  type Flow,
  type FlowNode,
} from '../../schema/flow';
import { destinationLabel } from './destinations';
import { timeTargetText } from './time-targets';

export interface StepExit {
  /** The case or condition, if any. */
  when?: string;
  /** Number of the step it leads to, and that step's label. */
  to: number;
  toLabel: string;
  /** What becomes true on this way out, in words. */
  establishes: string[];
}

export interface StepRow {
  number: number;
  id: string;
  label: string;
  kind: string;
  role: string;
  timeTarget?: string;
  records: string[];
  note?: string;
  /** What a report, preserve, notify or action node does, e.g. "Report to: NCMEC's CyberTipline (US)". */
  detail?: string;
  /** What becomes true from this step on. */
  establishes: string[];
  next: StepExit[];
  /** Doc ids of the guides and templates the step relies on. */
  reliesOn: string[];
}

function detail(node: FlowNode): string | undefined {
  switch (node.kind) {
    case 'report-to-authority':
      return node.destinations?.length ? `Report to: ${node.destinations.map(destinationLabel).join('; ')}` : undefined;
    case 'preserve':
      return node.period ? `Keep for: ${node.period}` : undefined;
    case 'notify':
      return `Tells: ${AUDIENCE_LABELS[node.audience]}`;
    case 'action':
      return ACTION_LABELS[node.action];
    default:
      return undefined;
  }
}

export function stepRows(flow: Flow): StepRow[] {
  const numbers = new Map<string, number>();
  flow.nodes.forEach((node, index) => {
    if (!numbers.has(node.id)) numbers.set(node.id, index + 1);
  });
  return flow.nodes.map((node, index) => {
    const row: StepRow = {
      number: index + 1,
      id: node.id,
      label: node.label,
      kind: KIND_LABELS[node.kind],
      role: ROLE_LABELS[node.role],
      records: node.records ?? [],
      establishes: (node.establishes ?? []).map((flag) => FLAG_LABELS[flag]),
      next: flow.edges
        .filter((edge) => edge.from === node.id && numbers.has(edge.to))
        .map((edge) => {
          const to = numbers.get(edge.to)!;
          const exit: StepExit = {
            to,
            toLabel: flow.nodes[to - 1]!.label,
            establishes: (edge.establishes ?? []).map((flag) => FLAG_LABELS[flag]),
          };
          const when = edge.case ?? edge.condition;
          return when === undefined ? exit : { when, ...exit };
        }),
      reliesOn: node.relies_on ?? [],
    };
    if (node.time_target) row.timeTarget = timeTargetText(node.time_target);
    if (node.note) row.note = node.note;
    const what = detail(node);
    if (what) row.detail = what;
    return row;
  });
}
