/**
 * Which English page a translated page translates, and whether it still does. A translated page
 * lives at `i18n/<locale>/docusaurus-plugin-content-docs/<current | version-X>/<path>`; its English
 * source is `docs/<path>` or `versioned_docs/version-X/<path>`. Its front matter records the git
 * blob id of the English file it was written from (`translation_of`, the id `git hash-object` gives
 * the file's content, stamped by `npm run i18n:stamp`); when the English file changes, the id
 * differs and the page is stale. The id comes from git, so the kit ships no hashing code (see the
 * repository guard, tests/unit/repo/no-detection-code.test.ts); without git, no page is called stale.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/**
 * The stamp of each English file: its git blob id (40 hex digits), from one `git hash-object` call.
 * Undefined when git cannot be run: then no translation can be called stale or stamped.
 */
export function translationStamps(files: readonly string[], cwd = process.cwd()): Map<string, string> | undefined {
  if (files.length === 0) return new Map();
  try {
    const ids = execFileSync('git', ['hash-object', '--', ...files], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    return new Map(files.map((file, index) => [file, ids[index]!]));
  } catch {
    return undefined;
  }
}

/** The stamp of one English file; throws a clear error when git cannot give it. */
export function translationStamp(file: string, cwd = process.cwd()): string {
  const id = translationStamps([file], cwd)?.get(file);
  if (!id) throw new Error(`cannot read the git blob id of ${file}: npm run i18n:stamp needs git on the PATH`);
  return id;
}

export interface TranslatedPath {
  locale: string;
  /** `current` or `version-X`. */
  version: string;
  /** The page's path inside its version, with `/` separators. */
  path: string;
}

/** The locale, version and path of a translated doc, from its path relative to the site; undefined for other files. */
export function translatedPath(file: string): TranslatedPath | undefined {
  const parts = file.split(/[\\/]/u);
  for (let index = 0; index + 3 < parts.length; index += 1) {
    if (parts[index] === 'i18n' && parts[index + 2] === DOCS_PLUGIN) {
      return { locale: parts[index + 1]!, version: parts[index + 3]!, path: parts.slice(index + 4).join('/') };
    }
  }
  return undefined;
}

/** The English docs folder a translated version folder translates: `docs` or `versioned_docs/version-X`. */
export function englishRoot(version: string): string {
  return version === 'current' ? 'docs' : join('versioned_docs', version);
}

/** The English file a translated doc translates (relative to the site), or undefined for other files. */
export function englishSourceOf(file: string): string | undefined {
  const found = translatedPath(file);
  return found ? join(englishRoot(found.version), ...found.path.split('/')) : undefined;
}

export type TranslationState =
  | { state: 'current' }
  | { state: 'stale'; recorded: string; now: string }
  | { state: 'unstamped' }
  | { state: 'orphan' }
  /** Git could not be run, so the page cannot be compared with its source. */
  | { state: 'unknown' };

export interface TranslatedDoc {
  /** Relative to the site, with `/` separators. */
  file: string;
  english: string;
  status: TranslationState;
}

function docFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      if (entry.startsWith('_') || entry.startsWith('.')) return [];
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return docFiles(path);
      return /\.mdx?$/u.test(entry) ? [path] : [];
    });
}

/** The `translation_of` value of a page's front matter, read without a YAML parser (the stamp is one plain token). */
export function recordedStamp(source: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(source)?.[1] ?? '';
  return /^translation_of:\s*['"]?([\w-]+)['"]?\s*$/mu.exec(front)?.[1];
}

/** Every translated doc of a locale (or of all locales) with its state against its English source. */
export function translatedDocs(siteDir: string, locale?: string): TranslatedDoc[] {
  const i18n = join(siteDir, 'i18n');
  if (!existsSync(i18n)) return [];
  const locales = locale ? [locale] : readdirSync(i18n).filter((name) => statSync(join(i18n, name)).isDirectory());
  const pages = locales.flatMap((code) =>
    docFiles(join(i18n, code, DOCS_PLUGIN)).map((path) => {
      const file = relative(siteDir, path).split(sep).join('/');
      const english = englishSourceOf(file)!.split(sep).join('/');
      return { path, file, english, exists: existsSync(join(siteDir, english)) };
    }),
  );
  const stamps = translationStamps(
    [...new Set(pages.filter((page) => page.exists).map((page) => page.english))],
    siteDir,
  );
  return pages.map(({ path, file, english, exists }): TranslatedDoc => {
    const recorded = recordedStamp(readFileSync(path, 'utf8'));
    if (!exists) return { file, english, status: { state: 'orphan' } };
    if (!recorded) return { file, english, status: { state: 'unstamped' } };
    const now = stamps?.get(english);
    if (!now) return { file, english, status: { state: 'unknown' } };
    return { file, english, status: recorded === now ? { state: 'current' } : { state: 'stale', recorded, now } };
  });
}

/** Sets or replaces `translation_of` in a page's front matter, leaving every other line as it is. */
export function withStamp(source: string, stamp: string): string {
  const match = /^---\r?\n([\s\S]*?)(\r?\n)---/u.exec(source);
  if (!match) throw new Error('the page has no front matter (--- … ---) to record translation_of in');
  const front = match[1]!;
  const line = `translation_of: ${stamp}`;
  const next = /^translation_of:.*$/mu.test(front)
    ? front.replace(/^translation_of:.*$/mu, line)
    : `${front}${match[2]}${line}`;
  return `---${match[2]}${next}${source.slice(match[0].length - match[2]!.length - 3)}`;
}

export interface CopiedTranslations {
  /** Pages copied into the release's folder (relative to the site, `/` separators). */
  copied: string[];
  /** Pages left out, each with the reason, so a translator knows what the release still needs. */
  skipped: { file: string; reason: string }[];
  /** The release's sidebar and version labels file, written from current.json. */
  labels?: string;
}

/**
 * Copies a locale's translations of the unreleased docs (`…/current/`) into a release
 * (`…/version-<release>/`), for the pages whose English text is the same in `docs/` and in
 * `versioned_docs/version-<release>/` (the same git blob id): the translation then translates the
 * release's page exactly as well as it translates the next one, and its `translation_of` stamp
 * stays true (a stale translation stays marked stale). A page whose English differs between the two
 * is skipped, with the reason; it needs its own translation. `docusaurus docs:version` does the same
 * copy for every page when a release is cut; this is for translations finished after the cut.
 * `current.json` (sidebar labels) is merged into `version-<release>.json`, whose own entries win.
 */
export function copyTranslationsToRelease(siteDir: string, locale: string, release: string): CopiedTranslations {
  const pluginDir = join(siteDir, 'i18n', locale, DOCS_PLUGIN);
  const currentDir = join(pluginDir, 'current');
  const releaseEnglish = join(siteDir, 'versioned_docs', `version-${release}`);
  if (!existsSync(releaseEnglish)) {
    throw new Error(`release ${release} has no English docs (expected ${relative(siteDir, releaseEnglish)})`);
  }
  if (!existsSync(currentDir))
    throw new Error(`no ${locale} translations to copy (expected ${relative(siteDir, currentDir)})`);
  const pages = docFiles(currentDir).map((path) => relative(currentDir, path).split(sep).join('/'));
  const both = pages.flatMap((page) => {
    const next = join('docs', ...page.split('/'));
    const released = join('versioned_docs', `version-${release}`, ...page.split('/'));
    return existsSync(join(siteDir, released)) ? [next, released] : [];
  });
  const stamps = translationStamps(both, siteDir);
  if (!stamps) throw new Error('git could not be run, so no English page could be compared; nothing was copied');
  const result: CopiedTranslations = { copied: [], skipped: [] };
  const copyInto = (page: string) => {
    const target = join(pluginDir, `version-${release}`, ...page.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(currentDir, ...page.split('/')), target);
    result.copied.push(relative(siteDir, target).split(sep).join('/'));
  };
  for (const page of pages) {
    const file = `i18n/${locale}/${DOCS_PLUGIN}/current/${page}`;
    const next = join('docs', ...page.split('/'));
    const released = join('versioned_docs', `version-${release}`, ...page.split('/'));
    if (!existsSync(join(siteDir, released))) {
      result.skipped.push({ file, reason: `release ${release} has no English page ${page}` });
    } else if (
      stamps.get(released) !== undefined &&
      recordedStamp(readFileSync(join(currentDir, ...page.split('/')), 'utf8')) === stamps.get(released)
    ) {
      // The translation was made from the release's own English text: it belongs in the release as it is.
      copyInto(page);
    } else if (!existsSync(join(siteDir, next))) {
      result.skipped.push({ file, reason: `docs/${page} no longer exists, so the translation cannot be compared` });
    } else if (stamps.get(next) !== stamps.get(released)) {
      result.skipped.push({
        file,
        reason: `the English ${page} differs between docs/ and release ${release}; translate the release's page`,
      });
    } else copyInto(page);
  }
  const currentLabels = join(pluginDir, 'current.json');
  if (existsSync(currentLabels)) {
    const labelsFile = join(pluginDir, `version-${release}.json`);
    type Labels = Record<string, { message: string; description?: string }>;
    const current = JSON.parse(readFileSync(currentLabels, 'utf8')) as Labels;
    const own = existsSync(labelsFile) ? (JSON.parse(readFileSync(labelsFile, 'utf8')) as Labels) : {};
    const merged: Labels = {
      ...current,
      ...own,
      'version.label': { message: release, description: `The label for version ${release}` },
    };
    writeFileSync(labelsFile, `${JSON.stringify(merged, null, 2)}\n`);
    result.labels = relative(siteDir, labelsFile).split(sep).join('/');
  }
  return result;
}

const CLAUSE_HEADING = /^## .*?\{\/\* #(\w+) \*\/\}\s*$/gmu;
/** A level-2 heading of a translation: its text, and an optional `\{#anchor\}` or `{/* #clause_id *\/}` at the end. */
const TRANSLATED_H2 = /^(## .*?)(?:[ \t]*\\\{#[\w-]+\\\}|[ \t]*\{\/\* #\w+ \*\/\})?[ \t]*$/gmu;

/**
 * Gives a translated template the clause ids of its English source: the English level-2 headings that
 * carry `{/* #clause_id *\/}`, in order, go onto the translation's level-2 headings in the same order,
 * replacing an older `\{#anchor\}` or clause id. The translation's notes heading (`notesHeadings`,
 * which the English keeps without an id) is left as it is. Throws, naming both counts, when the
 * translation has not the same number of clause headings as the English: then a person must match them.
 */
export function withClauseIds(translated: string, english: string, notesHeadings: readonly string[]): string {
  const ids = [...english.matchAll(CLAUSE_HEADING)].map((match) => match[1]!);
  const isNotes = (line: string) => notesHeadings.some((heading) => line.startsWith(`## ${heading}`));
  const headings = [...translated.matchAll(TRANSLATED_H2)].filter((match) => !isNotes(match[0]));
  if (ids.length === 0) return translated;
  if (headings.length !== ids.length) {
    throw new Error(
      `the English page has ${ids.length} headings with clause ids, the translation ${headings.length} level-2 headings (besides its notes); match them by hand`,
    );
  }
  let index = 0;
  return translated.replace(TRANSLATED_H2, (line: string, text: string) =>
    isNotes(line) ? line : `${text.trimEnd()} {/* #${ids[index++]} */}`,
  );
}
