/**
 * Load and validate the data files under `docs/<section>/_data/` (and the released copies under
 * `versioned_docs/`). Pure apart from reading files; shared by the build plugin, the CLI and tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DATA_KINDS_FILE, dataKindFor, dataKindNames } from '../../schema/data-kinds';
import { check, describeProblem, formatPath } from '../issues';
import { parseYamlWithPositions } from '../yaml-positions';

export interface DataProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

export type DataResult = { ok: true; data: unknown } | { ok: false; problems: DataProblem[] };

/** Validate the text of one data file; `file` names it in every problem. */
export function validateDataText(text: string, file: string): DataResult {
  const kind = dataKindFor(basename(file));
  if (!kind) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '(file)',
          message: `No schema for a data file named ${basename(file)}; rename it to one of ${dataKindNames().join(', ')} or add its kind to ${DATA_KINDS_FILE}`,
        },
      ],
    };
  }
  const yaml = parseYamlWithPositions(text);
  if (yaml.errors.length > 0) {
    return {
      ok: false,
      problems: yaml.errors.map((error) => ({
        file,
        ...error.position,
        field: '(yaml)',
        message: `Not valid YAML: ${error.message}`,
      })),
    };
  }
  const result = check(kind, yaml.value);
  if (result.ok) return { ok: true, data: result.data };
  const problems = result.problems.map((problem) => ({
    file,
    ...yaml.positionOf(problem.path),
    field: formatPath(problem.path),
    message: describeProblem(problem),
  }));
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

export function validateDataFile(path: string, root = process.cwd()): DataResult {
  return validateDataText(readFileSync(path, 'utf8'), relative(root, path) || path);
}

/** Every `*.yaml` / `*.yml` file inside a `_data` folder below `dir`. */
export function findDataFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string, inData: boolean) => {
    let entries: string[];
    try {
      entries = readdirSync(current).sort();
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const path = join(current, entry);
      if (statSync(path).isDirectory()) walk(path, inData || entry === '_data');
      else if (inData && /\.ya?ml$/.test(entry)) found.push(path);
    }
  };
  walk(dir, false);
  return found;
}

/** `docs/legal/_data/x.yaml:4:3 \`[0].sources[0].url\`: Expected …` */
export function formatDataProblem(problem: DataProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.message}`;
}
