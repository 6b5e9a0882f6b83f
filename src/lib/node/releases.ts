/**
 * The kit's content tree on disk, in one place: which releases exist (`versions.json`, newest
 * first), where each one's docs live (`docs/` is "next"; `versioned_docs/version-X` a release),
 * and the pages and data files inside a root. Node only (it reads the file system); the site's
 * components never import it. `kitRoot` is any folder laid out like this repository (a clone, or
 * the release data bundled into the npm package), so the CLI, the plugins, the tests and the
 * bench all find content the same way. Node only, as its name says ("-node"): a `.node.ts` name
 * would not do, because Node and tsx read an import ending in `.node` as a native addon.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { splitFrontMatter, type PageParts } from '../content/frontmatter';

/** The release name of the unreleased docs in `docs/`; Docusaurus calls this version `current`. */
export const NEXT = 'next';

export interface Release {
  /** `2026.12`, or `next` for `docs/`. */
  name: string;
  /** The Docusaurus version name: the release name, or `current` for `docs/`. */
  docsVersion: string;
  /** Absolute path of the docs folder of this release. */
  root: string;
  /** True for the newest release (the site's default). */
  newest: boolean;
}

/** The releases in `versions.json`, newest first; none when there is no such file. */
export function readVersions(kitRoot: string): string[] {
  const file = join(kitRoot, 'versions.json');
  if (!existsSync(file)) return [];
  const versions = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(versions) || !versions.every((version) => typeof version === 'string')) {
    throw new Error(`${file}: expected a JSON list of version names`);
  }
  return versions;
}

/** Every release, newest first, then `next` (when `docs/` exists). */
export function listReleases(kitRoot: string): Release[] {
  const released = readVersions(kitRoot).map((name, index) => ({
    name,
    docsVersion: name,
    root: join(kitRoot, 'versioned_docs', `version-${name}`),
    newest: index === 0,
  }));
  const docs = join(kitRoot, 'docs');
  const next = existsSync(docs)
    ? [{ name: NEXT, docsVersion: 'current', root: docs, newest: released.length === 0 }]
    : [];
  return [...released, ...next];
}

/** A `--release` that names no release: the message lists the ones there are. */
export class UnknownReleaseError extends Error {
  constructor(
    readonly requested: string,
    readonly available: readonly string[],
  ) {
    super(`Unknown release "${requested}"; available: ${available.join(', ')}`);
  }
}

/** The release asked for, or the newest release (the site's default) when none is asked for. */
export function resolveRelease(kitRoot: string, requested?: string): Release {
  const releases = listReleases(kitRoot);
  const found =
    requested === undefined
      ? releases.find((release) => release.newest)
      : releases.find((release) => release.name === requested);
  if (!found)
    throw new UnknownReleaseError(
      requested ?? '(newest)',
      releases.map((release) => release.name),
    );
  if (!existsSync(found.root))
    throw new Error(
      `Release ${found.name} is listed in versions.json, but ${relative(kitRoot, found.root)} does not exist`,
    );
  return found;
}

/** Every page (`.md`/`.mdx`) below a docs root, sorted; folders and files starting with `_` or `.` are not pages. */
export function contentFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((entry) => {
      if (entry.startsWith('_') || entry.startsWith('.')) return [];
      const path = join(root, entry);
      if (statSync(path).isDirectory()) return contentFiles(path);
      return /\.mdx?$/.test(entry) ? [path] : [];
    });
}

export interface Page extends PageParts {
  file: string;
  /** The doc id as Docusaurus names it: folder plus front matter `id`, or the file name. */
  id: string;
  source: string;
}

/** The doc id Docusaurus gives a file: its folder below the root, then front matter `id` or the file name. */
export function docId(root: string, file: string, frontMatter: Record<string, unknown>): string {
  const folder = relative(root, dirname(file)).split('\\').join('/');
  const own = typeof frontMatter.id === 'string' ? frontMatter.id : undefined;
  const name = own ?? basename(file).replace(/\.mdx?$/, '');
  return folder ? `${folder}/${name}` : name;
}

/** Read one page: its text, front matter, body and doc id. */
export function readPage(root: string, file: string): Page {
  const source = readFileSync(file, 'utf8');
  const parts = splitFrontMatter(source);
  return { file, source, id: docId(root, file, parts.frontMatter), ...parts };
}

/** Every page of a root, read. */
export function readPages(root: string): Page[] {
  return contentFiles(root).map((file) => readPage(root, file));
}

/** The kit's own version, from the `package.json` at `kitRoot`. */
export function readKitVersion(kitRoot: string): string {
  const manifest = JSON.parse(readFileSync(join(kitRoot, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error(`${join(kitRoot, 'package.json')}: no "version"`);
  return manifest.version;
}

/**
 * Where a release's pages in another language live: Docusaurus' own layout,
 * `i18n/<locale>/docusaurus-plugin-content-docs/<current | version-X>` (see README, "Languages").
 */
export function translationRoot(kitRoot: string, locale: string, release: Pick<Release, 'docsVersion'>): string {
  const folder = release.docsVersion === 'current' ? 'current' : `version-${release.docsVersion}`;
  return join(kitRoot, 'i18n', locale, 'docusaurus-plugin-content-docs', folder);
}
