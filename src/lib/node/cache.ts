/**
 * The CLI's caches, in `node_modules/.cache/child-safety-kit/`: parsed templates (parsing MDX is the
 * slowest part of `generate`) and validated data files (parsing YAML and checking it against its zod
 * schema is most of the rest). The release's files rarely change between runs, so each result is kept
 * with the exact texts it came from, under one key discipline:
 * - a cache file is `{ key, entries }`; its key holds FORMAT, the cache's name and the text of every
 *   module that decides what it holds (CACHE_CODE), so any change to that code means a fresh start;
 * - an entry holds, or sits under a key that holds, the exact texts it was made from;
 * - only a clean result is stored, so problems are always reported;
 * - a cache that cannot be read or written only makes the command slower.
 * Without `openDataCache`, `validateDataTextCached` is `validateDataText`: the site and tests never
 * touch the data cache. The site's config loads this module (through template-sources.ts) with jiti,
 * which cannot parse import.meta.dirname: this module uses import.meta.url.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { validateDataText, type DataResult } from './data';
import type { TemplateSources } from './template-sources';
import type { TemplateSet } from '../templates/load';
import type { TemplateDocument } from '../templates/tree';

const FORMAT = 2;

/** The code whose output each cache holds, relative to src/; a folder stands for every .ts file in it. */
export const CACHE_CODE = {
  templates: ['lib/templates/parse.ts', 'lib/templates/elements.ts', 'lib/templates/tree.ts', 'lib/mdx.ts'],
  data: ['schema/', 'lib/node/data.ts', 'lib/issues.ts', 'lib/yaml-positions.ts'],
} as const;
export type CacheName = keyof typeof CACHE_CODE;
type Packed = Partial<Record<CacheName, string[]>>;

/** Each code file a cache depends on, as its path under src/, a line break, and its text. */
export function codeSources(name: CacheName): string[] {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return CACHE_CODE[name]
    .flatMap((path) =>
      path.endsWith('/')
        ? readdirSync(join(src, path))
            .filter((file) => file.endsWith('.ts'))
            .sort()
            .map((file) => `${path}${file}`)
        : [path],
    )
    .map((path) => `${path}\n${readFileSync(join(src, path), 'utf8')}`);
}

// The installed package holds no sources: src/cli/pack.ts writes every cache's codeSources here as packed.
const PACKED_CODE: Packed = {};

/** The key of a cache file: this format, the cache's name, its code, and whatever else its entries depend on. */
function cacheKey(name: CacheName, ...inputs: unknown[]): string {
  return JSON.stringify([FORMAT, name, PACKED_CODE[name] ?? codeSources(name), ...inputs]);
}

interface CacheFile<T> {
  key: string;
  entries: Record<string, T>;
}

/** One cache file: its entries when its key is `key`, none otherwise; `save` writes what was set since. */
class CacheStore<T> {
  entries: Record<string, T> = {};
  private changed = false;

  constructor(
    private readonly file: string,
    private readonly key: string,
  ) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as CacheFile<T>;
      if (cached.key === key) this.entries = cached.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  set(id: string, value: T): void {
    this.entries[id] = value;
    this.changed = true;
  }

  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify({ key: this.key, entries: this.entries } satisfies CacheFile<T>));
      this.changed = false;
    } catch {
      // A read-only install still works, only slower.
    }
  }
}

/** The parsed templates of `sources`, from the cache in `cacheDir` while every text is the same. */
export async function loadTemplateSetCached(sources: TemplateSources, cacheDir: string): Promise<TemplateSet> {
  // A translation's templates (read from a pages folder, so `missing` is set) have their own cache file,
  // named after that folder.
  const pagesDir = sources.missing === undefined ? undefined : sources.dir;
  const key = cacheKey(
    'templates',
    sources.registryText,
    sources.templates.map(({ file, source }) => [file, source]),
  );
  const store = new CacheStore<TemplateDocument[]>(
    join(
      cacheDir,
      pagesDir === undefined ? 'templates.json' : `templates-${pagesDir.replace(/[^\w.-]+/gu, '_').slice(-120)}.json`,
    ),
    key,
  );
  const documents = store.entries.documents;
  if (documents) {
    return {
      dir: sources.dir,
      registry: sources.registry,
      templates: sources.templates.map(({ entry, file }, index) => ({
        entry,
        file,
        document: documents[index]!,
        problems: [],
      })),
      ...(sources.missing ? { missing: sources.missing } : {}),
    };
  }
  const { parseTemplateSources } = await import('../templates/load');
  const set = parseTemplateSources(sources);
  if (set.templates.every((template) => template.problems.length === 0)) {
    store.set(
      'documents',
      set.templates.map((template) => template.document),
    );
    store.save();
  }
  return set;
}

interface DataEntry {
  name: string;
  text: string;
  data: unknown;
}

let dataStore: CacheStore<DataEntry> | undefined;

/** Use the validated-data cache in `cacheDir` for the rest of this process; call `saveDataCache` when done. */
export function openDataCache(cacheDir: string): void {
  dataStore = new CacheStore<DataEntry>(join(cacheDir, 'data.json'), cacheKey('data'));
}

/** `validateDataText`, answered from the cache when this exact text under this name validated before. */
export function validateDataTextCached(text: string, file: string): DataResult {
  const cached = dataStore?.entries[file];
  if (cached && cached.text === text && cached.name === basename(file)) return { ok: true, data: cached.data };
  const result = validateDataText(text, file);
  // Only what survives JSON unchanged can be cached (no undefined fields, no Maps or Dates).
  if (dataStore && result.ok && isDeepStrictEqual(JSON.parse(JSON.stringify(result.data)), result.data)) {
    dataStore.set(file, { name: basename(file), text, data: result.data });
  }
  return result;
}

/** Write what was validated afresh. */
export function saveDataCache(): void {
  dataStore?.save();
}
