/**
 * The structural checks of a flow: unique ids, one start, known references, decisions that cover
 * their cases, one way out of every other node, final ends, every node reachable and every path
 * reaching an end. Pure; each violation names the nodes and, for paths, the path from the start.
 */
import type { Flow, FlowEdge } from '../../schema/flow';
import { ARROW, code, shortestPaths, type FlowViolation, type Graph } from './graph';
import type { InvariantId } from './invariants';

export function checkStructure(flow: Flow, graph: Graph): FlowViolation[] {
  const found: FlowViolation[] = [];
  const add = (invariant: InvariantId, message: string, at: (string | number)[], path?: string[]) =>
    found.push(path ? { invariant, message, at, path } : { invariant, message, at });
  const edgeName = (edge: FlowEdge) => `${edge.from}${ARROW}${edge.to}`;

  flow.nodes.forEach((node, at) => {
    const first = graph.index.get(node.id)!;
    if (first !== at) {
      add(
        'unique-ids',
        `Node id ${code(node.id)} is used twice (first at nodes[${first}]); give each node its own id`,
        ['nodes', at, 'id'],
      );
    }
  });

  const starts = flow.nodes.flatMap((node, at) => (node.kind === 'start' ? [{ node, at }] : []));
  if (starts.length === 0) add('single-start', 'The flow has no start node; add one node with kind: start', ['nodes']);
  for (const { node, at } of starts.slice(1)) {
    add(
      'single-start',
      `${code(node.id)} is a second start node (the first is ${code(starts[0]!.node.id)}); a flow has exactly one start`,
      ['nodes', at, 'kind'],
    );
  }

  flow.edges.forEach((edge, at) => {
    for (const end of ['from', 'to'] as const) {
      if (graph.index.has(edge[end])) continue;
      const verb = end === 'from' ? 'starts at' : 'leads to';
      add('unknown-reference', `Edge ${edgeName(edge)} ${verb} ${code(edge[end])}, which is not the id of any node`, [
        'edges',
        at,
        end,
      ]);
    }
  });

  flow.nodes.forEach((node, at) => {
    if (graph.index.get(node.id) !== at) return;
    const outs = graph.out.get(node.id) ?? [];
    if (node.kind === 'decision') {
      const listed = new Set<string>();
      node.cases.forEach((value, caseAt) => {
        if (listed.has(value))
          add('decision-cases', `Decision ${code(node.id)} lists the case "${value}" twice`, [
            'nodes',
            at,
            'cases',
            caseAt,
          ]);
        listed.add(value);
      });
      const covered = new Set<string>();
      for (const { edge, at: edgeAt } of outs) {
        if (edge.case === undefined) {
          add(
            'decision-cases',
            `Edge ${edgeName(edge)} leaves decision ${code(node.id)} but names no case; add case: one of ${node.cases.join(', ')}`,
            ['edges', edgeAt],
          );
        } else if (!listed.has(edge.case)) {
          add(
            'decision-cases',
            `Edge ${edgeName(edge)} has the case "${edge.case}", which decision ${code(node.id)} does not list; use one of ${node.cases.join(', ')}`,
            ['edges', edgeAt, 'case'],
          );
        } else if (covered.has(edge.case)) {
          add(
            'decision-cases',
            `Decision ${code(node.id)} has a second edge for the case "${edge.case}" (to ${code(edge.to)}); each case leads to exactly one node`,
            ['edges', edgeAt, 'case'],
          );
        } else {
          covered.add(edge.case);
        }
      }
      node.cases.forEach((value, caseAt) => {
        if (!covered.has(value) && node.cases.indexOf(value) === caseAt) {
          add(
            'decision-cases',
            `Decision ${code(node.id)} has no edge for the case "${value}"; add an edge from ${node.id} with case: ${value}`,
            ['nodes', at, 'cases', caseAt],
          );
        }
      });
      return;
    }
    for (const { edge, at: edgeAt } of outs) {
      if (edge.case !== undefined) {
        add(
          'decision-cases',
          `Edge ${edgeName(edge)} names a case, but ${code(node.id)} is not a decision; remove the case or make ${code(node.id)} a decision`,
          ['edges', edgeAt, 'case'],
        );
      }
    }
    if (node.kind === 'end') {
      for (const { edge, at: edgeAt } of outs) {
        add('end-is-final', `Edge ${edgeName(edge)} leaves the end node ${code(node.id)}; an end has no way out`, [
          'edges',
          edgeAt,
        ]);
      }
    } else if (graph.next(node.id).length > 1) {
      add(
        'single-exit',
        `${code(node.id)} has ${graph.next(node.id).length} ways out but is not a decision; make it a decision with a case for each, or keep one edge`,
        ['nodes', at],
      );
    }
  });

  if (!graph.start) return found;
  const paths = shortestPaths(graph);
  flow.nodes.forEach((node, at) => {
    // A second start node is already reported by single-start.
    if (graph.index.get(node.id) === at && !paths.has(node.id) && node.kind !== 'start') {
      add(
        'reachable',
        `${code(node.id)} cannot be reached from the start ${code(graph.start!.id)}; add an edge to it or remove it`,
        ['nodes', at],
      );
    }
  });

  // Nodes from which some end can be reached: walk the edges backwards from every end.
  const incoming = new Map<string, string[]>();
  for (const edge of flow.edges) {
    if (graph.index.has(edge.from) && graph.index.has(edge.to))
      incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
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
      add(
        'reaches-end',
        `${code(id)} has no way out and is not an end; add an edge from it or make it kind: end. Path: ${path.join(ARROW)}`,
        ['nodes', at],
        path,
      );
    } else if (!endsReachable.has(id) && !explained.has(id)) {
      // Report only where a path enters the loop it cannot leave.
      const enters =
        (incoming.get(id) ?? []).some((from) => paths.has(from) && endsReachable.has(from)) || id === graph.start.id;
      if (enters) {
        add(
          'reaches-end',
          `No path from ${code(id)} reaches an end: it leads only into a loop; add a way out to a node with kind: end. Path: ${path.join(ARROW)}`,
          ['nodes', at],
          path,
        );
      }
    }
  }
  return found;
}
