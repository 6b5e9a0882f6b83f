/**
 * The structural checks and safety invariants of a reporting flow. Pure: takes a flow that
 * passed its schema and returns every violation, each with its invariant id, a message that names
 * the nodes (and, for the safety invariants, the path from the start), and where in the YAML it is.
 */
import { FLAG_LABELS, FLAGS, type Flag, type Flow, type FlowEdge, type FlowNode } from '../../schema/flow';
import { isKnownDestination, KNOWN_DESTINATION_IDS } from './destinations';
import type { InvariantId } from './invariants';

export interface FlowViolation {
  invariant: InvariantId;
  message: string;
  /** Where in the YAML document, e.g. ['nodes', 3] or ['edges', 2, 'to']. */
  at: (string | number)[];
  /** Node ids from the start to the offending node, for the invariants that concern a path. */
  path?: string[];
}

/** Flags after which a report to an authority (and preservation) is due. */
export const REPORT_FLAGS: readonly Flag[] = ['apparent_csam', 'reportable_offence'];
/** Flags that make a path a priority path. */
export const PRIORITY_FLAGS: readonly Flag[] = ['imminent_danger', 'live_abuse'];

const ARROW = ' → ';
const code = (id: string) => `\`${id}\``;

interface Graph {
  /** Index in `flow.nodes` of the first node with each id. */
  index: Map<string, number>;
  node(id: string): FlowNode;
  /** Edges leaving a node, whatever their target, with their index in `flow.edges`. */
  out: Map<string, { edge: FlowEdge; at: number }[]>;
  /** Edges between two existing nodes. */
  next(id: string): { edge: FlowEdge; at: number }[];
  start: FlowNode | undefined;
}

function buildGraph(flow: Flow): Graph {
  const index = new Map<string, number>();
  flow.nodes.forEach((node, at) => {
    if (!index.has(node.id)) index.set(node.id, at);
  });
  const out = new Map<string, { edge: FlowEdge; at: number }[]>();
  flow.edges.forEach((edge, at) => {
    if (!index.has(edge.from)) return;
    const list = out.get(edge.from) ?? [];
    list.push({ edge, at });
    out.set(edge.from, list);
  });
  return {
    index,
    node: (id) => flow.nodes[index.get(id)!]!,
    out,
    next: (id) => (out.get(id) ?? []).filter(({ edge }) => index.has(edge.to)),
    start: flow.nodes.find((node) => node.kind === 'start'),
  };
}

/** Shortest path from the start to every reachable node (breadth first, in edge order). */
function shortestPaths(graph: Graph): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  if (!graph.start) return paths;
  paths.set(graph.start.id, [graph.start.id]);
  const queue = [graph.start.id];
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head]!;
    for (const { edge } of graph.next(id)) {
      if (paths.has(edge.to)) continue;
      paths.set(edge.to, [...paths.get(id)!, edge.to]);
      queue.push(edge.to);
    }
  }
  return paths;
}

function checkStructure(flow: Flow, graph: Graph): FlowViolation[] {
  const found: FlowViolation[] = [];
  const add = (invariant: InvariantId, message: string, at: (string | number)[], path?: string[]) =>
    found.push(path ? { invariant, message, at, path } : { invariant, message, at });
  const edgeName = (edge: FlowEdge) => `${edge.from}${ARROW}${edge.to}`;

  flow.nodes.forEach((node, at) => {
    const first = graph.index.get(node.id)!;
    if (first !== at) {
      add('unique-ids', `Node id ${code(node.id)} is used twice (first at nodes[${first}]); give each node its own id`, ['nodes', at, 'id']);
    }
  });

  const starts = flow.nodes.flatMap((node, at) => (node.kind === 'start' ? [{ node, at }] : []));
  if (starts.length === 0) add('single-start', 'The flow has no start node; add one node with kind: start', ['nodes']);
  for (const { node, at } of starts.slice(1)) {
    add('single-start', `${code(node.id)} is a second start node (the first is ${code(starts[0]!.node.id)}); a flow has exactly one start`, ['nodes', at, 'kind']);
  }

  flow.edges.forEach((edge, at) => {
    for (const end of ['from', 'to'] as const) {
      if (graph.index.has(edge[end])) continue;
      const verb = end === 'from' ? 'starts at' : 'leads to';
      add('unknown-reference', `Edge ${edgeName(edge)} ${verb} ${code(edge[end])}, which is not the id of any node`, ['edges', at, end]);
    }
  });

  flow.nodes.forEach((node, at) => {
    if (graph.index.get(node.id) !== at) return;
    const outs = graph.out.get(node.id) ?? [];
    if (node.kind === 'decision') {
      const listed = new Set<string>();
      node.cases.forEach((value, caseAt) => {
        if (listed.has(value)) add('decision-cases', `Decision ${code(node.id)} lists the case "${value}" twice`, ['nodes', at, 'cases', caseAt]);
        listed.add(value);
      });
      const covered = new Set<string>();
      for (const { edge, at: edgeAt } of outs) {
        if (edge.case === undefined) {
          add('decision-cases', `Edge ${edgeName(edge)} leaves decision ${code(node.id)} but names no case; add case: one of ${node.cases.join(', ')}`, ['edges', edgeAt]);
        } else if (!listed.has(edge.case)) {
          add('decision-cases', `Edge ${edgeName(edge)} has the case "${edge.case}", which decision ${code(node.id)} does not list; use one of ${node.cases.join(', ')}`, ['edges', edgeAt, 'case']);
        } else if (covered.has(edge.case)) {
          add('decision-cases', `Decision ${code(node.id)} has a second edge for the case "${edge.case}" (to ${code(edge.to)}); each case leads to exactly one node`, ['edges', edgeAt, 'case']);
        } else {
          covered.add(edge.case);
        }
      }
      node.cases.forEach((value, caseAt) => {
        if (!covered.has(value) && node.cases.indexOf(value) === caseAt) {
          add('decision-cases', `Decision ${code(node.id)} has no edge for the case "${value}"; add an edge from ${node.id} with case: ${value}`, ['nodes', at, 'cases', caseAt]);
        }
      });
      return;
    }
    for (const { edge, at: edgeAt } of outs) {
      if (edge.case !== undefined) {
        add('decision-cases', `Edge ${edgeName(edge)} names a case, but ${code(node.id)} is not a decision; remove the case or make ${code(node.id)} a decision`, ['edges', edgeAt, 'case']);
      }
    }
    if (node.kind === 'end') {
      for (const { edge, at: edgeAt } of outs) {
        add('end-is-final', `Edge ${edgeName(edge)} leaves the end node ${code(node.id)}; an end has no way out`, ['edges', edgeAt]);
      }
    } else if (graph.next(node.id).length > 1) {
      add('single-exit', `${code(node.id)} has ${graph.next(node.id).length} ways out but is not a decision; make it a decision with a case for each, or keep one edge`, ['nodes', at]);
    }
  });

  if (!graph.start) return found;
  const paths = shortestPaths(graph);
  flow.nodes.forEach((node, at) => {
    // A second start node is already reported by single-start.
    if (graph.index.get(node.id) === at && !paths.has(node.id) && node.kind !== 'start') {
      add('reachable', `${code(node.id)} cannot be reached from the start ${code(graph.start!.id)}; add an edge to it or remove it`, ['nodes', at]);
    }
  });

  // Nodes from which some end can be reached: walk the edges backwards from every end.
  const incoming = new Map<string, string[]>();
  for (const edge of flow.edges) {
    if (graph.index.has(edge.from) && graph.index.has(edge.to)) incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
  }
  const walkBack = (targets: string[]) => {
    const seen = new Set(targets);
    const queue = [...targets];
    for (let head = 0; head < queue.length; head += 1) {
      for (const from of incoming.get(queue[head]!) ?? []) {
        if (!seen.has(from)) {
          seen.add(from);
          queue.push(from);
        }
      }
    }
    return seen;
  };
  const endsReachable = walkBack(flow.nodes.filter((node) => node.kind === 'end').map((node) => node.id));
  const reachableIds = [...paths.keys()];
  const deadEnds = reachableIds.filter((id) => graph.node(id).kind !== 'end' && graph.next(id).length === 0);
  const explained = walkBack(deadEnds);
  for (const id of reachableIds) {
    const at = graph.index.get(id)!;
    const path = paths.get(id)!;
    if (deadEnds.includes(id)) {
      add('reaches-end', `${code(id)} has no way out and is not an end; add an edge from it or make it kind: end. Path: ${path.join(ARROW)}`, ['nodes', at], path);
    } else if (!endsReachable.has(id) && !explained.has(id)) {
      // Report only where a path enters the loop it cannot leave.
      const enters = (incoming.get(id) ?? []).some((from) => paths.has(from) && endsReachable.has(from)) || id === graph.start.id;
      if (enters) {
        add('reaches-end', `No path from ${code(id)} reaches an end: it leads only into a loop; add a way out to a node with kind: end. Path: ${path.join(ARROW)}`, ['nodes', at], path);
      }
    }
  }
  return found;
}

interface State {
  node: string;
  flags: ReadonlySet<Flag>;
  reported: boolean;
  preserved: boolean;
  onCall: boolean;
  parent: number;
}

function firstFlag(flags: ReadonlySet<Flag>, among: readonly Flag[]): Flag | undefined {
  return FLAGS.find((flag) => among.includes(flag) && flags.has(flag));
}

function missingSteps(state: { reported: boolean; preserved: boolean }): string | undefined {
  if (!state.reported && !state.preserved) return 'the report to an authority and the preservation of evidence';
  if (!state.reported) return 'the report to an authority';
  if (!state.preserved) return 'the preservation of evidence';
  return undefined;
}

function checkSafety(flow: Flow, graph: Graph): FlowViolation[] {
  const found: FlowViolation[] = [];

  flow.nodes.forEach((node, at) => {
    if (node.kind === 'report-to-authority') {
      if (!node.destinations || node.destinations.length === 0) {
        found.push({
          invariant: 'destination-named',
          message: `${code(node.id)} does not name its destination; add destinations: with ids from the legal data, e.g. [ncmec-cybertipline]`,
          at: ['nodes', at],
        });
      }
      node.destinations?.forEach((destination, destinationAt) => {
        if (!isKnownDestination(destination)) {
          found.push({
            invariant: 'destination-named',
            message: `${code(node.id)} names the unknown destination "${destination}"; use one of ${KNOWN_DESTINATION_IDS.join(', ')}`,
            at: ['nodes', at, 'destinations', destinationAt],
          });
        }
      });
    }
    if (node.kind === 'preserve' && !node.period?.trim()) {
      found.push({
        invariant: 'preservation-period-named',
        message: `${code(node.id)} does not say how long to keep the evidence; add period, e.g. "1 year after the report"`,
        at: ['nodes', at],
      });
    }
  });

  if (!graph.start) return found;

  // Breadth first over (node, what has happened so far): the first path found to a violation is a shortest one.
  const states: State[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  const enqueue = (state: State) => {
    const key = [state.node, [...state.flags].sort().join('+'), state.reported, state.preserved, state.onCall].join('|');
    if (seen.has(key)) return;
    seen.add(key);
    states.push(state);
  };
  const pathOf = (index: number) => {
    const path: string[] = [];
    for (let at = index; at >= 0; at = states[at]!.parent) path.unshift(states[at]!.node);
    return path;
  };
  const add = (invariant: InvariantId, node: string, index: number, message: (path: string) => string) => {
    const key = `${invariant}|${node}`;
    if (reported.has(key)) return;
    reported.add(key);
    const path = pathOf(index);
    found.push({ invariant, message: message(path.join(ARROW)), at: ['nodes', graph.index.get(node)!], path });
  };

  enqueue({ node: graph.start.id, flags: new Set(), reported: false, preserved: false, onCall: false, parent: -1 });
  for (let head = 0; head < states.length; head += 1) {
    const state = states[head]!;
    const node = graph.node(state.node);
    const flags = new Set([...state.flags, ...(node.establishes ?? [])]);
    const reportFlag = firstFlag(flags, REPORT_FLAGS);
    const priorityFlag = firstFlag(flags, PRIORITY_FLAGS);
    const missing = missingSteps(state);

    if (reportFlag && missing) {
      if (node.kind === 'action' && (node.action === 'delete_content' || node.action === 'delete_account')) {
        const what = node.action === 'delete_content' ? 'the content' : 'the account';
        add('report-preserve-before-deletion', node.id, head, (path) =>
          `${code(node.id)} deletes ${what} before ${missing}, on a path where ${FLAG_LABELS[reportFlag]}. Path: ${path}`,
        );
      }
      if (node.kind === 'notify' && node.audience === 'reported_account') {
        add('no-tipping-off', node.id, head, (path) =>
          `${code(node.id)} tells the reported account before ${missing}, on a path where ${FLAG_LABELS[reportFlag]}. Path: ${path}`,
        );
      }
    }
    if (priorityFlag && !state.onCall && node.kind !== 'start' && node.kind !== 'end' && !node.time_target) {
      add('priority-time-target', node.id, head, (path) =>
        `${code(node.id)} has no time target on a priority path (${FLAG_LABELS[priorityFlag]}); add time_target, e.g. "within 15 minutes". Path: ${path}`,
      );
    }

    const after = {
      reported: state.reported || node.kind === 'report-to-authority',
      preserved: state.preserved || node.kind === 'preserve',
      onCall: state.onCall || node.role === 'on_call',
    };
    if (node.kind === 'end') {
      const stillMissing = missingSteps(after);
      if (reportFlag && stillMissing) {
        add('reported-and-preserved', node.id, head, (path) =>
          `The path ends at ${code(node.id)} without ${stillMissing}, although ${FLAG_LABELS[reportFlag]}. Path: ${path}`,
        );
      }
      if (priorityFlag && !after.onCall) {
        add('priority-on-call', node.id, head, (path) =>
          `The path ends at ${code(node.id)} without an escalation to on-call, although ${FLAG_LABELS[priorityFlag]}. Path: ${path}`,
        );
      }
    }
    for (const { edge } of graph.next(node.id)) {
      enqueue({ node: edge.to, flags: new Set([...flags, ...(edge.establishes ?? [])]), ...after, parent: head });
    }
  }
  return found;
}

/** Every violation of the structure and the safety invariants; empty when the flow is valid. */
export function checkFlow(flow: Flow): FlowViolation[] {
  const graph = buildGraph(flow);
  return [...checkStructure(flow, graph), ...checkSafety(flow, graph)];
}
