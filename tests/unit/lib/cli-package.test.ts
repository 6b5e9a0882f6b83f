import { describe, expect, it } from 'vitest';
import { BIN_FILE, packageContentProblems, packageManifest, packageVersion } from '../../../src/lib/cli-package';

describe('packageVersion', () => {
  it('gives npm a three-part version of the calendar release', () => {
    expect(packageVersion('2026.12')).toBe('2026.12.0');
    expect(packageVersion('2026.12.1')).toBe('2026.12.1');
    expect(packageVersion('2027.01')).toBe('2027.1.0');
  });

  it('rejects a release that is not a calendar version', () => {
    expect(() => packageVersion('next')).toThrow('Release "next" is not a calendar version (YYYY.MM or YYYY.MM.N)');
  });
});

describe('packageManifest', () => {
  it('has no dependencies and no install scripts, and names its release', () => {
    const manifest = packageManifest('2026.12', '>=20');
    expect(manifest).toMatchObject({
      name: 'child-safety-kit',
      version: '2026.12.0',
      bin: { 'child-safety-kit': BIN_FILE },
      engines: { node: '>=20' },
      kitRelease: '2026.12',
    });
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('scripts');
  });
});

describe('packageContentProblems', () => {
  const complete = ['package.json', 'README.md', 'LICENSE', BIN_FILE, 'docs/policies/_data/variables.yaml'];

  it('accepts the release content and the bundle', () => {
    expect(
      packageContentProblems([...complete, 'docs/policies/child-safety-policy.mdx', 'bin/chunks/main-X.js']),
    ).toEqual([]);
  });

  it('names tests, site builds, sources and maps, and what is missing', () => {
    expect(
      packageContentProblems([
        'tests/unit/x.test.ts',
        'build/index.html',
        'bin/chunks/main.js.map',
        'src/cli/main.ts',
        'README.md',
      ]),
    ).toEqual([
      'tests/unit/x.test.ts: does not belong in the package',
      'build/index.html: does not belong in the package',
      'bin/chunks/main.js.map: does not belong in the package',
      'src/cli/main.ts: does not belong in the package',
      'package.json: missing from the package',
      'LICENSE: missing from the package',
      `${BIN_FILE}: missing from the package`,
      'docs/policies/_data/variables.yaml: missing from the package',
    ]);
  });
});
