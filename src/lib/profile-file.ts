/**
 * Profile files, YAML or JSON (JSON is YAML, so one parser reads both): validate with every
 * problem pointing at its line, and write a profile back out. Used by the CLI and, loaded on
 * demand, by the profile editor's import and export.
 */
import { stringify } from 'yaml';
import type { Profile } from '../schema/profile';
import type { DataProblem } from './node/data';
import { describeProblem, formatPath, type Problem } from './issues';
import { checkProfile } from './profile';
import { parseYamlWithPositions } from './yaml-positions';

export type ProfileFileResult =
  | { ok: true; profile: Profile }
  /** `input` and `issues` are there when the text parsed, so that the editor can recover fields. */
  | { ok: false; problems: DataProblem[]; input?: unknown; issues?: Problem[] };

/** Validate the text of a profile file; `file` names it in every problem. */
export function validateProfileText(text: string, file: string): ProfileFileResult {
  const yaml = parseYamlWithPositions(text);
  if (yaml.errors.length > 0) {
    return {
      ok: false,
      problems: yaml.errors.map((error) => ({
        file,
        ...error.position,
        field: '(yaml)',
        message: `Not valid YAML or JSON: ${error.message}`,
      })),
    };
  }
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '(document)',
          message:
            'Expected a profile: a mapping with version, platform, contacts, established_in, users_in, size_band and features',
        },
      ],
    };
  }
  const result = checkProfile(yaml.value);
  if (result.ok) return result;
  const problems = result.problems.map((problem) => ({
    file,
    ...yaml.positionOf(problem.path),
    field: formatPath(problem.path),
    message: describeProblem(problem),
  }));
  return {
    ok: false,
    problems: problems.sort((a, b) => a.line - b.line || a.column - b.column),
    input: yaml.value,
    issues: result.problems,
  };
}

export type ProfileFormat = 'yaml' | 'json';

/** A profile as a file: YAML with a short header, or JSON. Values are data, never code. */
export function serialiseProfile(profile: Profile, format: ProfileFormat): string {
  if (format === 'json') return `${JSON.stringify(profile, null, 2)}\n`;
  return `# Platform profile for Child Safety Kit. Check it with: npx child-safety-kit validate-profile <this file>\n${stringify(profile, { lineWidth: 0 })}`;
}
