/**
 * The CLI's cache of parsed templates. Parsing MDX is the slowest part of `generate`, and the
 * templates rarely change between runs, so parsed trees are kept in
 * `node_modules/.cache/child-safety-kit/` with the exact texts they came from: the templates,
 * the registry, and this kit's parsing code. Any difference in any of them means a fresh parse.
 * Only a clean parse is cached, so problems are always reported.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateSet } from '../templates/load';
import { readTemplateSources } from './template-sources';
import type { TemplateDocument } from '../templates/tree';

const FORMAT = 1;
/** The code whose output the cache holds: a change to any of these invalidates it. */
const PARSER_FILES = ['../templates/parse.ts', '../templates/elements.ts', '../templates/tree.ts', '../mdx.ts'];

interface CacheFile {
  key: string;
  documents: TemplateDocument[];
}

export async function loadTemplateSetCached(
  policiesDir: string,
  cwd: string,
  cacheDir: string,
  pagesDir?: string,
): Promise<TemplateSet> {
  const sources = readTemplateSources(policiesDir, cwd, pagesDir);
  const parser = PARSER_FILES.map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'));
  const key = JSON.stringify([
    FORMAT,
    parser,
    sources.registryText,
    sources.templates.map(({ file, source }) => [file, source]),
  ]);
  // A translation's templates have their own cache file, named after its folder.
  const cacheFile = join(
    cacheDir,
    pagesDir === undefined ? 'templates.json' : `templates-${pagesDir.replace(/[^\w.-]+/gu, '_').slice(-120)}.json`,
  );
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
    if (cached.key === key) {
      return {
        dir: sources.dir,
        registry: sources.registry,
        templates: sources.templates.map(({ entry, file }, index) => ({
          entry,
          file,
          document: cached.documents[index]!,
          problems: [],
        })),
        ...(sources.missing ? { missing: sources.missing } : {}),
      };
    }
  } catch {
    // No cache yet, or an unreadable one: parse.
  }
  const { parseTemplateSources } = await import('../templates/load');
  const set = parseTemplateSources(sources);
  if (set.templates.every((template) => template.problems.length === 0)) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(
        cacheFile,
        JSON.stringify({ key, documents: set.templates.map((template) => template.document) } satisfies CacheFile),
      );
    } catch {
      // A read-only checkout still works, only slower.
    }
  }
  return set;
}
