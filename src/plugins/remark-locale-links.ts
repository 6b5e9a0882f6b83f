/**
 * Remark plugin (run before Docusaurus' own link resolution): in a translated locale, a relative
 * link between doc files points at the page the locale actually uses. Docusaurus resolves `./x.mdx`
 * only from the linking file's folder, so an English page (not yet translated) linking to a
 * translated one, or a translated page linking to one not yet translated, would be a broken link.
 * The link is rewritten to the `@site/…` path of the file the locale uses: its translation under
 * i18n/<locale>/docusaurus-plugin-content-docs/<version>/ when there is one, else the English file.
 * A translated page's relative imports (`./_data/obligations.yaml`) are written as its English page
 * writes them, and resolved from the English page's folder, so each release's translation reads that
 * release's data.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { DOCS_PLUGIN, englishRoot, translatedPath } from '../lib/node/translation';

export interface LocaleLinkOptions {
  siteDir: string;
  defaultLocale: string;
  /** The locale being built; Docusaurus sets DOCUSAURUS_CURRENT_LOCALE for each locale's build. */
  locale?: () => string | undefined;
}

interface VersionPath {
  version: string;
  path: string;
}

/** A file's path from the site folder, with forward slashes. */
function sitePath(siteDir: string, file: string): string {
  return relative(siteDir, file).split(sep).join('/');
}

/** The English file of a doc page, given its version folder and path inside it: the page itself, or the one it translates. */
function englishFile(siteDir: string, place: VersionPath): string {
  return join(siteDir, englishRoot(place.version), ...place.path.split('/'));
}

/** The version folder and path inside it of a doc file, English or translated; undefined for other files. */
function versionPath(siteDir: string, file: string): VersionPath | undefined {
  const rel = sitePath(siteDir, file);
  const translated = translatedPath(rel);
  if (translated) return { version: translated.version, path: translated.path };
  if (rel.startsWith('docs/')) return { version: 'current', path: rel.slice('docs/'.length) };
  const released = /^versioned_docs\/(version-[^/]+)\/(.+)$/u.exec(rel);
  return released ? { version: released[1]!, path: released[2]! } : undefined;
}

/** The file a locale shows for a doc link target, or undefined to leave the link as it is. */
export function localeTarget(
  siteDir: string,
  locale: string,
  defaultLocale: string,
  target: string,
): string | undefined {
  const place = versionPath(siteDir, target);
  if (!place) return undefined;
  const english = englishFile(siteDir, place);
  const localized = join(siteDir, 'i18n', locale, DOCS_PLUGIN, place.version, ...place.path.split('/'));
  if (locale !== defaultLocale && existsSync(localized)) return localized;
  return existsSync(english) ? english : undefined;
}

/**
 * The `@site/…` path a translated page's relative import must use: the file next to the English page
 * it translates (a translation imports what its English page imports, such as `./_data/…yaml`, and
 * so gets its own release's data); undefined when the import resolves beside the translation, or is
 * not relative, or the file is not a translation.
 */
export function translatedImportTarget(siteDir: string, file: string, specifier: string): string | undefined {
  if (!/^\.{1,2}\//u.test(specifier)) return undefined;
  const translated = translatedPath(sitePath(siteDir, file));
  if (!translated) return undefined;
  if (existsSync(resolve(dirname(file), specifier))) return undefined;
  const target = resolve(dirname(englishFile(siteDir, translated)), specifier);
  return existsSync(target) ? `@site/${sitePath(siteDir, target)}` : undefined;
}

/** Rewrites a translated page's relative imports (ESM nodes with their estree) to its English page's folder. */
function rewriteImports(tree: Root, siteDir: string, file: string): void {
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
      const from = statement.source.value;
      const target = translatedImportTarget(siteDir, file, from);
      if (!target) continue;
      statement.source.value = target;
      statement.source.raw = JSON.stringify(target);
      node.value = node.value.replace(
        new RegExp(`(['"])${from.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\1`, 'u'),
        JSON.stringify(target),
      );
    }
  });
}

export default function remarkLocaleLinks(options: LocaleLinkOptions) {
  const currentLocale = options.locale ?? (() => process.env.DOCUSAURUS_CURRENT_LOCALE);
  return (tree: Root, file: VFile) => {
    const locale = currentLocale() ?? options.defaultLocale;
    if (!file.path) return;
    const from = resolve(file.path);
    visit(tree, 'link', (node: Link) => {
      // `./x.mdx`, `../x.mdx` and a bare `x.mdx` are relative; a URL with a scheme, `/…` and `@site/…` are not.
      const match = /^(?![a-z][a-z\d+.-]*:|\/|@)([^#?]*\.mdx?)(#.*)?$/iu.exec(node.url);
      if (!match) return;
      const target = resolve(dirname(from), decodeURIComponent(match[1]!));
      const chosen = localeTarget(options.siteDir, locale, options.defaultLocale, target);
      if (!chosen || chosen === target) return;
      node.url = `@site/${sitePath(options.siteDir, chosen)}${match[2] ?? ''}`;
    });
    rewriteImports(tree, options.siteDir, from);
  };
}
