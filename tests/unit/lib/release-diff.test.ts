import { describe, expect, it } from 'vitest';
import { clauses, diffClauses, diffRecords, diffReleases } from '../../../src/lib/release-diff';

describe('what changed between releases', () => {
  it('finds records added, removed and changed field by field, marking duties substantive and notes editorial', () => {
    const before = [
      { id: 'a', deadline: '72 hours', notes: 'Old.' },
      { id: 'b', notes: 'Keep.' },
      { id: 'gone', must_do: 'x' },
    ];
    const after = [
      { id: 'a', deadline: '48 hours', notes: 'New.' },
      { id: 'b', notes: 'Reworded.' },
      { id: 'new', must_do: 'y' },
    ];
    expect(diffRecords(before, after)).toEqual([
      {
        id: 'a',
        change: 'changed',
        substantive: true,
        fields: [
          { path: 'deadline', before: '72 hours', after: '48 hours', substantive: true },
          { path: 'notes', before: 'Old.', after: 'New.', substantive: false },
        ],
      },
      {
        id: 'b',
        change: 'changed',
        substantive: false,
        fields: [{ path: 'notes', before: 'Keep.', after: 'Reworded.', substantive: false }],
      },
      { id: 'new', change: 'added', substantive: true, fields: [] },
      { id: 'gone', change: 'removed', substantive: true, fields: [] },
    ]);
  });

  it('matches flow nodes by id, and treats an unknown field as substantive', () => {
    const flow = (target: string, extra = {}) => ({
      id: 'f',
      nodes: [{ id: 'preserve', time_target: target, ...extra }],
    });
    expect(diffRecords([flow('1 hour')], [flow('24 hours', { brand_new: 1 })])[0]?.fields).toEqual([
      { path: 'nodes[preserve].time_target', before: '1 hour', after: '24 hours', substantive: true },
      { path: 'nodes[preserve].brand_new', after: 1, substantive: true },
    ]);
  });

  it('compares template text clause by clause; punctuation alone is editorial', () => {
    expect([...clauses('Intro.\n\n## Scope\n\nWe act.\n\n## Reports\n\nWe report.').keys()]).toEqual([
      '(opening text)',
      'Scope',
      'Reports',
    ]);
    expect(
      diffClauses(
        '## Scope\n\nWe act\n\n## Reports\n\nWe report within 24 hours.\n\n## Old\n\nx',
        '## Scope\n\nWe act.\n\n## Reports\n\nWe report within 48 hours.\n\n## New\n\ny',
      ),
    ).toEqual([
      { clause: 'Scope', change: 'changed', substantive: false, before: 'We act', after: 'We act.' },
      {
        clause: 'Reports',
        change: 'changed',
        substantive: true,
        before: 'We report within 24 hours.',
        after: 'We report within 48 hours.',
      },
      { clause: 'New', change: 'added', substantive: true, after: 'y' },
      { clause: 'Old', change: 'removed', substantive: true, before: 'x' },
    ]);
  });

  it('counts substantive and editorial changes across kinds and templates', () => {
    const diff = diffReleases(
      {
        release: '2030.01',
        data: { obligations: [{ id: 'a', deadline: '72 hours' }] },
        templates: { t: { title: 'T', body: '## A\n\nx' } },
      },
      {
        release: '2030.02',
        data: { obligations: [{ id: 'a', deadline: '48 hours' }], threats: [{ id: 't', summary: 'S.' }] },
        templates: { t: { title: 'T', body: '## A\n\nx' } },
      },
    );
    expect([diff.from, diff.to, diff.substantive, diff.editorial, diff.templates]).toEqual([
      '2030.01',
      '2030.02',
      2,
      0,
      [],
    ]);
  });
});
