import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDetectionCode } from '../../../src/lint/rules/no-detection-code';
import { findDetectionPackages } from '../../../src/lib/detection-guard';

const root = join(import.meta.dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry) ? [path] : [];
  });
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

  it('has no hashing, matching or classification code in src/', () => {
    const offending = sourceFiles('src')
      .filter((file) => !file.endsWith('no-detection-code.ts') && !file.endsWith('detection-guard.ts'))
      .map((file) => ({ file, what: findDetectionCode(readFileSync(join(root, file), 'utf8')) }))
      .filter((entry) => entry.what !== undefined);
    expect(offending).toEqual([]);
  });
});
