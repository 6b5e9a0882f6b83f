/**
 * Time targets and the response times the policies promise. A flow's time target may name a
 * response time of the profile (`within {response_times.high} of the report`); it reads as the
 * profile's value, or the default. The `time-target-within-promise` invariant holds every target
 * measured from the report to what the policies promise: any step within the time to review any
 * report about a child (`response_times.medium`, which the public policy promises), and the
 * first timed step on each way from the start within the response time of its tier (the enforcement guidelines'
 * "time to act"). A step where a child may be in danger now, or abuse is live, is held to the
 * critical response time. Messages to people (notify steps) are not held to these promises.
 */
import { FLAG_LABELS, RESPONSE_TIME_REFERENCE, type Flag, type Flow, type FlowNode } from '../../schema/flow';
import {
  RESPONSE_TIME_DEFAULTS,
  responseTimeMinutes,
  type ResponseTime,
  type ResponseTimeTier,
} from '../../schema/profile';
import { code, type FlowViolation } from './graph';

export type ResponseTimes = Partial<Record<ResponseTimeTier, ResponseTime>>;

const MINUTES = { minute: 1, hour: 60, day: 24 * 60, 'working day': 72 * 60 } as const;

/** "1 hour", "15 minutes", "24 hours": how a response time reads in a sentence. */
export function responseTimeLabel(value: ResponseTime): string {
  const amount = Number.parseInt(value, 10);
  const unit = value.endsWith('h') ? 'hour' : 'minute';
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** The response time of a tier: the profile's, or the default. */
export function responseTime(tier: ResponseTimeTier, times: ResponseTimes = {}): ResponseTime {
  return times[tier] ?? RESPONSE_TIME_DEFAULTS[tier];
}

/** A time target as it reads: each `{response_times.<tier>}` replaced by the profile's value or the default. */
export function timeTargetText(target: string, times: ResponseTimes = {}): string {
  return target.replace(RESPONSE_TIME_REFERENCE, (whole, name: string) => {
    const tier = name.replace(/^response_times\./, '') as ResponseTimeTier;
    return tier in RESPONSE_TIME_DEFAULTS ? responseTimeLabel(responseTime(tier, times)) : whole;
  });
}

/**
 * Minutes from the report within which a target falls, or undefined when it is not measured from
 * the report ("within 1 hour of the decision", "at once" after the step before) or not a duration. A working day counts as three
 * calendar days: a report on a Friday evening has its first working day end on Monday evening.
 */
export function minutesFromReport(text: string): number | undefined {
  const match = /^within (\d+) (minute|hour|working day|day)s? of the report\b/i.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * MINUTES[match[2]!.toLowerCase() as keyof typeof MINUTES];
}

const URGENT: readonly Flag[] = ['imminent_danger', 'live_abuse'];

function urgentFlag(flow: Flow, node: FlowNode): Flag | undefined {
  const labels = [
    ...(node.establishes ?? []),
    ...flow.edges.filter((edge) => edge.to === node.id).flatMap((edge) => edge.establishes ?? []),
  ];
  return URGENT.find((flag) => labels.includes(flag));
}

const minutesLabel = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`;

/**
 * Every time target slower than what the policies promise, with the default response times unless
 * `times` are given. `source` names the profile file the times came from (`validate-flow
 * --profile`): each message then says whether the promise is that file's field or the kit's default.
 */
export function checkTimeTargets(flow: Flow, times: ResponseTimes = {}, source?: string): FlowViolation[] {
  if (flow.no_reportable_content) return [];
  const found: FlowViolation[] = [];
  const promise = (tier: ResponseTimeTier) => responseTimeMinutes(responseTime(tier, times));
  const field = (tier: ResponseTimeTier) =>
    source === undefined
      ? `response_times.${tier}`
      : times[tier]
        ? `response_times.${tier} in ${source}`
        : `response_times.${tier}, the kit's default, as ${source} does not set it`;
  const add = (message: string, at: number) =>
    found.push({ invariant: 'time-target-within-promise', message, at: ['nodes', at, 'time_target'] });
  const timed = flow.nodes.flatMap((node, at) => {
    if (node.kind === 'notify' || !node.time_target) return [];
    const text = timeTargetText(node.time_target, times);
    const minutes = minutesFromReport(text);
    return minutes === undefined ? [] : [{ node, at, text, minutes }];
  });

  for (const { node, at, text, minutes } of timed) {
    const review = promise('medium');
    if (minutes > review) {
      add(
        `${code(node.id)} has the time target "${text}", slower than the ${minutesLabel(review)} your policy promises for reviewing any report about a child (${field('medium')}); make it within {response_times.medium} of the report or faster`,
        at,
      );
      continue;
    }
    const flag = urgentFlag(flow, node);
    const critical = promise('critical');
    if (flag && minutes > critical) {
      add(
        `${code(node.id)} has the time target "${text}" where ${FLAG_LABELS[flag]}, slower than the ${minutesLabel(critical)} your policy promises for Tier 1 (${field('critical')}); make it within {response_times.critical} of the report or faster`,
        at,
      );
    }
  }

  // The first timed step on each way from the start is the first action the tier's time binds.
  const tier = flow.response_time ?? 'critical';
  const byId = new Map(timed.map((item) => [item.node.id, item]));
  const start = flow.nodes.find((node) => node.kind === 'start');
  const seen = new Set<string>();
  const firsts = new Map<string, (typeof timed)[number]>();
  const queue = start ? [start.id] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const item = byId.get(id);
    if (item) firsts.set(id, item);
    else queue.push(...flow.edges.filter((edge) => edge.from === id).map((edge) => edge.to));
  }
  const named = flow.response_time ? `response_time: ${tier}` : 'no response_time, so critical';
  for (const first of firsts.values()) {
    if (first.minutes <= promise(tier)) continue;
    if (found.some((violation) => violation.at[1] === first.at)) continue;
    add(
      `${code(first.node.id)} is a first action of the flow ("${first.text}"), slower than the ${minutesLabel(promise(tier))} your enforcement guidelines promise for its tier (${named}${source === undefined ? '' : `; ${field(tier)}`}); make it within {response_times.${tier}} of the report or faster, or name the flow's tier in response_time`,
      first.at,
    );
  }
  return found;
}
