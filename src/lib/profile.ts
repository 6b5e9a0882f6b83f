/**
 * Working with platform profiles, as plain data: flat values by variable name (what templates and
 * the editor's form use), validation with problems per field, and reading a profile saved in the
 * browser, including a corrupt or outdated one, which is reported and recovered rather than lost.
 * No file access and no YAML here, so the site can use it; files live in `profile-file.ts`.
 */
import { PROFILE_VERSION, profileSchema, type Profile } from '../schema/profile';
import type { VariableRegistry } from '../schema/variables-data';
import { check, formatPath, type Problem } from './issues';

/** A value as the form and the templates see it. */
export type Value = string | boolean | readonly string[];

/** Values by dotted variable name (`platform.name`), possibly incomplete: the editor's draft. */
export type ProfileValues = Readonly<Record<string, Value | undefined>>;

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The value at `name` if it has the shape the variable's type takes, else undefined. */
function typed(value: unknown, type: VariableRegistry[number]['type']): Value | undefined {
  if (type === 'boolean') return typeof value === 'boolean' ? value : undefined;
  if (type === 'list')
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value : undefined;
}

/** Flatten a (possibly partial or invalid) profile object to values by variable name. */
export function profileValues(input: unknown, registry: VariableRegistry): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const variable of registry) {
    const value = typed(valueAt(input, variable.name.split('.')), variable.type);
    if (value !== undefined) values[variable.name] = value;
  }
  return values;
}

/** Build the profile object from flat values; empty text counts as not given. */
export function profileFromValues(values: ProfileValues, registry: VariableRegistry): Record<string, unknown> {
  const profile: Record<string, unknown> = { version: PROFILE_VERSION };
  for (const variable of registry) {
    // Containers always exist, so that a missing field is reported as that field, not its group.
    const path = variable.name.split('.');
    let target = profile;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    const value = values[variable.name];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    target[path.at(-1)!] = value;
  }
  return profile;
}

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; problems: Problem[] };

export function checkProfile(input: unknown): ProfileCheck {
  const result = check(profileSchema, input);
  return result.ok ? { ok: true, profile: result.data } : { ok: false, problems: result.problems };
}

/** Problems keyed by variable name, for showing each next to its form field. */
export function problemsByField(problems: readonly Problem[], registry: VariableRegistry): Map<string, string> {
  const names = new Set(registry.map((variable) => variable.name));
  const byField = new Map<string, string>();
  for (const problem of problems) {
    // A list problem (users_in[0]) belongs to the list's field.
    const parts = problem.path.filter((part): part is string => typeof part === 'string');
    let field = parts.join('.');
    while (field && !names.has(field)) field = field.split('.').slice(0, -1).join('.');
    const key = field || formatPath(problem.path);
    if (!byField.has(key)) byField.set(key, problem.message);
  }
  return byField;
}

export type StoredProfile =
  | { status: 'empty' }
  | { status: 'ok'; profile: Profile }
  /** The saved text is not JSON at all. */
  | { status: 'corrupt'; text: string; message: string }
  /** Saved by an older (or newer) version of the kit. */
  | { status: 'outdated'; text: string; input: object; found: unknown; problems: Problem[] }
  /** JSON, but not a valid profile. */
  | { status: 'invalid'; text: string; input: object; problems: Problem[] };

/**
 * Read what the browser saved. Never throws: whatever is there is either a profile, or a report
 * of what is wrong with it; `recoverValues` then finds every field the editor can start from.
 */
export function readStoredProfile(text: string | null): StoredProfile {
  if (text === null || text.trim() === '') return { status: 'empty' };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { status: 'corrupt', text, message: `The saved profile is not valid JSON (${(error as Error).message})` };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { status: 'corrupt', text, message: 'The saved profile is not an object of fields' };
  }
  const result = checkProfile(input);
  if (result.ok) return { status: 'ok', profile: result.profile };
  const version = (input as Record<string, unknown>).version;
  if (version !== PROFILE_VERSION)
    return { status: 'outdated', text, input, found: version, problems: result.problems };
  return { status: 'invalid', text, input, problems: result.problems };
}

/** Every field of `input` that has no problem of its own: what the editor can start from. */
export function recoverValues(
  input: unknown,
  problems: readonly Problem[],
  registry: VariableRegistry,
): Record<string, Value> {
  const values = profileValues(input, registry);
  const bad = problemsByField(problems, registry);
  for (const name of bad.keys()) delete values[name];
  return values;
}
