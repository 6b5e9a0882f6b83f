/** The flow schema: shape errors name the field, say what was expected, and point at the line. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../../../src/schema/flow';
import { formatFlowProblem, validateFlowFile, validateFlowText } from '../../../../src/lib/flows/validate';

const fixtures = join(import.meta.dirname, '../../../fixtures/flows');

describe('flow schema', () => {
  it('names the field, the expected values and the line of each shape error', () => {
    const result = validateFlowFile(join(fixtures, 'broken/schema.flow.yaml'), fixtures);
    expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([
      'broken/schema.flow.yaml:6:19 schema: `nodes[1].kind`: Expected kind to be one of start, step, decision, report-to-authority, preserve, notify, action, end, found "check"',
      'broken/schema.flow.yaml:7:50 schema: `nodes[2].role`: Expected role to be one of user, moderator, ts_lead, legal, on_call, found "admin"',
      'broken/schema.flow.yaml:9:32 schema: `edges[0].colour`: Unexpected key `colour`; remove it or check its spelling',
    ]);
  });

  it('requires the fields of each kind: cases on a decision, audience on a notify, action on an action', () => {
    const result = flowSchema.safeParse({
      id: 'x',
      title: 'Every kind',
      summary: 'Nodes that miss the fields of their kind.',
      nodes: [
        { id: 'a', kind: 'decision', label: 'Which one?', role: 'moderator', cases: ['only'] },
        { id: 'b', kind: 'notify', label: 'Tell someone', role: 'moderator' },
        { id: 'c', kind: 'action', label: 'Do something', role: 'moderator', action: 'ban_forever' },
        { id: 'd', kind: 'step', label: 'A step', role: 'moderator', destinations: ['uk-nca'] },
      ],
      edges: [{ from: 'a', to: 'b' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'nodes.0.cases: Expected at least two cases for a decision',
      'nodes.1.audience: Expected audience to be one of reported_account, reporter, person_targeted, team, requester',
      'nodes.2.action: Expected action to be one of hide_content, delete_content, restrict_account, suspend_account, delete_account, end_stream, restore_content, restore_account, disclose_data, other',
      'nodes.3: Unrecognized key: "destinations"',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const result = validateFlowText('id: x\nnodes: [\n', 'bad.flow.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatFlowProblem(result.problems[0]!)).toMatch(/^bad\.flow\.yaml:\d+:\d+ yaml: Not valid YAML: /);
  });
});
