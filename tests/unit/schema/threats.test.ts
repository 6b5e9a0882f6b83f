import { describe, expect, it } from 'vitest';
import { validateDataText } from '../../../src/lib/node/data';

const GOOD_SOURCE = `    sources:
      - title: Example source
        url: https://example.org/report
        accessed: 2026-11-30
        pinpoint: what it supports`;

function threats(exposure: string, extra = ''): string {
  return `- id: example-threat
  name: Example
  summary: What it looks like from your side.
  exposure:
${exposure}
  controls: [A control]
${GOOD_SOURCE.replace(/^ {2}/gm, '')}
${extra}`;
}

const problems = (text: string) => {
  const result = validateDataText(text, 'docs/threats/_data/threats.yaml');
  return result.ok ? [] : result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
};

describe('threats.yaml schema', () => {
  it('accepts a record whose cells name profile features', () => {
    expect(
      problems(
        threats('    - { feature: uploads, how: A file can be uploaded and shared with others., flows: [triage] }'),
      ),
    ).toEqual([]);
  });

  it('rejects a feature that is not in the profile, naming the expected ones', () => {
    const [problem] = problems(
      threats('    - { feature: public_uploads, how: A file can be uploaded and shared with others. }'),
    );
    expect(problem).toMatch(
      /^5:9 `\[0\]\.exposure\[0\]\.feature`: Expected a feature of the platform profile: one of uploads, direct_messages, /,
    );
  });

  it('rejects the same feature twice in one threat', () => {
    expect(
      problems(
        threats(
          '    - { feature: uploads, how: A file can be uploaded and shared with others. }\n    - { feature: uploads, how: The same feature said once more here. }',
        ),
      ),
    ).toEqual([
      '6:9 `[0].exposure[1].feature`: Duplicate feature uploads in example-threat; give each feature one cell, found "uploads"',
    ]);
  });

  it('rejects a source without a pinpoint', () => {
    const text = threats('    - { feature: uploads, how: A file can be uploaded and shared with others. }').replace(
      '      pinpoint: what it supports\n',
      '',
    );
    expect(problems(text)).toEqual([
      '8:7 Missing `[0].sources[0].pinpoint`: expected a pinpoint: what this source supports',
    ]);
  });
});
