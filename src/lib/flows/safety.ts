/**
 * The safety invariants of a flow. Safe by default: what a path means is derived from what its
 * nodes do, and the `establishes` labels can only make a check stricter, never switch one off.
 *
 * - A path is checked as handling reportable content when a label says so, when it reports to an
 *   authority anywhere (before or after the node checked), or, in a child-safety flow, when it
 *   deletes content or an account. Every flow is a child-safety flow unless it declares
 *   `no_reportable_content` with a reason.
 * - A path is checked as one where a child may be in immediate danger when a label says so or, in
 *   a child-safety flow, once it escalates to the on-call person. Only an on-call assessment that
 *   could have called emergency services (another of its cases does) takes a path out of danger.
 *
 * Pure: takes a flow that passed its schema and returns every violation, each with the node and
 * the shortest path from the start on which it happens.
 */
import { FLAG_LABELS, FLAGS, type Flag, type Flow, type FlowNode } from '../../schema/flow';
import { EMERGENCY_DESTINATION_IDS, isKnownDestination, KNOWN_DESTINATION_IDS } from './destinations';
import { ARROW, code, type FlowViolation, type Graph } from './graph';
import type { InvariantId } from './invariants';

/** Flags after which a report to an authority (and preservation) is due. */
export const REPORT_FLAGS: readonly Flag[] = ['apparent_csam', 'reportable_offence'];
/** Flags that make a path a priority path. */
export const PRIORITY_FLAGS: readonly Flag[] = ['imminent_danger', 'live_abuse'];

interface State {
  node: string;
  flags: ReadonlySet<Flag>;
  /** Id of the first report to an authority on the path so far. */
  reported?: string;
  preserved: boolean;
  /** Evidence is preserved, and nothing new was decided since a report. */
  kept: boolean;
  /** The decision after a report since which nothing was preserved. */
  decidedSince?: string;
  /** A report other than an emergency call alone was made. */
  fullyReported: boolean;
  /** Id of the first deletion of content or an account on the path so far. */
  deleted?: string;
  onCall: boolean;
  /** Why the path is one where a child may be in immediate danger, if it is. */
  danger?: string;
  emergency: boolean;
  supported: boolean;
  parent: number;
}

function firstFlag(flags: ReadonlySet<Flag>, among: readonly Flag[]): Flag | undefined {
  return FLAGS.find((flag) => among.includes(flag) && flags.has(flag));
}

function missingSteps(state: { reported?: string | undefined; preserved: boolean }): string | undefined {
  if (!state.reported && !state.preserved) return 'the report to an authority and the preservation of evidence';
  if (!state.reported) return 'the report to an authority';
  if (!state.preserved) return 'the preservation of evidence';
  return undefined;
}

const isDeletion = (node: FlowNode) =>
  node.kind === 'action' && (node.action === 'delete_content' || node.action === 'delete_account');
const isReport = (node: FlowNode) => node.kind === 'report-to-authority';
/** A report other than an emergency call alone: it needs the evidence preserved first. */
const isFullReport = (node: FlowNode) =>
  node.kind === 'report-to-authority' &&
  (node.destinations ?? []).some((id) => !EMERGENCY_DESTINATION_IDS.includes(id));
/** A call to emergency services or the police, or data disclosed to a law-enforcement requester. */
const isEmergency = (node: FlowNode) =>
  (node.kind === 'report-to-authority' &&
    (node.destinations ?? []).some((id) => EMERGENCY_DESTINATION_IDS.includes(id))) ||
  (node.kind === 'action' && node.action === 'disclose_data');
const isSupport = (node: FlowNode) => node.kind === 'notify' && node.audience === 'person_targeted';
const answersRequester = (node: FlowNode) =>
  (node.kind === 'notify' && node.audience === 'requester') ||
  (node.kind === 'action' && node.action === 'disclose_data');

/** For each node, the nearest node (itself included) that passes `test`, following the edges. */
function nearest(graph: Graph, ids: string[], test: (node: FlowNode) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  for (const id of ids) {
    const seen = new Set([id]);
    const queue = [id];
    for (let head = 0; head < queue.length; head += 1) {
      const at = queue[head]!;
      if (test(graph.node(at))) {
        found.set(id, at);
        break;
      }
      for (const { edge } of graph.next(at)) {
        if (!seen.has(edge.to)) {
          seen.add(edge.to);
          queue.push(edge.to);
        }
      }
    }
  }
  return found;
}

function checkNodes(flow: Flow): FlowViolation[] {
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
  return found;
}

export function checkSafety(flow: Flow, graph: Graph): FlowViolation[] {
  const found = checkNodes(flow);
  if (!graph.start) return found;
  const childFlow = !flow.no_reportable_content;
  const ids = [...graph.index.keys()];
  const nextReport = nearest(graph, ids, isReport);
  const nextPreserve = nearest(graph, ids, (node) => node.kind === 'preserve');
  const nextEmergency = nearest(graph, ids, isEmergency);

  // Breadth first over (node, what has happened so far): the first path found to a violation is a shortest one.
  const states: State[] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const enqueue = (state: State) => {
    const key = [
      state.node,
      [...state.flags].sort().join('+'),
      state.reported,
      state.preserved,
      state.kept,
      state.decidedSince,
      state.fullyReported,
      state.deleted,
      state.onCall,
      state.danger,
      state.emergency,
      state.supported,
    ].join('|');
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
    if (done.has(key)) return;
    done.add(key);
    const path = pathOf(index);
    found.push({ invariant, message: message(path.join(ARROW)), at: ['nodes', graph.index.get(node)!], path });
  };

  /** Why this path handles reportable content, as the end of a sentence; undefined if nothing says it does. */
  const reportReason = (
    flags: ReadonlySet<Flag>,
    state: { reported?: string | undefined; deleted?: string | undefined },
    node: FlowNode,
  ) => {
    const flag = firstFlag(flags, REPORT_FLAGS);
    if (flag) return `on a path where ${FLAG_LABELS[flag]}`;
    if (state.reported) return `on a path that reports to an authority at ${code(state.reported)}`;
    const later = nextReport.get(node.id);
    if (later && later !== node.id) return `on a path that goes on to report to an authority at ${code(later)}`;
    const deleted = state.deleted ?? (isDeletion(node) ? node.id : undefined);
    if (childFlow && deleted) {
      return `on a path that deletes at ${code(deleted)} in a child-safety flow (only a flow that declares no_reportable_content, with its reason, is exempt)`;
    }
    return undefined;
  };

  enqueue({
    node: graph.start.id,
    flags: new Set(),
    preserved: false,
    kept: false,
    fullyReported: false,
    onCall: false,
    emergency: false,
    supported: false,
    parent: -1,
  });
  for (let head = 0; head < states.length; head += 1) {
    const state = states[head]!;
    const node = graph.node(state.node);
    const flags = new Set([...state.flags, ...(node.establishes ?? [])]);
    const priorityFlag = firstFlag(flags, PRIORITY_FLAGS);
    const missing = missingSteps(state);

    if (isDeletion(node) && missing) {
      const reason = reportReason(flags, state, node);
      if (reason) {
        const what = node.kind === 'action' && node.action === 'delete_content' ? 'the content' : 'the account';
        add(
          'report-preserve-before-deletion',
          node.id,
          head,
          (path) => `${code(node.id)} deletes ${what} before ${missing}, ${reason}. Path: ${path}`,
        );
      }
    }
    if (node.kind === 'notify' && node.audience === 'reported_account') {
      const reason = missing ? reportReason(flags, state, node) : undefined;
      const laterPreserve = nextPreserve.get(node.id);
      if (missing && reason) {
        add(
          'no-tipping-off',
          node.id,
          head,
          (path) => `${code(node.id)} tells the reported account before ${missing}, ${reason}. Path: ${path}`,
        );
      } else if (!state.preserved && laterPreserve) {
        add(
          'no-tipping-off',
          node.id,
          head,
          (path) =>
            `${code(node.id)} tells the reported account before the preservation of evidence, on a path that preserves only later, at ${code(laterPreserve)}. Path: ${path}`,
        );
      }
    }
    if (isFullReport(node) && !state.kept) {
      const what = state.decidedSince ? `what was found since ${code(state.decidedSince)}` : 'the evidence';
      add(
        'preserved-before-report',
        node.id,
        head,
        (path) =>
          `${code(node.id)} reports to an authority before ${what} is preserved; add a preserve step before it. Path: ${path}`,
      );
    }
    if (answersRequester(node) && !state.preserved) {
      add(
        'request-preserved',
        node.id,
        head,
        (path) =>
          `${code(node.id)} answers the law-enforcement requester before anything is preserved; add a preserve step for the records the request names before it. Path: ${path}`,
      );
    }
    if (priorityFlag && !state.onCall && node.kind !== 'start' && node.kind !== 'end' && !node.time_target) {
      add(
        'priority-time-target',
        node.id,
        head,
        (path) =>
          `${code(node.id)} has no time target on a priority path (${FLAG_LABELS[priorityFlag]}); add time_target, e.g. "within 15 minutes". Path: ${path}`,
      );
    }

    const paged = childFlow && node.role === 'on_call' && !state.onCall;
    const after = {
      reported: state.reported ?? (isReport(node) ? node.id : undefined),
      preserved: state.preserved || node.kind === 'preserve',
      kept: node.kind === 'preserve' || (state.kept && !(node.kind === 'decision' && state.fullyReported)),
      decidedSince:
        node.kind === 'preserve'
          ? undefined
          : node.kind === 'decision' && state.fullyReported
            ? node.id
            : state.decidedSince,
      fullyReported: state.fullyReported || isFullReport(node),
      deleted: state.deleted ?? (isDeletion(node) ? node.id : undefined),
      onCall: state.onCall || node.role === 'on_call',
      danger:
        state.danger ??
        (priorityFlag
          ? FLAG_LABELS[priorityFlag]
          : paged
            ? `a child may be in immediate danger (the on-call person is paged at ${code(node.id)})`
            : undefined),
      emergency: state.emergency || isEmergency(node),
      supported: state.supported || isSupport(node),
    };
    if (node.kind === 'end') {
      const stillMissing = missingSteps(after);
      const reason = reportReason(flags, after, node);
      if (reason && stillMissing) {
        add(
          'reported-and-preserved',
          node.id,
          head,
          (path) => `The path ends at ${code(node.id)} without ${stillMissing}, ${reason}. Path: ${path}`,
        );
      }
      if (reason && !after.supported) {
        add(
          'child-supported',
          node.id,
          head,
          (path) =>
            `The path ends at ${code(node.id)} without a support step for the child (a notify step to person_targeted), ${reason}. Path: ${path}`,
        );
      }
      if (priorityFlag && !after.onCall) {
        add(
          'priority-on-call',
          node.id,
          head,
          (path) =>
            `The path ends at ${code(node.id)} without an escalation to on-call, although ${FLAG_LABELS[priorityFlag]}. Path: ${path}`,
        );
      }
      if (after.danger && !after.emergency) {
        add(
          'danger-reaches-emergency',
          node.id,
          head,
          (path) =>
            `The path ends at ${code(node.id)} without a call to emergency services or the police, although ${after.danger}; add a report-to-authority step to emergency-services. Path: ${path}`,
        );
      }
    }
    const exits = graph.next(node.id);
    // An on-call assessment that could have called emergency services (another case leads there) ends the danger on its other cases.
    const assessment =
      node.kind === 'decision' && node.role === 'on_call' && exits.some(({ edge }) => nextEmergency.has(edge.to));
    for (const { edge } of exits) {
      const edgeFlags = new Set([...flags, ...(edge.establishes ?? [])]);
      const cleared =
        assessment && !nextEmergency.has(edge.to) && !firstFlag(new Set(edge.establishes ?? []), PRIORITY_FLAGS);
      const nextFlags = cleared ? new Set([...edgeFlags].filter((flag) => !PRIORITY_FLAGS.includes(flag))) : edgeFlags;
      const nextState: State = { node: edge.to, flags: nextFlags, ...after, parent: head };
      if (cleared) delete nextState.danger;
      enqueue(nextState);
    }
  }
  return found;
}
