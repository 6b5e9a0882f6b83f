/**
 * "What applies to you" as text or Markdown (the CLI prints it; the page exports the checklist),
 * and the checklist with ticks as Markdown. Pure; no React.
 */
import { DUTY_KIND_LABELS, STATUS_LABELS } from '../schema/obligations';
import type { WhatApplies } from './applicability';

const EFFECT = { applies: 'Applies', unclear: 'Check with counsel' } as const;

/** The checklist as a Markdown task list, ticked items with [x]. */
export function checklistMarkdown(result: WhatApplies, done: ReadonlySet<string>, title = 'First 30 days'): string {
  const lines = [`# ${title}`, ''];
  for (const item of result.checklist)
    lines.push(`- [${done.has(item.id) ? 'x' : ' '}] By day ${item.by_day}: ${item.task}`);
  lines.push(
    '',
    `First steps only, from Child Safety Kit's "what applies" answer as of ${result.coverage.as_of}. The duties, where to report and the questions for counsel are in the full answer. Guidance, not legal advice.`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatWhatApplies(result: WhatApplies, format: 'text' | 'md', name: string): string {
  const md = format === 'md';
  const out: string[] = [];
  const heading = (text: string) => out.push('', md ? `## ${text}` : `${text}\n${'-'.repeat(text.length)}`);
  const item = (text: string) => out.push(`- ${text}`);
  const sub = (text: string) => out.push(`  ${md ? '- ' : ''}${text}`);
  out.push(md ? `# What applies to ${name}` : `What applies to ${name}`);
  out.push('', result.coverage.covers);
  out.push('', 'It does not cover:');
  for (const line of result.coverage.does_not_cover) item(line);
  out.push('', 'Where the kit cannot know, it says what to ask counsel.');
  if (!result.hostsUserContent)
    out.push(
      '',
      'Your profile says users cannot share content on your service, so most duties below need counsel to confirm.',
    );

  heading('Legal obligations');
  if (result.obligations.length === 0)
    item('None of the duties the kit covers reaches you from your profile. See the questions for counsel.');
  for (const obligation of result.obligations) {
    const kind = obligation.duty ? `${DUTY_KIND_LABELS[obligation.duty]}, ` : '';
    item(
      `${EFFECT[obligation.effect]} (${obligation.jurisdiction}, ${kind}${STATUS_LABELS[obligation.status]}): ${obligation.title} [${obligation.id}]`,
    );
    for (const reason of obligation.reasons) sub(reason);
    sub(
      `Source: ${obligation.instrument}; ${obligation.source.title}, ${obligation.source.pinpoint} <${obligation.source.url}>`,
    );
  }
  if (result.exempt.length > 0) {
    heading('Duties your size exempts you from');
    for (const duty of result.exempt) {
      item(`Exempt (${duty.jurisdiction}): ${duty.title} [${duty.id}]`);
      sub(duty.reason);
      sub(`Source: ${duty.instrument}; ${duty.source.title}, ${duty.source.pinpoint} <${duty.source.url}>`);
    }
  }
  heading('Where to report');
  if (result.destinations.length === 0) item('No destination follows from your profile.');
  for (const destination of result.destinations) {
    item(
      `${destination.name}${destination.url ? ` <${destination.url}>` : ''} (${EFFECT[destination.effect]}; from ${destination.because.join(', ')})`,
    );
  }
  heading('Templates to adopt');
  for (const template of result.templates) item(`${template.first ? 'First: ' : ''}${template.id}. ${template.reason}`);
  heading('Flows to adopt');
  for (const flow of result.flows) item(`${flow.first ? 'First: ' : ''}${flow.title} [${flow.id}]. ${flow.reason}`);
  if (result.flows.length === 0) item('No flow follows from your profile.');
  heading('Threats to assess');
  for (const threat of result.threats) item(`${threat.name} [${threat.id}]. ${threat.reason}`);
  if (result.threats.length === 0) item('None of your features exposes you to the threats the kit describes.');
  heading('Programmes to consider');
  for (const programme of result.programmes) item(`${programme.name} [${programme.id}]. ${programme.reason}`);
  if (result.programmes.length === 0) item('No programme follows from your profile.');
  heading('Questions for counsel');
  for (const question of result.questions) {
    item(question.ask);
    sub(question.why);
  }
  heading('First 30 days');
  for (const entry of result.checklist) item(`${md ? '[ ] ' : ''}By day ${entry.by_day}: ${entry.task}`);
  return `${out.join('\n')}\n`;
}
