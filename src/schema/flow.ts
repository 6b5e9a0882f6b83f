/**
 * A reporting flow: `docs/<section>/_data/<id>.flow.yaml`. Nodes are the steps a report goes
 * through, each with the role that acts, an optional time target and the records it produces;
 * edges join them, with the case of a decision or a condition. The schema checks the shape of
 * each node and edge; `src/lib/flows/check.ts` checks the graph and the safety invariants.
 */
import * as z from 'zod';
import { sourceSchema } from './common';

export const NODE_KINDS = [
  'start',
  'step',
  'decision',
  'report-to-authority',
  'preserve',
  'notify',
  'action',
  'end',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ROLES = ['user', 'moderator', 'ts_lead', 'legal', 'on_call'] as const;
export type Role = (typeof ROLES)[number];

/** Who a `notify` node tells. */
export const AUDIENCES = ['reported_account', 'reporter', 'person_targeted', 'team', 'requester'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What an `action` node does. Only the two `delete_*` actions destroy data. */
export const ACTIONS = [
  'hide_content',
  'delete_content',
  'restrict_account',
  'suspend_account',
  'delete_account',
  'end_stream',
  'restore_content',
  'restore_account',
  'disclose_data',
  'other',
] as const;
export type ActionName = (typeof ACTIONS)[number];

/**
 * What becomes true from a node or an edge onwards, for the safety invariants. The first two
 * mean a report to an authority is due; the last two make the path a priority path.
 */
export const FLAGS = ['apparent_csam', 'reportable_offence', 'imminent_danger', 'live_abuse'] as const;
export type Flag = (typeof FLAGS)[number];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOC_ID = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;

const nodeId = z
  .string({ error: 'Expected a node id in kebab-case, e.g. review-report' })
  .regex(ID, { error: 'Expected a node id in kebab-case, e.g. review-report' });

/** Non-empty text, with a message that says what the field is for. */
const text = (what: string) =>
  z
    .string({ error: `Expected ${what}` })
    .trim()
    .min(1, { error: `Expected ${what}` });

const flag = z.enum(FLAGS, { error: `Expected one of ${FLAGS.join(', ')}` });

const common = {
  id: nodeId,
  /** What happens, in a few words; shown in the diagram. */
  label: z
    .string({ error: 'Expected a short label of what happens at this step' })
    .trim()
    .min(3, { error: 'Expected a short label of what happens at this step' })
    .max(70, { error: 'Expected a label of at most 70 characters (put detail in `note`)' }),
  role: z.enum(ROLES, { error: `Expected role to be one of ${ROLES.join(', ')}` }),
  /** e.g. "within 24 hours of the report". */
  time_target: text('a time target, e.g. "within 24 hours of the report"').optional(),
  /** Records this step produces, e.g. "report receipt number". */
  records: z
    .array(text('the name of a record, e.g. "review note"'), {
      error: 'Expected a list of the records this step produces',
    })
    .optional(),
  /** One or two sentences shown in the step table. */
  note: text('a sentence or two about this step').optional(),
  /** Doc ids (paths under docs/ without extension) of the guides and templates this step relies on. */
  relies_on: z
    .array(z.string().regex(DOC_ID, { error: 'Expected a doc id such as legal/first-csam-report' }), {
      error: 'Expected a list of doc ids such as legal/first-csam-report',
    })
    .optional(),
  /** What this node establishes for the rest of every path through it. */
  establishes: z.array(flag, { error: `Expected a list of ${FLAGS.join(', ')}` }).optional(),
};

export const flowNodeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...common, kind: z.literal('start') }),
    z.strictObject({ ...common, kind: z.literal('step') }),
    z.strictObject({
      ...common,
      kind: z.literal('decision'),
      /** The answers; each needs exactly one edge with that `case`. */
      cases: z
        .array(text('the text of an answer, e.g. "yes"'), {
          error: 'Expected the list of answers (cases) this decision can have',
        })
        .min(2, { error: 'Expected at least two cases for a decision' }),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('report-to-authority'),
      /** Destination ids from the legal data; checked by the `destination-named` invariant. */
      destinations: z
        .array(z.string(), { error: 'Expected a list of destination ids, e.g. [ncmec-cybertipline]' })
        .optional(),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('preserve'),
      /** How long to keep the evidence; checked by the `preservation-period-named` invariant. */
      period: z.string({ error: 'Expected how long to keep the evidence, e.g. "1 year after the report"' }).optional(),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('notify'),
      audience: z.enum(AUDIENCES, { error: `Expected audience to be one of ${AUDIENCES.join(', ')}` }),
    }),
    z.strictObject({
      ...common,
      kind: z.literal('action'),
      action: z.enum(ACTIONS, { error: `Expected action to be one of ${ACTIONS.join(', ')}` }),
    }),
    z.strictObject({ ...common, kind: z.literal('end') }),
  ],
  { error: `Expected kind to be one of ${NODE_KINDS.join(', ')}` },
);

export const flowEdgeSchema = z.strictObject({
  from: nodeId,
  to: nodeId,
  /** For an edge leaving a decision: which of its cases this edge is. */
  case: text('one of the cases of the decision the edge leaves').optional(),
  /** A short condition shown on the edge when it does not leave a decision. */
  condition: text('a short condition to show on the edge').optional(),
  establishes: z.array(flag, { error: `Expected a list of ${FLAGS.join(', ')}` }).optional(),
});

export const flowSchema = z.strictObject({
  /** The file is named `<id>.flow.yaml`. */
  id: z
    .string({ error: 'Expected the flow id in kebab-case' })
    .regex(ID, { error: 'Expected the flow id in kebab-case' }),
  title: z
    .string({ error: 'Expected the title of the flow' })
    .trim()
    .min(3, { error: 'Expected the title of the flow, at least 3 characters' }),
  /** One sentence: when to use this flow. */
  summary: z
    .string({ error: 'Expected a one-sentence summary of the flow' })
    .trim()
    .min(20, { error: 'Expected a one-sentence summary of the flow, at least 20 characters' }),
  nodes: z
    .array(flowNodeSchema, { error: 'Expected a list of nodes' })
    .min(2, { error: 'Expected at least a start and an end node' }),
  edges: z.array(flowEdgeSchema, { error: 'Expected a list of edges' }).min(1, { error: 'Expected at least one edge' }),
  /**
   * Only for a flow that truly handles no reportable content (e.g. the wellbeing of your own
   * reviewers): says so, with the reason. Without it, every flow is a child-safety flow, and a
   * deletion or an on-call escalation in it is checked as reportable or urgent. A path that
   * reports to an authority is checked in full either way.
   */
  no_reportable_content: z
    .strictObject(
      {
        reason: text(
          'the reason this flow handles no reportable content, e.g. "it is about the wellbeing of your reviewers"',
        ),
      },
      { error: 'Expected no_reportable_content: { reason: "why this flow handles no reportable content" }' },
    )
    .optional(),
  /** Primary sources for the legal periods and duties the flow states. */
  sources: z.array(sourceSchema).optional(),
});

export type Flow = z.infer<typeof flowSchema>;
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  user: 'User',
  moderator: 'Moderator',
  ts_lead: 'T&S lead',
  legal: 'Legal',
  on_call: 'On-call',
};

export const KIND_LABELS: Record<NodeKind, string> = {
  start: 'Start',
  step: 'Step',
  decision: 'Decision',
  'report-to-authority': 'Report to authority',
  preserve: 'Preserve',
  notify: 'Notify',
  action: 'Action',
  end: 'End',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  reported_account: 'the reported account',
  reporter: 'the reporter',
  person_targeted: 'the person targeted',
  team: 'your team',
  requester: 'the requester',
};

export const ACTION_LABELS: Record<ActionName, string> = {
  hide_content: 'Hide the content (kept)',
  delete_content: 'Delete the content',
  restrict_account: 'Restrict the account',
  suspend_account: 'Suspend the account',
  delete_account: 'Delete the account',
  end_stream: 'End the stream',
  restore_content: 'Restore the content',
  restore_account: 'Restore the account',
  disclose_data: 'Disclose data',
  other: 'Other action',
};

export const FLAG_LABELS: Record<Flag, string> = {
  apparent_csam: 'apparent CSAM is confirmed',
  reportable_offence: 'a reportable offence against a child is suspected',
  imminent_danger: 'someone may be in immediate danger',
  live_abuse: 'abuse may be happening live',
};
