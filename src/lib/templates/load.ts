/**
 * Read templates from disk: the variable registry and template list of a release, and each
 * template page, parsed. Used by the build (to ship parsed trees to the browser), the CLI and
 * the tests. A release keeps its own registry beside its templates (`policies/_data/`), so a
 * released version always resolves with the variables it was released with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TemplateEntry } from '../../schema/templates-data';
import type { VariableRegistry } from '../../schema/variables-data';
import { formatDataProblem, validateDataText } from '../data';
import { REGISTRY_FILE } from './elements';
import { parseTemplate, type TemplateProblem } from './parse';
import type { TemplateDocument } from './tree';

export const TEMPLATES_FILE = 'policies/_data/templates.yaml';

/** A data file could not be read or is invalid; the message lists every problem as file:line:col. */
export class TemplateDataError extends Error {}

/**
 * The docs folder of the version a file belongs to: `…/docs` or `…/versioned_docs/version-X`.
 * Undefined for a file outside both (a test fixture, say).
 */
export function versionRoot(file: string): string | undefined {
  const parts = file.split(sep);
  for (let index = parts.length - 2; index >= 0; index -= 1) {
    if (parts[index] === 'docs') return parts.slice(0, index + 1).join(sep);
    if (parts[index - 1] === 'versioned_docs' && parts[index]?.startsWith('version-')) return parts.slice(0, index + 1).join(sep);
  }
  return undefined;
}

function readData<T>(file: string, root: string): T {
  const name = relative(root, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new TemplateDataError(`${name}: cannot read the file`);
  }
  const result = validateDataText(text, name);
  if (!result.ok) throw new TemplateDataError(result.problems.map(formatDataProblem).join('\n'));
  return result.data as T;
}

/** The registry of the version that `file` belongs to, or undefined when that version has none. */
export function registryFor(file: string, cwd = process.cwd()): { registry: VariableRegistry; file: string } | undefined {
  const root = versionRoot(file) ?? join(cwd, 'docs');
  const registryFile = join(root, REGISTRY_FILE);
  if (!existsSync(registryFile)) return undefined;
  return { registry: readData<VariableRegistry>(registryFile, cwd), file: registryFile };
}

export interface LoadedTemplate {
  entry: TemplateEntry;
  file: string;
  document: TemplateDocument;
  problems: TemplateProblem[];
}

export interface TemplateSet {
  dir: string;
  registry: VariableRegistry;
  templates: LoadedTemplate[];
}

/** Every template listed in `<policiesDir>/_data/templates.yaml`, parsed against its registry. */
export function loadTemplateSet(policiesDir: string, cwd = process.cwd()): TemplateSet {
  const registry = readData<VariableRegistry>(join(policiesDir, '_data', 'variables.yaml'), cwd);
  const entries = readData<TemplateEntry[]>(join(policiesDir, '_data', 'templates.yaml'), cwd);
  const templates = entries.map((entry) => {
    const file = join(policiesDir, `${entry.id}.mdx`);
    if (!existsSync(file)) {
      throw new TemplateDataError(
        `${relative(cwd, join(policiesDir, '_data', 'templates.yaml'))}: template ${entry.id} is listed, but ${relative(cwd, file)} does not exist`,
      );
    }
    const { document, problems } = parseTemplate(readFileSync(file, 'utf8'), entry.id, registry);
    return { entry, file, document, problems };
  });
  return { dir: policiesDir, registry, templates };
}
