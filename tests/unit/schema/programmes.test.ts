import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataProblem, validateDataFile } from '../../../src/lib/node/data';
import { check } from '../../../src/lib/issues';
import { programmeSchema } from '../../../src/schema/programmes';

const fixtures = join(import.meta.dirname, '../../fixtures/programmes');
const problemsIn = (name: string) => {
  const result = validateDataFile(join(fixtures, name, 'programmes.yaml'), fixtures);
  return result.ok ? [] : result.problems.map(formatDataProblem);
};

describe('programmes schema', () => {
  it('accepts a complete, sourced record', () => {
    expect(problemsIn('good')).toEqual([]);
  });

  it('rejects open enums, bad ids, empty lists, http sources, repeated sources and unknown keys, with the line', () => {
    expect(problemsIn('bad')).toEqual([
      'bad/programmes.yaml:1:3 `[0].id`: Expected a kebab-case id (lower-case letters, digits and hyphens), found "Example List"',
      'bad/programmes.yaml:4:3 `[0].kind`: Expected the kind of programme: one of hash_list, signal_sharing, matching_service, reporting_service, victim_takedown_service, open_source_tool, found "hash-list"',
      'bad/programmes.yaml:6:3 `[0].provides`: Expected at least one item in what the programme provides, found a list',
      'bad/programmes.yaml:9:5 `[0].eligibility.outside_us`: Expected whether companies established outside the US may join: one of yes, no, unknown, found "maybe"',
      'bad/programmes.yaml:20:3 `[0].integration_effort`: Expected the integration effort: one of low, medium, high, found "trivial"',
      'bad/programmes.yaml:28:7 `[0].sources[0].url`: Expected a well-formed https URL (https://host.example/path), found "http://example.org/list"',
      'bad/programmes.yaml:61:7 `[1].sources[1].url`: Expected each source once; this url is already sources[0], found "https://example.org/second"',
      'bad/programmes.yaml:88:3 `[2].sources`: Expected at least one source for the programme, found a list',
      'bad/programmes.yaml:89:3 `[2].price`: Unexpected key `price`; remove it or check its spelling',
    ]);
  });

  it('keeps the cost model, the operator page and the ids consistent', () => {
    expect(problemsIn('inconsistent')).toEqual([
      'inconsistent/programmes.yaml:13:3 `[0].cost_model`: Expected cost_model: not_published, because cost says "not published", found "free"',
      'inconsistent/programmes.yaml:16:3 `[0].operator_page`: Expected operator_page to be the url of one of the programme\'s sources, so that the link was checked, found "https://example.org/apply"',
      'inconsistent/programmes.yaml:31:3 `[1].id`: Duplicate programme id example-list; each id appears once, found "example-list"',
    ]);
  });

  it('says what is missing, and which cost and membership values exist', () => {
    const result = check(programmeSchema, {
      id: 'x',
      cost_model: 'gratis',
      eligibility: { who: 'Anyone.', outside_us: 'yes' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((problem) => problem.message);
    expect(messages).toContain(
      'Expected how the cost is set: one of free, paid, not_published, not_applicable, found "gratis"',
    );
    expect(messages).toContain('Expected whether membership is required: one of yes, no, unknown');
    expect(messages).toContain('Expected a list of sources (title, url, accessed)');
    expect(result.problems.find((problem) => problem.path.join('.') === 'sources')?.missing).toBe(true);
  });
});
