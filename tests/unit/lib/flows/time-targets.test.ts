/** Time targets and the response times the policies promise: how they read and how they are checked. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkTimeTargets,
  minutesFromReport,
  responseTimeLabel,
  timeTargetText,
} from '../../../../src/lib/flows/time-targets';
import { formatFlowProblem, validateFlowText } from '../../../../src/lib/flows/validate';
import { validateFlowFile } from '../../../../src/lib/node/flow-file';
import { flowSchema, type Flow } from '../../../../src/schema/flow';
import { profileSchema } from '../../../../src/schema/profile';

const fixtures = join(import.meta.dirname, '../../../fixtures/flows');

describe('time targets', () => {
  it('read a named response time as the profile sets it, or as its default', () => {
    expect(timeTargetText('within {response_times.high} of the report')).toBe('within 4 hours of the report');
    expect(timeTargetText('within {response_times.critical} of the report', { critical: '15m' })).toBe(
      'within 15 minutes of the report',
    );
    expect(responseTimeLabel('1h')).toBe('1 hour');
    expect(responseTimeLabel('24h')).toBe('24 hours');
  });

  it('measure only targets counted from the report, a working day as three calendar days', () => {
    expect(minutesFromReport('within 30 minutes of the report')).toBe(30);
    expect(minutesFromReport('within 1 working day of the report')).toBe(72 * 60);
    expect(minutesFromReport('within 1 hour of the decision')).toBeUndefined();
    expect(minutesFromReport('at once')).toBeUndefined();
  });

  it('reject a step slower than the review promise, a danger step slower than Tier 1, and a first action slower than the tier', () => {
    const result = validateFlowFile(join(fixtures, 'broken/time-target-within-promise.flow.yaml'), fixtures);
    const file = 'broken/time-target-within-promise.flow.yaml';
    expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([
      `${file}:7:76 time-target-within-promise: \`read\` is a first action of the flow ("within 8 hours of the report"), slower than the 4 hours your enforcement guidelines promise for its tier (response_time: high); make it within {response_times.high} of the report or faster, or name the flow's tier in response_time`,
      `${file}:8:96 time-target-within-promise: \`hide\` has the time target "within 2 working days of the report", slower than the 24 hours your policy promises for reviewing any report about a child (response_times.medium); make it within {response_times.medium} of the report or faster`,
      `${file}:10:92 time-target-within-promise: \`assess\` has the time target "within 2 hours of the report" where someone may be in immediate danger, slower than the 1 hour your policy promises for Tier 1 (response_times.critical); make it within {response_times.critical} of the report or faster`,
    ]);
  });

  it('hold a flow without a tier to the critical time: leaving response_time out never makes a slow flow pass', () => {
    const flow = flowSchema.parse({
      id: 'no-tier',
      title: 'No tier',
      summary: 'A flow that names no tier and reads reports within 4 hours.',
      nodes: [
        { id: 'start', kind: 'start', label: 'A report arrives', role: 'user' },
        { id: 'read', kind: 'step', label: 'Read it', role: 'moderator', time_target: 'within 4 hours of the report' },
        { id: 'closed', kind: 'end', label: 'Closed', role: 'moderator' },
      ],
      edges: [
        { from: 'start', to: 'read' },
        { from: 'read', to: 'closed' },
      ],
    }) as Flow;
    expect(checkTimeTargets(flow).map((violation) => violation.message)).toEqual([
      '`read` is a first action of the flow ("within 4 hours of the report"), slower than the 1 hour your enforcement guidelines promise for its tier (no response_time, so critical); make it within {response_times.critical} of the report or faster, or name the flow\'s tier in response_time',
    ]);
    expect(checkTimeTargets(flow, { critical: '4h' })).toEqual([]);
    expect(checkTimeTargets(flow, { medium: '8h' }, 'team.yaml').map((violation) => violation.message)).toEqual([
      '`read` is a first action of the flow ("within 4 hours of the report"), slower than the 1 hour your enforcement guidelines promise for its tier (no response_time, so critical; response_times.critical, the kit\'s default, as team.yaml does not set it); make it within {response_times.critical} of the report or faster, or name the flow\'s tier in response_time',
    ]);
    expect(checkTimeTargets({ ...flow, no_reportable_content: { reason: 'it is about reviewers' } })).toEqual([]);
  });

  it('reject a response time that does not exist', () => {
    const result = validateFlowText(
      [
        'id: typo',
        'title: A typo',
        'summary: A flow whose time target names a response time that does not exist.',
        'nodes:',
        '  - { id: start, kind: start, label: A report arrives, role: user }',
        "  - { id: read, kind: step, label: Read it, role: moderator, time_target: 'within {response_times.urgent} of the report' }",
        '  - { id: closed, kind: end, label: Closed, role: moderator }',
        'edges:',
        '  - { from: start, to: read }',
        '  - { from: read, to: closed }',
      ].join('\n'),
      'typo.flow.yaml',
    );
    expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([
      'typo.flow.yaml:6:62 schema: `nodes[1].time_target`: Unknown response time {response_times.urgent}; expected one of {response_times.critical}, {response_times.high}, {response_times.medium}, {response_times.low}, found "within {response_times.urgent} of the..."',
    ]);
  });
});

describe('response times in the profile', () => {
  const base = {
    version: 1,
    platform: { name: 'Example', legal_entity: 'Example Ltd', url: 'https://example.com', minimum_age: '13' },
    contacts: {
      safety_email: 'safety@example.com',
      law_enforcement_email: 'le@example.com',
      appeals_email: 'appeals@example.com',
      support_url: 'https://example.com/help',
      safety_lead: 'Head of Trust and Safety',
    },
    established_in: ['UK'],
    users_in: ['UK'],
    size_band: 'micro',
    features: {
      uploads: true,
      direct_messages: true,
      group_chats: false,
      live_streaming: false,
      video_calls: false,
      e2ee: false,
      ephemeral: false,
      payments: false,
      creator_subscriptions: false,
      generative_ai: false,
      minors_allowed: true,
      anonymous_accounts: false,
      external_links: true,
      mobile_apps: false,
    },
  };

  it('are optional, and a higher tier may not be slower than a lower one', () => {
    expect(profileSchema.safeParse(base).success).toBe(true);
    const slow = profileSchema.safeParse({ ...base, response_times: { critical: '8h' } });
    expect(slow.success ? [] : slow.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'response_times.critical: Expected response_times.critical (8h) to be no slower than response_times.high (4h)',
    ]);
  });
});
