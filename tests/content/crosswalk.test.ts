/**
 * The real crosswalk: at least 80 requirements, each mapped to clauses and flow steps that exist,
 * or explained; every heading of every policy template has a stable clause id; and removing a
 * clause id that a requirement points at is caught.
 */
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkCrosswalk, targetIndex } from '../../src/lib/crosswalk';
import { loadCrosswalkInputs } from '../../src/lib/node/crosswalk-load';
import { validateDataText } from '../../src/lib/node/data';
import { NOTES_HEADING } from '../../src/lib/templates/tree';
import { REGIME_IDS } from '../../src/schema/requirements';

const root = join(import.meta.dirname, '../..');
const inputs = loadCrosswalkInputs(join(root, 'docs'), root);

function headings(body: Root): { text: string; id?: string }[] {
  const found: { text: string; id?: string }[] = [];
  const text = (node: unknown): string => {
    const n = node as { value?: string; children?: unknown[] };
    return typeof n.value === 'string' ? n.value : (n.children ?? []).map(text).join('');
  };
  const walk = (node: { type: string; depth?: number; data?: { id?: string }; children?: unknown[] }) => {
    if (node.type === 'heading' && (node.depth ?? 0) >= 2) found.push({ text: text(node), id: node.data?.id });
    else (node.children as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk(body as never);
  return found;
}

describe('clause ids in the policy templates', () => {
  it('every heading of every template has one, unique within its template', () => {
    for (const template of inputs.set.templates) {
      expect(template.problems, template.entry.id).toEqual([]);
      const list = headings(template.document.body);
      expect(list.length, template.entry.id).toBeGreaterThan(0);
      expect(
        list.filter((heading) => heading.id === undefined).map((heading) => `${template.entry.id}: ${heading.text}`),
      ).toEqual([]);
      const ids = list.map((heading) => heading.id);
      expect(new Set(ids).size, template.entry.id).toBe(ids.length);
      expect(list.some((heading) => heading.text === NOTES_HEADING)).toBe(false);
    }
  });
});

describe('the requirements', () => {
  it('are at least 80, from every regime the issue names', () => {
    expect(inputs.requirements.length).toBeGreaterThanOrEqual(80);
    expect(new Set(inputs.requirements.map((requirement) => requirement.regime))).toEqual(new Set(REGIME_IDS));
  });

  it('each point only at clauses and flow steps that exist, or say why they are not covered', () => {
    expect(checkCrosswalk(inputs.requirements, inputs.index)).toEqual([]);
    for (const requirement of inputs.requirements) {
      expect(requirement.met_by !== undefined || requirement.not_covered !== undefined, requirement.id).toBe(true);
    }
  });

  it('each cite a primary source with the date it was checked', () => {
    for (const requirement of inputs.requirements) {
      expect(requirement.source.secondary, requirement.id).toBeUndefined();
      expect(['2026-11-30', '2026-12-07'], requirement.id).toContain(requirement.source.accessed);
    }
  });

  it('fail the check when a clause id they point at is removed from its template', () => {
    const used = inputs.requirements.find((requirement) =>
      requirement.met_by?.includes('child-safety-policy#reporting'),
    )!;
    const source = {
      ...inputs.source,
      templates: inputs.source.templates.map((template) =>
        template.id === 'child-safety-policy'
          ? { ...template, clauses: template.clauses.filter((clause) => clause.id !== 'reporting') }
          : template,
      ),
    };
    const problems = checkCrosswalk(inputs.requirements, targetIndex(source));
    expect(problems).toContainEqual({
      requirement: used.id,
      message: expect.stringMatching(
        /^met_by child-safety-policy#reporting does not exist; child-safety-policy has prohibited, csam, /,
      ),
    });
  });

  it('fail the check when a flow step they point at is gone', () => {
    const source = { ...inputs.source, flows: inputs.source.flows.filter((flow) => flow.id !== 'appeals') };
    const problems = checkCrosswalk(inputs.requirements, targetIndex(source));
    expect(problems.map((problem) => problem.message)).toContain(
      'met_by flows/appeals#appeal-in does not exist; there is no template or flow flows/appeals',
    );
  });

  it('are rejected by the schema when a record has neither a mapping nor a reason, or a malformed reference', () => {
    const record = (extra: string) =>
      [
        '- id: x-1',
        '  regime: eu-dsa',
        '  pinpoint: DSA Art. 16(1)',
        '  requirement: Let people notify you.',
        '  applies_to: Hosting services',
        '  source: { title: DSA text, url: "https://eur-lex.europa.eu/x", accessed: 2026-12-07 }',
        extra,
      ].join('\n');
    const none = validateDataText(record(''), 'docs/policies/_data/requirements.yaml');
    expect(none.ok).toBe(false);
    expect(!none.ok && none.problems.map((problem) => problem.message)).toEqual([
      'Missing `[0].met_by`: expected met_by (the clauses or flow steps that meet it) or not_covered (the reason it is not met)',
    ]);
    const bad = validateDataText(
      record('  met_by: [child-safety-policy/reporting]'),
      'docs/policies/_data/requirements.yaml',
    );
    expect(!bad.ok && bad.problems.map((problem) => problem.message)).toEqual([
      '`[0].met_by[0]`: Expected a clause (child-safety-policy#reporting) or a flow step (flows/confirmed-csam#report), found "child-safety-policy/reporting"',
    ]);
  });
});
