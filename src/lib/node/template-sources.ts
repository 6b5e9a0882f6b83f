/**
 * Find and read the files a version's templates come from: its variable registry, its template
 * list and each template page's text. Light on purpose (no MDX parser), so the lint rule, the
 * build and the CLI's cache can use it cheaply. A release keeps its own registry beside its
 * templates (`policies/_data/`), so a released version resolves with the variables it was released with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TemplateEntry } from '../../schema/templates-data';
import type { VariableRegistry } from '../../schema/variables-data';
import { formatDataProblem } from './data';
import { validateDataTextCached } from './cache';
import { DOCS_PLUGIN, englishRoot } from './translation';
import { REGISTRY_FILE } from '../templates/elements';

export const TEMPLATES_FILE = 'policies/_data/templates.yaml';

/** A data file could not be read or is invalid; the message lists every problem as file:line:col. */
export class TemplateDataError extends Error {}

/**
 * The docs folder of the version a file belongs to: `…/docs` or `…/versioned_docs/version-X`.
 * Undefined for a file outside both (a test fixture, say).
 */
export function versionRoot(file: string): string | undefined {
  const parts = file.split(sep);
  // A translated page (i18n/<locale>/docusaurus-plugin-content-docs/<version>/…) uses its English version's data.
  const i18n = parts.lastIndexOf('i18n');
  if (i18n >= 0 && parts[i18n + 2] === DOCS_PLUGIN && parts[i18n + 3]) {
    return join(parts.slice(0, i18n).join(sep), englishRoot(parts[i18n + 3]!));
  }
  for (let index = parts.length - 2; index >= 0; index -= 1) {
    if (parts[index] === 'docs') return parts.slice(0, index + 1).join(sep);
    if (parts[index - 1] === 'versioned_docs' && parts[index]?.startsWith('version-'))
      return parts.slice(0, index + 1).join(sep);
  }
  return undefined;
}

function readText(file: string, root: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new TemplateDataError(`${relative(root, file) || file}: cannot read the file`);
  }
}

function validated<T>(text: string, file: string, root: string): T {
  const result = validateDataTextCached(text, relative(root, file) || file);
  if (!result.ok) throw new TemplateDataError(result.problems.map(formatDataProblem).join('\n'));
  return result.data as T;
}

/** The registry of the version that `file` belongs to, or undefined when that version has none. */
export function registryFor(
  file: string,
  cwd = process.cwd(),
): { registry: VariableRegistry; file: string } | undefined {
  const root = versionRoot(file) ?? join(cwd, 'docs');
  const registryFile = join(root, REGISTRY_FILE);
  if (!existsSync(registryFile)) return undefined;
  return { registry: validated<VariableRegistry>(readText(registryFile, cwd), registryFile, cwd), file: registryFile };
}

export interface TemplateSource {
  entry: TemplateEntry;
  file: string;
  source: string;
}

export interface TemplateSources {
  dir: string;
  registry: VariableRegistry;
  /** The registry's text, so that a cache can tell when it changed. */
  registryText: string;
  templates: TemplateSource[];
  /** With a separate pages folder (a translation): the listed templates it has no page for. */
  missing?: TemplateEntry[];
}

/**
 * The registry, the list and the text of every template in `<policiesDir>` (laid out like docs/policies).
 * With `pagesDir` (a translation's policies folder), the pages come from there and the registry and list
 * from `<policiesDir>/_data`; a template the translation lacks is listed in `missing`, not an error.
 */
export function readTemplateSources(policiesDir: string, cwd = process.cwd(), pagesDir?: string): TemplateSources {
  const registryFile = join(policiesDir, '_data', 'variables.yaml');
  const listFile = join(policiesDir, '_data', 'templates.yaml');
  const registryText = readText(registryFile, cwd);
  const registry = validated<VariableRegistry>(registryText, registryFile, cwd);
  const entries = validated<TemplateEntry[]>(readText(listFile, cwd), listFile, cwd);
  if (pagesDir !== undefined) {
    const present = entries.filter((entry) => existsSync(join(pagesDir, `${entry.id}.mdx`)));
    const templates = present.map((entry) => {
      const file = join(pagesDir, `${entry.id}.mdx`);
      return { entry, file, source: readText(file, cwd) };
    });
    return {
      dir: pagesDir,
      registry,
      registryText,
      templates,
      missing: entries.filter((entry) => !present.includes(entry)),
    };
  }
  const templates = entries.map((entry) => {
    const file = join(policiesDir, `${entry.id}.mdx`);
    if (!existsSync(file)) {
      throw new TemplateDataError(
        `${relative(cwd, listFile)}: template ${entry.id} is listed, but ${relative(cwd, file)} does not exist`,
      );
    }
    return { entry, file, source: readText(file, cwd) };
  });
  return { dir: policiesDir, registry, registryText, templates };
}
