import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataFiles, formatDataProblem, validateDataFile, validateDataText } from '../../../src/lib/node/data';
import { dataKindFor, dataKindNames } from '../../../src/schema/data-kinds';
import { flowSchema } from '../../../src/schema/flow';
import { jurisdictionsDataSchema } from '../../../src/schema/jurisdictions-data';

const fixtures = join(import.meta.dirname, '../../fixtures/data');

describe('data files', () => {
  it('finds YAML files inside _data folders only', () => {
    expect(findDataFiles(fixtures).map((file) => file.slice(fixtures.length + 1))).toEqual([
      'bad/_data/broken.yaml',
      'bad/_data/jurisdictions.yaml',
      'flows/_data/sample.flow.yaml',
      'legal/_data/jurisdictions.yaml',
    ]);
  });

  it('validates a good file and returns its data', () => {
    const result = validateDataFile(join(fixtures, 'legal/_data/jurisdictions.yaml'), fixtures);
    expect(result.ok && (result.data as { code: string }[])[0]?.code).toBe('US');
  });

  it('names the file, line, field and fix of each problem', () => {
    const result = validateDataFile(join(fixtures, 'bad/_data/jurisdictions.yaml'), fixtures);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatDataProblem)).toEqual([
      'bad/_data/jurisdictions.yaml:9:7 `[0].sources[0].url`: Expected a well-formed https URL (https://host.example/path), found "ftp://example.org/2258A"',
      'bad/_data/jurisdictions.yaml:11:3 `[1].code`: Duplicate jurisdiction code US; each code appears once, found "US"',
      'bad/_data/jurisdictions.yaml:17:3 `[1].sources`: Expected at least one source for the jurisdiction, found a list',
      'bad/_data/jurisdictions.yaml:18:3 `[1].colour`: Unexpected key `colour`; remove it or check its spelling',
    ]);
  });

  it('rejects a data file whose kind has no schema', () => {
    const result = validateDataFile(join(fixtures, 'bad/_data/broken.yaml'), fixtures);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(
      /^No schema for a data file named broken\.yaml; rename it to one of jurisdictions\.yaml/,
    );
  });

  it('gives a file ending in .flow.yaml the flow schema, and names that kind when a file has none', () => {
    expect(dataKindFor('jurisdictions.yaml')).toBe(jurisdictionsDataSchema);
    expect(dataKindFor('confirmed-csam.flow.yaml')).toBe(flowSchema);
    expect(dataKindFor('.flow.yaml')).toBeUndefined();
    expect(dataKindFor('confirmed-csam.flow.yml')).toBeUndefined();
    expect(dataKindFor('toString')).toBeUndefined();
    const result = validateDataFile(join(fixtures, 'flows/_data/sample.flow.yaml'), fixtures);
    expect(result.ok && (result.data as { id: string }).id).toBe('sample');
    const bad = validateDataText('id: sample\ntitle: x\n', 'docs/flows/_data/sample.flow.yaml');
    expect(bad.ok ? [] : bad.problems.map(formatDataProblem)).toEqual([
      'docs/flows/_data/sample.flow.yaml:1:1 Missing `summary`: expected a one-sentence summary of the flow',
      'docs/flows/_data/sample.flow.yaml:1:1 Missing `nodes`: expected a list of nodes',
      'docs/flows/_data/sample.flow.yaml:1:1 Missing `edges`: expected a list of edges',
      'docs/flows/_data/sample.flow.yaml:2:1 `title`: Expected the title of the flow, at least 3 characters, found "x"',
    ]);
    const unknown = validateDataText('[]', 'docs/x/_data/notes.yaml');
    // The list of kinds grows with the kit, so the expected message is built from the registry.
    expect(dataKindNames()).toContain('*.flow.yaml');
    expect(unknown.ok ? '' : unknown.problems[0]!.message).toBe(
      `No schema for a data file named notes.yaml; rename it to one of ${dataKindNames().join(', ')} or add its kind to src/schema/data-kinds.ts`,
    );
  });

  it('reports invalid YAML in a known kind', () => {
    const result = validateDataText('- code: [US\n', 'docs/legal/_data/jurisdictions.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatDataProblem(result.problems[0]!)).toMatch(
      /^docs\/legal\/_data\/jurisdictions\.yaml:\d+:\d+ Not valid YAML: /,
    );
  });
});
