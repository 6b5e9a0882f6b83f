/**
 * The checks every flow must pass, with their stable ids. The ids appear in every message (CLI,
 * build, tests) and in the docs; never rename one, add a new id instead.
 */

export interface Invariant {
  id: string;
  group: 'structure' | 'safety';
  /** The rule in one sentence, as the docs show it. */
  rule: string;
}

export const INVARIANTS = [
  { id: 'unique-ids', group: 'structure', rule: 'Every node has its own id.' },
  { id: 'single-start', group: 'structure', rule: 'The flow has exactly one start node.' },
  { id: 'unknown-reference', group: 'structure', rule: 'Every edge starts and ends at a node that exists.' },
  {
    id: 'decision-cases',
    group: 'structure',
    rule: 'Each case of a decision has exactly one edge, and only edges leaving a decision name a case.',
  },
  { id: 'single-exit', group: 'structure', rule: 'Only a decision branches: any other node has one way out.' },
  { id: 'end-is-final', group: 'structure', rule: 'Nothing leaves an end node.' },
  { id: 'reachable', group: 'structure', rule: 'Every node can be reached from the start.' },
  { id: 'reaches-end', group: 'structure', rule: 'From every node, some path reaches an end.' },
  {
    id: 'destination-named',
    group: 'safety',
    rule: 'Every report-to-authority node names its destinations, using ids from the legal data.',
  },
  { id: 'preservation-period-named', group: 'safety', rule: 'Every preserve node says how long to keep the evidence.' },
  {
    id: 'report-preserve-before-deletion',
    group: 'safety',
    rule: 'On any path that handles reportable content, the report to an authority and the preservation of evidence come before the content or the account is deleted. A path handles reportable content when a label says so, when it reports to an authority anywhere, or when it deletes content or an account in a flow that does not declare no_reportable_content with a reason.',
  },
  {
    id: 'preserved-before-report',
    group: 'safety',
    rule: 'The evidence is preserved before each report to an authority (an emergency call may come first), and what a later review finds is preserved again before a further report.',
  },
  {
    id: 'no-tipping-off',
    group: 'safety',
    rule: 'On those paths, the reported account is not told anything before the report and the preservation; on any path, it is not told before a preservation that comes later.',
  },
  {
    id: 'reported-and-preserved',
    group: 'safety',
    rule: 'On those paths, the report and the preservation happen before the path ends.',
  },
  {
    id: 'child-supported',
    group: 'safety',
    rule: 'On those paths, where a child is the victim, a support step (a notify step to the person targeted) comes before the path ends.',
  },
  {
    id: 'request-preserved',
    group: 'safety',
    rule: 'Nothing is disclosed to a law-enforcement requester, and no answer is sent to one, before the records the request names are preserved.',
  },
  {
    id: 'danger-reaches-emergency',
    group: 'safety',
    rule: 'Every path where a child may be in immediate danger reaches emergency services or the police, not only the on-call person. A path is one where a child may be in danger when a label says so or, in a child-safety flow, once it escalates to on-call; only an on-call assessment that could have called emergency services takes a path out of danger.',
  },
  {
    id: 'priority-on-call',
    group: 'safety',
    rule: 'Every priority path (someone in immediate danger, or abuse happening live) escalates to on-call before it ends.',
  },
  {
    id: 'priority-time-target',
    group: 'safety',
    rule: 'On a priority path, every step up to and including the escalation to on-call has a time target.',
  },
] as const satisfies readonly Invariant[];

export type InvariantId = (typeof INVARIANTS)[number]['id'];
