/**
 * The graph of a flow, shared by the structure checks and the safety invariants: nodes by id,
 * the edges that leave each node, the start, and the shortest path from the start to each node.
 */
import type { Flow, FlowEdge, FlowNode } from '../../schema/flow';
import type { InvariantId } from './invariants';

export interface FlowViolation {
  invariant: InvariantId;
  message: string;
  /** Where in the YAML document, e.g. ['nodes', 3] or ['edges', 2, 'to']. */
  at: (string | number)[];
  /** Node ids from the start to the offending node, for the invariants that concern a path. */
  path?: string[];
}

export const ARROW = ' → ';
export const code = (id: string) => `\`${id}\``;

export interface Graph {
  /** Index in `flow.nodes` of the first node with each id. */
  index: Map<string, number>;
  node(id: string): FlowNode;
  /** Edges leaving a node, whatever their target, with their index in `flow.edges`. */
  out: Map<string, { edge: FlowEdge; at: number }[]>;
  /** Edges between two existing nodes. */
  next(id: string): { edge: FlowEdge; at: number }[];
  start: FlowNode | undefined;
}

export function buildGraph(flow: Flow): Graph {
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
export function shortestPaths(graph: Graph): Map<string, string[]> {
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
