/**
 * The CLI's cache of validated data files. Parsing the YAML and checking it against its zod schema is
 * a large part of `generate`, and the release's data never changes between runs, so each data file
 * that validated cleanly is kept in `node_modules/.cache/child-safety-kit/data.json` with its exact
 * text and name (which picks its kind). The whole cache also holds the text of the validating code:
 * every schema in src/schema and the modules that parse and check a file. Any difference in any of
 * them means a fresh validation. Only a clean result is cached, so problems are always reported.
 * Without `openDataCache`, `validateDataTextCached` is `validateDataText`: the site and tests never
 * touch the cache.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { validateDataText, type DataResult } from './data';

const FORMAT = 1;
/** The code besides src/schema whose output the cache holds. */
const VALIDATOR_FILES = ['data.ts', '../issues.ts', '../yaml-positions.ts'];

/** The text of every module that decides whether a data file is valid and what it yields. */
export function validatorSources(): string[] {
  // import.meta.url, not import.meta.dirname: the site's config loads this module through jiti, which
  // turns import.meta.url into the file's URL but cannot parse import.meta.dirname.
  const here = dirname(fileURLToPath(import.meta.url));
  const schemaDir = join(here, '..', '..', 'schema');
  const schemas = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(schemaDir, name));
  return [...schemas, ...VALIDATOR_FILES.map((file) => join(here, file))].map(
    (file) => `${basename(file)}\n${readFileSync(file, 'utf8')}`,
  );
}

interface Entry {
  name: string;
  text: string;
  data: unknown;
}

interface CacheFile {
  key: string;
  entries: Record<string, Entry>;
}

let session: { file: string; key: string; entries: Record<string, Entry>; changed: boolean } | undefined;

/** Use the cache in `cacheDir` for the rest of this process; call `saveDataCache` when done. */
export function openDataCache(cacheDir: string): void {
  const key = JSON.stringify([FORMAT, validatorSources()]);
  const file = join(cacheDir, 'data.json');
  let entries: Record<string, Entry> = {};
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (cached.key === key) entries = cached.entries;
  } catch {
    // No cache yet, or an unreadable one: validate.
  }
  session = { file, key, entries, changed: false };
}

/** `validateDataText`, answered from the cache when this exact text under this name validated before. */
export function validateDataTextCached(text: string, file: string): DataResult {
  const cached = session?.entries[file];
  if (cached && cached.text === text && cached.name === basename(file)) return { ok: true, data: cached.data };
  const result = validateDataText(text, file);
  // Only what survives JSON unchanged can be cached (no undefined fields, no Maps or Dates).
  if (session && result.ok && isDeepStrictEqual(JSON.parse(JSON.stringify(result.data)), result.data)) {
    session.entries[file] = { name: basename(file), text, data: result.data };
    session.changed = true;
  }
  return result;
}

/** Write what was validated afresh; a read-only install still works, only slower. */
export function saveDataCache(): void {
  if (!session?.changed) return;
  try {
    mkdirSync(join(session.file, '..'), { recursive: true });
    writeFileSync(session.file, JSON.stringify({ key: session.key, entries: session.entries } satisfies CacheFile));
    session.changed = false;
  } catch {
    // Not writable: nothing to do.
  }
}
