/**
 * The changes we carry in dependencies are patch-package patches (patches/, applied by `postinstall`),
 * and each is applied to the installed package: its added lines are in the file, the lines it
 * removed are gone. `patch-package --error-on-fail` already fails the install when a target
 * changes; this catches an install that skipped `postinstall` (e.g. `npm ci --ignore-scripts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const patchDir = join(root, 'patches');
const patches = readdirSync(patchDir).filter((file) => file.endsWith('.patch'));

interface FileDiff {
  file: string;
  added: string[];
  removed: string[];
}

/** The files a unified diff changes, with the lines each adds and removes. */
function parsePatch(text: string): FileDiff[] {
  const diffs: FileDiff[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ b/')) diffs.push({ file: line.slice('+++ b/'.length), added: [], removed: [] });
    else if (line.startsWith('--- ') || line.startsWith('diff ') || line.startsWith('index ')) continue;
    else if (line.startsWith('+')) diffs.at(-1)?.added.push(line.slice(1));
    else if (line.startsWith('-')) diffs.at(-1)?.removed.push(line.slice(1));
  }
  return diffs;
}

describe('patches to dependencies', () => {
  it('names each patch after the package and exact version installed', () => {
    expect(patches.length).toBeGreaterThan(0);
    for (const patch of patches) {
      const [, name, version] = patch.match(/^(.+)\+([^+]+)\.patch$/)!;
      const pkg = JSON.parse(
        readFileSync(join(root, 'node_modules', name!.replace('+', '/'), 'package.json'), 'utf8'),
      ) as {
        version: string;
      };
      expect(`${patch}: ${pkg.version}`).toBe(`${patch}: ${version}`);
    }
  });

  it.each(patches)('%s is applied to the installed files', (patch) => {
    const diffs = parsePatch(readFileSync(join(patchDir, patch), 'utf8'));
    expect(diffs.length).toBeGreaterThan(0);
    for (const { file, added, removed } of diffs) {
      expect(file).toMatch(/^node_modules\//);
      const installed = readFileSync(join(root, file), 'utf8').split('\n');
      for (const line of added) expect(installed, `${file} lacks: ${line}`).toContain(line);
      for (const line of removed.filter((line) => !added.includes(line))) {
        expect(installed, `${file} still has: ${line}`).not.toContain(line);
      }
    }
  });

  it('are each written up in patches/README.md', () => {
    const readme = readFileSync(join(patchDir, 'README.md'), 'utf8');
    for (const patch of patches) expect(readme).toContain(patch);
  });
});

/** Every TypeScript file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('changes to dependencies are patches, never redirections', () => {
  const files = [...sourceFiles(join(root, 'src')), join(root, 'docusaurus.config.ts')];

  it("no source file imports a Docusaurus package's internal lib/ files", () => {
    const offenders = files.filter((file) => /['"]@docusaurus\/[\w-]+\/lib\//.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it("no plugin or config declares a webpack alias (a module swapped behind the bundler's back)", () => {
    const offenders = files.filter((file) => /\balias\s*:/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
