/**
 * Every check of a reporting flow: the structure (./structure.ts) and the safety invariants
 * (./safety.ts), over one graph (./graph.ts). Pure: takes a flow that passed its schema and returns
 * every violation, each with its invariant id, a message that names the nodes (and, for the
 * invariants about paths, the path from the start), and where in the YAML it is.
 */
import type { Flow } from '../../schema/flow';
import { buildGraph, type FlowViolation } from './graph';
import { checkSafety } from './safety';
import { checkStructure } from './structure';
import { checkTimeTargets, type ResponseTimes } from './time-targets';

export type { FlowViolation } from './graph';
export { PRIORITY_FLAGS, REPORT_FLAGS } from './safety';

/**
 * Every violation of the structure and the safety invariants; empty when the flow is valid. Time
 * targets are held to the profile's response times when given (`source` names its file), else to the defaults.
 */
export function checkFlow(flow: Flow, times?: ResponseTimes, source?: string): FlowViolation[] {
  const graph = buildGraph(flow);
  return [...checkStructure(flow, graph), ...checkSafety(flow, graph), ...checkTimeTargets(flow, times, source)];
}
