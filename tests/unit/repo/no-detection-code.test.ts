import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTION_PATTERNS, findDetectionCode } from '../../../src/lint/rules/no-detection-code';
import { findDetectionPackages } from '../../../src/lib/detection-guard';

const root = join(import.meta.dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;

function sourceFiles(base: string, dir: string): string[] {
  return readdirSync(join(base, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(base, path)).isDirectory()) return sourceFiles(base, path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry) ? [path] : [];
  });
}

/** The guard itself names what it looks for, so it is the one place allowed to. */
const GUARD_FILES = ['src/lint/rules/no-detection-code.ts', 'src/lib/detection-guard.ts'];

/**
 * Files allowed one kind of finding, each with why. Only that kind: anything else the guard finds in
 * them still fails.
 */
const ALLOWED: Record<string, { what: string; why: string }> = {
  'src/lib/node/security-headers.ts': {
    what: 'cryptographic hashing',
    why: "SHA-256 of the site's own inline scripts and style attributes, which a Content Security Policy names by hash; it never sees user content or media",
  },
};

/** Every source file under `dir` (relative to `base`) that contains detection code, with what was found. */
function detectionCodeIn(base: string, dir: string): { file: string; what: string | undefined }[] {
  return sourceFiles(base, dir)
    .filter((file) => !GUARD_FILES.includes(file))
    .map((file) => {
      const code = readFileSync(join(base, file), 'utf8');
      const allowed = ALLOWED[file]?.what;
      const what = allowed
        ? DETECTION_PATTERNS.find(({ pattern, what: kind }) => kind !== allowed && pattern.test(code))?.what
        : findDetectionCode(code);
      return { file, what };
    })
    .filter((entry) => entry.what !== undefined)
    .sort((a, b) => a.file.localeCompare(b.file));
}

describe('no detection technology in the repository', () => {
  it('finds a planted hashing and a planted classification package, nested or scoped', () => {
    expect(findDetectionPackages(readJson('tests/fixtures/repo-guard/package-lock.json'))).toEqual([
      { name: 'blockhash-core', path: 'node_modules/some-tool/node_modules/blockhash-core' },
      { name: '@tensorflow/tfjs-node', path: 'node_modules/@tensorflow/tfjs-node' },
    ]);
  });

  it('installs no package that hashes, matches or classifies media', () => {
    expect(findDetectionPackages(readJson('package-lock.json'))).toEqual([]);
  });

  it('finds planted matching and classification code, nested too, and passes clean code', () => {
    expect(detectionCodeIn(join(root, 'tests/fixtures/repo-guard'), 'src')).toEqual([
      { file: 'src/nested/planted-classifier.mjs', what: 'classification, scanning or matching' },
      { file: 'src/planted-matching.js', what: 'hash matching' },
    ]);
  });

  it('has no hashing, matching or classification code in src/', () => {
    expect(detectionCodeIn(root, 'src')).toEqual([]);
  });

  it('has no detection code in the site configuration', () => {
    const offending = ['docusaurus.config.ts', 'sidebars.ts', 'vitest.config.ts']
      .map((file) => ({ file, what: findDetectionCode(readFileSync(join(root, file), 'utf8')) }))
      .filter((entry) => entry.what !== undefined);
    expect(offending).toEqual([]);
  });
});
