/**
 * Validate the text of a flow file: YAML syntax, then the schema, then the structure and the
 * safety invariants. Every problem names the file, line and column, and the check that failed.
 * Shared by `child-safety-kit validate-flow`, the build (src/plugins/kit-data.ts) and the tests.
 * Pure: src/lib/node/flow-file.ts reads a flow file from disk.
 */
import { flowSchema, type Flow } from '../../schema/flow';
import { check, describeProblem } from '../issues';
import { inFileOrder, parseYamlWithPositions, yamlSyntaxProblems } from '../yaml-positions';
import { checkFlow } from './check';
import { INVARIANTS } from './invariants';
import type { ResponseTimes } from './time-targets';

export interface FlowProblem {
  file: string;
  line: number;
  column: number;
  /** `yaml`, `schema`, or the id of the invariant that failed. */
  check: string;
  message: string;
  /** Node ids along the offending path, for the invariants about paths. */
  path?: string[];
}

/**
 * `laterFindings`: only for a released flow (`released: true`), the safety checks it fails that
 * were added after its release. A release is frozen, so they do not stop the build; the page shows
 * them instead. Schema and structure problems fail a released flow as they fail any other.
 */
export type FlowResult =
  { ok: true; flow: Flow; laterFindings?: FlowProblem[] } | { ok: false; problems: FlowProblem[] };

const SAFETY_IDS: ReadonlySet<string> = new Set(
  INVARIANTS.filter((invariant) => invariant.group === 'safety').map((invariant) => invariant.id),
);

/** A team's own response times, from the profile file `source`, that time targets are held to instead of the defaults. */
export interface ProfileResponseTimes {
  times: ResponseTimes;
  source: string;
}

export function validateFlowText(
  text: string,
  file: string,
  options: { released?: boolean; responseTimes?: ProfileResponseTimes } = {},
): FlowResult {
  const yaml = parseYamlWithPositions(text);
  if (yaml.errors.length > 0) return { ok: false, problems: yamlSyntaxProblems(yaml, file, { check: 'yaml' }) };
  const result = check(flowSchema, yaml.value);
  if (!result.ok) {
    return {
      ok: false,
      problems: inFileOrder(
        result.problems.map((problem) => ({
          file,
          ...yaml.positionOf(problem.path),
          check: 'schema',
          message: describeProblem(problem),
        })),
      ),
    };
  }
  const problems = inFileOrder<FlowProblem>(
    checkFlow(result.data, options.responseTimes?.times, options.responseTimes?.source).map((violation) => ({
      file,
      ...yaml.positionOf(violation.at),
      check: violation.invariant,
      message: violation.message,
      ...(violation.path ? { path: violation.path } : {}),
    })),
  );
  if (problems.length === 0) return { ok: true, flow: result.data };
  if (options.released && problems.every((problem) => SAFETY_IDS.has(problem.check))) {
    return { ok: true, flow: result.data, laterFindings: problems };
  }
  return { ok: false, problems };
}

/** `docs/flows/_data/x.flow.yaml:12:5 no-tipping-off: …` */
export function formatFlowProblem(problem: FlowProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.check}: ${problem.message}`;
}
