/**
 * Frozen releases: how the site keeps every release's URLs while building only the newest ones.
 *
 * `KIT_BUILD_RELEASES=<n>` makes Docusaurus build only the newest n releases (and next). An older
 * release never changes, so its pages are taken from the build output of a deploy that did build
 * it: `save` copies each older release a build made (every file with the release's name as a path
 * segment, such as `docs/2026.12/…` and `data/2026.12/…`, plus the page of `docs/2026.12`) into a
 * folder kept between deploys, with the content-hashed `assets/` its pages load; `merge` copies the
 * releases a bounded build left out back into its output, never over a file the build wrote, adds
 * their pages to the sitemap, and rewrites the security headers so the policy covers their scripts.
 *
 * Safe by default: a release that is neither built nor saved, or whose errata (corrections added
 * by a later release, shown at the top of its pages) changed since it was saved, stops the merge
 * with the fix, instead of deploying a site with missing pages or pages without their correction.
 * Node only: it reads and writes files.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ErrataGlobal } from '../errata';
import { writeSecurityHeaders } from './security-headers-files';

/** The environment variable that bounds the build, and the npm script that merges and saves. */
export const BUILD_RELEASES_ENV = 'KIT_BUILD_RELEASES';
export const FROZEN_COMMAND = 'npm run releases:frozen';

/** How many releases (newest first) the build includes: `KIT_BUILD_RELEASES`, or all when unset or not a number ≥ 1. */
export function buildReleaseCount(value: string | undefined, releases: number): number {
  const count = Number(value);
  return Number.isInteger(count) && count >= 1 ? Math.min(count, releases) : releases;
}

/** What a frozen release's folder records besides its files. */
export interface FrozenManifest {
  release: string;
  /** The release's errata when its pages were built: a merge refuses pages that lack a later one. */
  errata: ErrataGlobal[string];
  /** The paths (as URLs, without the site's origin) of its pages, for the sitemap. */
  pages: string[];
}

const MANIFEST = 'frozen-release.json';
const ASSETS = 'assets';

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(join(dir, entry.name), path) : [path];
    });
}

/** The files of one release in a build: every path with a segment named after it, and `docs/<release>.html`. */
export function releaseFiles(buildDir: string, release: string): string[] {
  return filesUnder(buildDir).filter(
    (path) => path.split('/').slice(0, -1).includes(release) || path === `docs/${release}.html`,
  );
}

/**
 * True when the build made the release's pages as an older release. The newest release's
 * `/docs/<release>/…` are redirect pages to `/docs/…` (src/plugins/permanent-urls.ts): not its pages.
 */
export function builtAsOlder(buildDir: string, release: string): boolean {
  const landing = join(buildDir, 'docs', `${release}.html`);
  return existsSync(landing) && !/<meta http-equiv="refresh"/i.test(readFileSync(landing, 'utf8'));
}

/** `docs/2026.12/x.html` → `/docs/2026.12/x`; `…/index.html` → `…/`. */
const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;

/** Copies what is missing in `to` from `from`; a file already in `to` is never replaced. */
function copyMissing(from: string, to: string, paths: readonly string[]): number {
  let copied = 0;
  for (const path of paths) {
    const target = join(to, path);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(from, path), target);
    copied += 1;
  }
  return copied;
}

export interface FrozenOptions {
  buildDir: string;
  frozenDir: string;
  /** The released versions, newest first (versions.json). */
  releases: readonly string[];
  /** The errata of every release now (src/lib/node/errata.ts). */
  errata: ErrataGlobal;
}

/** Saves every older release this build made; returns their names. A release saved before is replaced. */
export function saveFrozen({ buildDir, frozenDir, releases, errata }: FrozenOptions): string[] {
  const saved = releases.slice(1).filter((release) => builtAsOlder(buildDir, release));
  for (const release of saved) {
    const dir = join(frozenDir, release);
    rmSync(dir, { recursive: true, force: true });
    const files = releaseFiles(buildDir, release);
    copyMissing(buildDir, dir, files);
    const manifest: FrozenManifest = {
      release,
      errata: errata[release] ?? {},
      pages: files.filter((path) => path.endsWith('.html')).map(pageUrl),
    };
    writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  // Content-hashed names: the same name is the same file, so one pool serves every saved release.
  if (saved.length > 0)
    copyMissing(join(buildDir, ASSETS), join(frozenDir, ASSETS), filesUnder(join(buildDir, ASSETS)));
  return saved;
}

/** A merge that cannot give every release its pages: the message says which release and what to do. */
export class FrozenReleaseError extends Error {}

/** Adds the merged pages to the build's sitemap, on the origin its other entries use. */
function addToSitemap(buildDir: string, pages: readonly string[]): void {
  const file = join(buildDir, 'sitemap.xml');
  if (!existsSync(file) || pages.length === 0) return;
  const sitemap = readFileSync(file, 'utf8');
  const origin = /<loc>(https?:\/\/[^/<]+)/.exec(sitemap)?.[1] ?? '';
  const entries = pages.map((page) => `<url><loc>${origin}${page}</loc></url>`).join('');
  writeFileSync(file, sitemap.replace('</urlset>', `${entries}</urlset>`));
}

/**
 * Merges into a build every older release it left out; returns their names. Throws
 * FrozenReleaseError, before copying anything, when one has no frozen output or stale errata.
 */
export function mergeFrozen({ buildDir, frozenDir, releases, errata }: FrozenOptions): string[] {
  const missing = releases.slice(1).filter((release) => !builtAsOlder(buildDir, release));
  const manifests = missing.map((release) => {
    const file = join(frozenDir, release, MANIFEST);
    if (!existsSync(file)) {
      throw new FrozenReleaseError(
        `Release ${release} was not built (${BUILD_RELEASES_ENV} leaves it out) and ${frozenDir} holds no frozen output of it. ` +
          `Build once with every release (unset ${BUILD_RELEASES_ENV}, or raise it) and run ${FROZEN_COMMAND} to save it.`,
      );
    }
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as FrozenManifest;
    if (JSON.stringify(manifest.errata) !== JSON.stringify(errata[release] ?? {})) {
      throw new FrozenReleaseError(
        `Release ${release} has errata that its frozen pages in ${join(frozenDir, release)} do not show. ` +
          `Build once with ${BUILD_RELEASES_ENV} high enough to include it and run ${FROZEN_COMMAND} to save it again.`,
      );
    }
    return manifest;
  });
  for (const manifest of manifests) {
    const dir = join(frozenDir, manifest.release);
    copyMissing(
      dir,
      buildDir,
      filesUnder(dir).filter((path) => path !== MANIFEST),
    );
  }
  if (manifests.length > 0) {
    copyMissing(join(frozenDir, ASSETS), join(buildDir, ASSETS), filesUnder(join(frozenDir, ASSETS)));
    addToSitemap(
      buildDir,
      manifests.flatMap((manifest) => manifest.pages),
    );
    writeSecurityHeaders(buildDir);
  }
  return missing;
}
