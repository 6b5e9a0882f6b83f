/**
 * Every template of a folder, parsed: what the build, the tests and (through its cache) the CLI
 * render from. See `src/lib/node/template-sources.ts` for where the files come from.
 */
import type { TemplateEntry } from '../../schema/templates-data';
import type { VariableRegistry } from '../../schema/variables-data';
import { parseTemplate, type TemplateProblem } from './parse';
import { readTemplateSources, type TemplateSources } from '../node/template-sources';
import type { TemplateDocument } from './tree';

export { registryFor, TemplateDataError, TEMPLATES_FILE, versionRoot } from '../node/template-sources';

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
  /** The listed templates a translation has no page for (see readTemplateSources' pagesDir). */
  missing?: TemplateEntry[];
}

export function parseTemplateSources(sources: TemplateSources): TemplateSet {
  return {
    dir: sources.dir,
    registry: sources.registry,
    templates: sources.templates.map(({ entry, file, source }) => ({
      entry,
      file,
      ...parseTemplate(source, entry.id, sources.registry),
    })),
    ...(sources.missing ? { missing: sources.missing } : {}),
  };
}

/** Every template listed in `<policiesDir>/_data/templates.yaml`, parsed against its registry. */
export function loadTemplateSet(policiesDir: string, cwd = process.cwd()): TemplateSet {
  return parseTemplateSources(readTemplateSources(policiesDir, cwd));
}
