/**
 * Safe by default: flows written with no labels at all, as a team adapting a flow would write
 * them. Each unsafe one fails with the invariant, the node and the path; the safe ones pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFlowProblem, validateFlowFile, validateFlowText } from '../../../../src/lib/flows/validate';

const fixtures = join(import.meta.dirname, '../../../fixtures/flows');
const problems = (path: string) => {
  const result = validateFlowFile(join(fixtures, path), fixtures);
  return result.ok ? [] : result.problems.map(formatFlowProblem);
};
const SOMEWHERE =
  'in a child-safety flow (only a flow that declares no_reportable_content, with its reason, is exempt)';

describe('unlabelled flows', () => {
  it('reject telling the reported account before the evidence is kept and the report made', () => {
    expect(problems('unlabelled/tells-first.flow.yaml')).toEqual([
      'unlabelled/tells-first.flow.yaml:8:5 no-tipping-off: `warn` tells the reported account before the report to an authority and the preservation of evidence, on a path that goes on to report to an authority at `report`. Path: start → read → warn',
    ]);
  });

  it('reject deleting before preserving and reporting', () => {
    expect(problems('unlabelled/deletes-first.flow.yaml')).toEqual([
      'unlabelled/deletes-first.flow.yaml:7:5 report-preserve-before-deletion: `delete` deletes the content before the report to an authority and the preservation of evidence, on a path that goes on to report to an authority at `report`. Path: start → delete',
    ]);
  });

  it('reject a flow that reports but never preserves', () => {
    expect(problems('unlabelled/never-preserves.flow.yaml')).toEqual([
      'unlabelled/never-preserves.flow.yaml:12:5 preserved-before-report: `report` reports to an authority before the evidence is preserved; add a preserve step before it. Path: start → review → report',
      'unlabelled/never-preserves.flow.yaml:14:5 report-preserve-before-deletion: `ban` deletes the account before the preservation of evidence, on a path that reports to an authority at `report`. Path: start → review → report → support → ban',
      'unlabelled/never-preserves.flow.yaml:15:5 reported-and-preserved: The path ends at `closed` without the preservation of evidence, on a path that reports to an authority at `report`. Path: start → review → report → support → ban → closed',
    ]);
  });

  it('reject deleting in a child-safety flow that never reports: the deletion is taken as reportable', () => {
    expect(problems('unlabelled/deletes-without-report.flow.yaml')).toEqual([
      `unlabelled/deletes-without-report.flow.yaml:8:5 report-preserve-before-deletion: \`delete\` deletes the content before the report to an authority and the preservation of evidence, on a path that deletes at \`delete\` ${SOMEWHERE}. Path: start → review → delete`,
      `unlabelled/deletes-without-report.flow.yaml:9:5 reported-and-preserved: The path ends at \`closed\` without the report to an authority and the preservation of evidence, on a path that deletes at \`delete\` ${SOMEWHERE}. Path: start → review → delete → closed`,
      `unlabelled/deletes-without-report.flow.yaml:9:5 child-supported: The path ends at \`closed\` without a support step for the child (a notify step to person_targeted), on a path that deletes at \`delete\` ${SOMEWHERE}. Path: start → review → delete → closed`,
    ]);
  });

  it('reject a declaration of no reportable content on the path that reports anyway', () => {
    expect(problems('unlabelled/declared-but-reports.flow.yaml')).toEqual([
      'unlabelled/declared-but-reports.flow.yaml:15:5 report-preserve-before-deletion: `remove` deletes the content before the report to an authority and the preservation of evidence, on a path that goes on to report to an authority at `report`. Path: start → kind → remove',
    ]);
  });

  it('reject answering a law-enforcement request before preserving', () => {
    expect(problems('unlabelled/discloses-unpreserved.flow.yaml')).toEqual([
      'unlabelled/discloses-unpreserved.flow.yaml:8:5 request-preserved: `disclose` answers the law-enforcement requester before anything is preserved; add a preserve step for the records the request names before it. Path: start → verify → disclose',
    ]);
  });

  it('reject an escalation to on-call that never reaches emergency services or the police', () => {
    expect(problems('unlabelled/on-call-only.flow.yaml')).toEqual([
      'unlabelled/on-call-only.flow.yaml:9:5 danger-reaches-emergency: The path ends at `closed` without a call to emergency services or the police, although a child may be in immediate danger (the on-call person is paged at `page`); add a report-to-authority step to emergency-services. Path: start → page → handle → closed',
    ]);
  });

  it('reject a reporting path with no support for the child', () => {
    expect(problems('unlabelled/no-support.flow.yaml')).toEqual([
      'unlabelled/no-support.flow.yaml:10:5 child-supported: The path ends at `closed` without a support step for the child (a notify step to person_targeted), on a path that reports to an authority at `report`. Path: start → keep → report → ban → closed',
    ]);
  });

  it('reject a further report after a new finding until what was found is preserved', () => {
    const result = validateFlowText(
      [
        'id: more',
        'title: More found',
        'summary: A second report is made about new material that was never preserved.',
        'nodes:',
        '  - { id: start, kind: start, label: A report arrives, role: user }',
        '  - { id: keep, kind: preserve, label: Preserve it, role: ts_lead, period: 1 year }',
        '  - { id: report, kind: report-to-authority, label: Report it, role: legal, destinations: [uk-nca] }',
        '  - { id: support, kind: notify, label: Support the child, role: moderator, audience: person_targeted }',
        "  - { id: more, kind: decision, label: More found?, role: moderator, cases: ['yes', 'no'] }",
        '  - { id: again, kind: report-to-authority, label: Report the rest, role: legal, destinations: [uk-nca] }',
        '  - { id: closed, kind: end, label: Closed, role: moderator }',
        'edges:',
        '  - { from: start, to: keep }',
        '  - { from: keep, to: report }',
        '  - { from: report, to: support }',
        '  - { from: support, to: more }',
        "  - { from: more, to: again, case: 'yes' }",
        "  - { from: more, to: closed, case: 'no' }",
        '  - { from: again, to: closed }',
      ].join('\n'),
      'more.flow.yaml',
    );
    expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([
      'more.flow.yaml:10:5 preserved-before-report: `again` reports to an authority before what was found since `more` is preserved; add a preserve step before it. Path: start → keep → report → support → more → again',
    ]);
  });

  it('accept a safe flow with no labels, and a flow that declares no reportable content, with its reason', () => {
    expect(problems('safe/unlabelled.flow.yaml')).toEqual([]);
    expect(problems('safe/declared-no-reportable.flow.yaml')).toEqual([]);
  });

  it('require a reason with the declaration', () => {
    const result = validateFlowText(
      [
        'id: bare',
        'title: Bare declaration',
        'summary: A flow that declares no reportable content without a reason.',
        'no_reportable_content: {}',
        'nodes:',
        '  - { id: start, kind: start, label: Start here, role: user }',
        '  - { id: closed, kind: end, label: Closed, role: moderator }',
        'edges:',
        '  - { from: start, to: closed }',
      ].join('\n'),
      'bare.flow.yaml',
    );
    expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([
      'bare.flow.yaml:4:1 schema: Missing `no_reportable_content.reason`: expected the reason this flow handles no reportable content, e.g. "it is about the wellbeing of your reviewers"',
    ]);
  });

  it('let a released flow (frozen) build with the safety checks added since shown as later findings, but not a broken structure', () => {
    const text = readFileSync(join(fixtures, 'unlabelled/tells-first.flow.yaml'), 'utf8');
    const released = validateFlowText(text, 'versioned_docs/x.flow.yaml', { released: true });
    expect(released.ok && released.laterFindings?.map((problem) => problem.check)).toEqual(['no-tipping-off']);
    expect(validateFlowText(text, 'docs/x.flow.yaml').ok).toBe(false);
    const broken = readFileSync(join(fixtures, 'broken/reaches-end.flow.yaml'), 'utf8');
    expect(validateFlowText(broken, 'versioned_docs/y.flow.yaml', { released: true }).ok).toBe(false);
  });
});
