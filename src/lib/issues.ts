/**
 * Turns zod's issues into plain problems that name the field and say the fix, for every face
 * of the kit: lint messages, build errors, CLI output and tests all print these.
 */
import type { z } from 'zod';

export interface Problem {
  /** Path to the field, e.g. ['sources', 0, 'url']. Empty for the whole document. */
  path: (string | number)[];
  /** One sentence: what was expected, and what was found. */
  message: string;
  /** True when the field is absent (the message then says what to add). */
  missing?: boolean;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The one way every face of the kit words a problem: "`field`: Expected …, found …" or "Missing `field`: expected …". */
export function describeProblem(problem: Problem): string {
  const field = formatPath(problem.path);
  return problem.missing ? `Missing \`${field}\`: ${lowerFirst(problem.message)}` : `\`${field}\`: ${problem.message}`;
}

/** `sources[0].url` for ['sources', 0, 'url']; `(document)` for the root. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/** Flatten zod issues (including nested union errors) into problems, one per field. */
export function problemsFromZod(error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: [...path, key], message: `Unexpected key \`${key}\`; remove it or check its spelling` });
      }
      continue;
    }
    const found = valueAt(input, path);
    if (found === undefined && path.length > 0) {
      problems.push({ path, message: issue.message, missing: true });
      continue;
    }
    problems.push({ path, message: `${issue.message}, found ${describeValue(found)}` });
  }
  return problems;
}

/** Validate `input` with `schema`; return the data or the list of problems. */
export function check<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; data: z.output<T> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: problemsFromZod(result.error, input) };
}
