/** Every structural check and safety invariant, each on a small broken flow, with its exact messages. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVARIANTS } from '../../../../src/lib/flows/invariants';
import { formatFlowProblem, validateFlowFile, validateFlowText } from '../../../../src/lib/flows/validate';

const fixtures = join(import.meta.dirname, '../../../fixtures/flows');
const broken = (name: string) => {
  const result = validateFlowFile(join(fixtures, 'broken', `${name}.flow.yaml`), fixtures);
  return result.ok ? [] : result.problems.map(formatFlowProblem);
};
const file = (name: string) => `broken/${name}.flow.yaml`;

describe('flow checks', () => {
  it('accept a small flow that uses every kind of node', () => {
    const result = validateFlowFile(join(fixtures, 'valid.flow.yaml'), fixtures);
    expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([]);
  });

  describe('structure', () => {
    it('unique-ids: a node id used twice', () => {
      expect(broken('unique-ids')).toEqual([
        `${file('unique-ids')}:7:7 unique-ids: Node id \`review\` is used twice (first at nodes[1]); give each node its own id`,
      ]);
    });

    it('single-start: two start nodes, or none', () => {
      expect(broken('single-start')).toEqual([
        `${file('single-start')}:6:24 single-start: \`other-start\` is a second start node (the first is \`start\`); a flow has exactly one start`,
      ]);
      expect(broken('no-start')).toEqual([
        `${file('no-start')}:4:1 single-start: The flow has no start node; add one node with kind: start`,
      ]);
    });

    it('unknown-reference: edges from or to an id that is no node', () => {
      expect(broken('unknown-reference')).toEqual([
        `${file('unknown-reference')}:9:20 unknown-reference: Edge start → reveiw leads to \`reveiw\`, which is not the id of any node`,
        `${file('unknown-reference')}:11:7 unknown-reference: Edge revue → closed starts at \`revue\`, which is not the id of any node`,
      ]);
    });

    it('decision-cases: a case without an edge, an edge with an unlisted case or none, a case on a non-decision', () => {
      expect(broken('decision-cases')).toEqual([
        `${file('decision-cases')}:10:20 decision-cases: Decision \`is-csam\` has no edge for the case "no"; add an edge from is-csam with case: no`,
        `${file('decision-cases')}:10:26 decision-cases: Decision \`is-csam\` has no edge for the case "unsure"; add an edge from is-csam with case: unsure`,
        `${file('decision-cases')}:14:33 decision-cases: Edge start → is-csam names a case, but \`start\` is not a decision; remove the case or make \`start\` a decision`,
        `${file('decision-cases')}:16:34 decision-cases: Edge is-csam → closed has the case "maybe", which decision \`is-csam\` does not list; use one of yes, no, unsure`,
        `${file('decision-cases')}:17:5 decision-cases: Edge is-csam → escalate leaves decision \`is-csam\` but names no case; add case: one of yes, no, unsure`,
      ]);
    });

    it('decision-cases: a case listed twice, or two edges for one case', () => {
      const result = validateFlowText(
        [
          'id: twice',
          'title: Twice',
          'summary: A case listed twice and covered twice.',
          'nodes:',
          '  - { id: start, kind: start, label: Start here, role: user }',
          "  - { id: ask, kind: decision, label: Which?, role: moderator, cases: ['a', 'b', 'a'] }",
          '  - { id: closed, kind: end, label: Closed, role: moderator }',
          'edges:',
          '  - { from: start, to: ask }',
          "  - { from: ask, to: closed, case: 'a' }",
          "  - { from: ask, to: closed, case: 'b' }",
          "  - { from: ask, to: start, case: 'a' }",
        ].join('\n'),
        'twice.flow.yaml',
      );
      expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([
        'twice.flow.yaml:6:82 decision-cases: Decision `ask` lists the case "a" twice',
        'twice.flow.yaml:12:29 decision-cases: Decision `ask` has a second edge for the case "a" (to `start`); each case leads to exactly one node',
      ]);
    });

    it('single-exit: a step with two ways out', () => {
      expect(broken('single-exit')).toEqual([
        `${file('single-exit')}:6:5 single-exit: \`review\` has 2 ways out but is not a decision; make it a decision with a case for each, or keep one edge`,
      ]);
    });

    it('end-is-final: an edge leaving an end node', () => {
      expect(broken('end-is-final')).toEqual([
        `${file('end-is-final')}:10:5 end-is-final: Edge closed → reopen leaves the end node \`closed\`; an end has no way out`,
      ]);
    });

    it('reachable: a node nothing leads to', () => {
      expect(broken('reachable')).toEqual([
        `${file('reachable')}:6:5 reachable: \`forgotten\` cannot be reached from the start \`start\`; add an edge to it or remove it`,
      ]);
    });

    it('reaches-end: a dead end and a loop with no way out, each with the path that reaches it', () => {
      expect(broken('reaches-end')).toEqual([
        `${file('reaches-end')}:11:5 reaches-end: \`stuck\` has no way out and is not an end; add an edge from it or make it kind: end. Path: start → route → stuck`,
        `${file('reaches-end')}:12:5 reaches-end: No path from \`ask\` reaches an end: it leads only into a loop; add a way out to a node with kind: end. Path: start → route → ask`,
      ]);
    });
  });

  describe('safety invariants', () => {
    it('destination-named: a report with no destination, and one with an id the legal data does not have', () => {
      expect(broken('destination-named')).toEqual([
        `${file('destination-named')}:8:5 destination-named: \`report-us\` does not name its destination; add destinations: with ids from the legal data, e.g. [ncmec-cybertipline]`,
        `${file('destination-named')}:13:28 destination-named: \`report-uk\` names the unknown destination "uk-police-hotline"; use one of ncmec-cybertipline, uk-nca, cybertip-ca, ca-police-notification, au-accce, eu-member-state-law-enforcement, emergency-services`,
      ]);
    });

    it('preservation-period-named: a preserve node with no period', () => {
      expect(broken('preservation-period-named')).toEqual([
        `${file('preservation-period-named')}:6:5 preservation-period-named: \`preserve\` does not say how long to keep the evidence; add period, e.g. "1 year after the report"`,
      ]);
    });

    it('report-preserve-before-deletion: deleting content before the report, and the account before preservation', () => {
      expect(broken('report-preserve-before-deletion')).toEqual([
        `${file('report-preserve-before-deletion')}:12:5 report-preserve-before-deletion: \`delete\` deletes the content before the report to an authority and the preservation of evidence, on a path where apparent CSAM is confirmed. Path: start → support → is-csam → delete`,
        `${file('report-preserve-before-deletion')}:13:5 preserved-before-report: \`report\` reports to an authority before the evidence is preserved; add a preserve step before it. Path: start → support → is-csam → delete → report`,
        `${file('report-preserve-before-deletion')}:15:5 report-preserve-before-deletion: \`ban\` deletes the account before the preservation of evidence, on a path where apparent CSAM is confirmed. Path: start → support → is-csam → delete → report → ban`,
      ]);
    });

    it('no-tipping-off: the reported account is told before the report and preservation', () => {
      expect(broken('no-tipping-off')).toEqual([
        `${file('no-tipping-off')}:8:5 no-tipping-off: \`warn\` tells the reported account before the report to an authority and the preservation of evidence, on a path where a reportable offence against a child is suspected. Path: start → support → review → warn`,
      ]);
    });

    it('reported-and-preserved: a confirmed path that ends without a report or preservation', () => {
      expect(broken('reported-and-preserved')).toEqual([
        `${file('reported-and-preserved')}:13:5 reported-and-preserved: The path ends at \`closed\` without the report to an authority and the preservation of evidence, on a path where apparent CSAM is confirmed. Path: start → support → is-csam → hide → closed`,
      ]);
    });

    it('priority-on-call: a priority path that never reaches on-call', () => {
      expect(broken('priority-on-call')).toEqual([
        `${file('priority-on-call')}:13:5 priority-on-call: The path ends at \`closed\` without an escalation to on-call, although someone may be in immediate danger. Path: start → danger → lead → closed`,
        `${file('priority-on-call')}:13:5 danger-reaches-emergency: The path ends at \`closed\` without a call to emergency services or the police, although someone may be in immediate danger; add a report-to-authority step to emergency-services. Path: start → danger → lead → closed`,
      ]);
    });

    it('priority-time-target: steps on a priority path, up to on-call, without a time target', () => {
      expect(broken('priority-time-target')).toEqual([
        `${file('priority-time-target')}:6:5 priority-time-target: \`look\` has no time target on a priority path (abuse may be happening live); add time_target, e.g. "within 15 minutes". Path: start → look`,
        `${file('priority-time-target')}:7:5 priority-time-target: \`page\` has no time target on a priority path (abuse may be happening live); add time_target, e.g. "within 15 minutes". Path: start → look → page`,
        `${file('priority-time-target')}:9:5 danger-reaches-emergency: The path ends at \`closed\` without a call to emergency services or the police, although abuse may be happening live; add a report-to-authority step to emergency-services. Path: start → look → page → stop → closed`,
      ]);
    });

    it('judge order on every path: a loop back to deletion after a confirmation is caught', () => {
      const result = validateFlowText(
        [
          'id: loop',
          'title: Loop',
          'summary: Deletion is fine the first time round, not after the loop confirms CSAM.',
          'no_reportable_content: { reason: It is about spam until a label says otherwise. }',
          'nodes:',
          '  - { id: start, kind: start, label: Start here, role: user }',
          '  - { id: delete, kind: action, label: Delete it, role: moderator, action: delete_content }',
          "  - { id: again, kind: decision, label: Look again?, role: moderator, cases: ['yes', 'no'] }",
          '  - { id: closed, kind: end, label: Closed, role: moderator }',
          'edges:',
          '  - { from: start, to: delete }',
          '  - { from: delete, to: again }',
          "  - { from: again, to: delete, case: 'yes', establishes: [apparent_csam] }",
          "  - { from: again, to: closed, case: 'no' }",
        ].join('\n'),
        'loop.flow.yaml',
      );
      expect(result.ok ? [] : result.problems.map(formatFlowProblem)).toEqual([
        'loop.flow.yaml:7:5 report-preserve-before-deletion: `delete` deletes the content before the report to an authority and the preservation of evidence, on a path where apparent CSAM is confirmed. Path: start → delete → again → delete',
        'loop.flow.yaml:9:5 reported-and-preserved: The path ends at `closed` without the report to an authority and the preservation of evidence, on a path where apparent CSAM is confirmed. Path: start → delete → again → delete → again → closed',
        'loop.flow.yaml:9:5 child-supported: The path ends at `closed` without a support step for the child (a notify step to person_targeted), on a path where apparent CSAM is confirmed. Path: start → delete → again → delete → again → closed',
      ]);
    });
  });

  it('has a broken or unlabelled fixture that fails with each invariant id', () => {
    const ids = new Set(
      ['broken', 'unlabelled']
        .flatMap((dir) => readdirSync(join(fixtures, dir)).map((name) => join(fixtures, dir, name)))
        .map((path) => validateFlowFile(path, fixtures))
        .flatMap((result) => (result.ok ? [] : result.problems.map((problem) => problem.check))),
    );
    expect(INVARIANTS.map((invariant) => invariant.id).filter((id) => !ids.has(id))).toEqual([]);
  });
});
