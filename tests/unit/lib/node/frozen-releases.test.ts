import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildReleaseCount,
  FrozenReleaseError,
  mergeFrozen,
  releaseFiles,
  saveFrozen,
} from '../../../../src/lib/node/frozen-releases';
import { redirectPage } from '../../../../src/plugins/permanent-urls';

const page = (title: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><script>var t="${title}"</script></head><body>${title}</body></html>`;
const SITEMAP = '<?xml version="1.0"?><urlset><url><loc>https://kit.example/docs</loc></url></urlset>';

let dir: string;
function write(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

/** A full build with releases 2030.02 (newest: redirect pages at its permanent URLs) and 2030.01 (older). */
function fullBuild(): string {
  return write(join(dir, 'full'), {
    'docs.html': page('newest'),
    'docs/2030.02.html': redirectPage('/docs', '2030.02'),
    'docs/2030.01.html': page('old start'),
    'docs/2030.01/legal/us.html': page('old us'),
    'data/2030.01/index.json': '{"release":"2030.01"}',
    'assets/js/main.old1.js': 'old app',
    'sitemap.xml': SITEMAP,
  });
}
/** A bounded build (KIT_BUILD_RELEASES=1): 2030.01 is left out; data is written for every release. */
function boundedBuild(): string {
  return write(join(dir, 'bounded'), {
    'docs.html': page('newest'),
    'docs/2030.02.html': redirectPage('/docs', '2030.02'),
    'data/2030.01/index.json': '{"release":"2030.01","fresh":true}',
    'assets/js/main.new2.js': 'new app',
    'sitemap.xml': SITEMAP,
  });
}
const RELEASES = ['2030.02', '2030.01'];
const ERRATA = { '2030.01': { 'legal/us': [{ release: '2030.02', date: '2030-02-01', summary: 'Fixed.' }] } };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csk-frozen-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('frozen releases', () => {
  it('builds every release unless KIT_BUILD_RELEASES names a number from 1', () => {
    expect(buildReleaseCount(undefined, 3)).toBe(3);
    expect(buildReleaseCount('1', 3)).toBe(1);
    expect(buildReleaseCount('9', 3)).toBe(3);
    expect(buildReleaseCount('0', 3)).toBe(3);
    expect(buildReleaseCount('all', 3)).toBe(3);
  });

  it("takes a release's pages and data, not another release's, nor the newest's redirect pages", () => {
    const build = fullBuild();
    expect(releaseFiles(build, '2030.01')).toEqual([
      'data/2030.01/index.json',
      'docs/2030.01/legal/us.html',
      'docs/2030.01.html',
    ]);
    const frozenDir = join(dir, 'frozen');
    expect(saveFrozen({ buildDir: build, frozenDir, releases: RELEASES, errata: ERRATA })).toEqual(['2030.01']);
    expect(existsSync(join(frozenDir, '2030.02'))).toBe(false);
    expect(existsSync(join(frozenDir, 'assets/js/main.old1.js'))).toBe(true);
  });

  it('merges a left-out release into a bounded build without replacing what the build wrote', () => {
    const frozenDir = join(dir, 'frozen');
    saveFrozen({ buildDir: fullBuild(), frozenDir, releases: RELEASES, errata: ERRATA });
    const build = boundedBuild();
    expect(mergeFrozen({ buildDir: build, frozenDir, releases: RELEASES, errata: ERRATA })).toEqual(['2030.01']);
    expect(read('bounded/docs/2030.01/legal/us.html')).toContain('old us');
    expect(read('bounded/assets/js/main.old1.js')).toBe('old app');
    expect(read('bounded/data/2030.01/index.json')).toContain('"fresh":true');
    expect(read('bounded/sitemap.xml')).toContain(
      '<url><loc>https://kit.example/docs/2030.01/legal/us</loc></url><url><loc>https://kit.example/docs/2030.01</loc></url></urlset>',
    );
    // The merged pages' inline scripts are in the policy the headers carry.
    expect(read('bounded/_headers')).toMatch(/script-src[^\n]*'sha256-/);
    expect(read('bounded/docs/2030.01/legal/us.html')).toContain('http-equiv="Content-Security-Policy"');
  });

  it('refuses a left-out release with no frozen output, naming the release and the fix', () => {
    const build = boundedBuild();
    const run = () =>
      mergeFrozen({ buildDir: build, frozenDir: join(dir, 'none'), releases: RELEASES, errata: ERRATA });
    expect(run).toThrow(FrozenReleaseError);
    expect(run).toThrow(
      /^Release 2030\.01 was not built \(KIT_BUILD_RELEASES leaves it out\).*npm run releases:frozen/,
    );
    expect(existsSync(join(build, 'docs/2030.01.html'))).toBe(false);
  });

  it('refuses frozen pages that lack an erratum added since they were saved', () => {
    const frozenDir = join(dir, 'frozen');
    saveFrozen({ buildDir: fullBuild(), frozenDir, releases: RELEASES, errata: {} });
    const build = boundedBuild();
    expect(() => mergeFrozen({ buildDir: build, frozenDir, releases: RELEASES, errata: ERRATA })).toThrow(
      /^Release 2030\.01 has errata that its frozen pages in .* do not show/,
    );
    expect(existsSync(join(build, 'docs/2030.01.html'))).toBe(false);
  });
});
