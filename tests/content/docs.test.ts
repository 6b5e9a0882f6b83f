/** The real content: every doc's front matter and every data file pass the one schema. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataFiles, formatDataProblem, validateDataFile } from '../../src/lib/data';
import { formatProblems, validateFrontMatter } from '../../src/lib/frontmatter';
import { createParser } from '../../src/lint/parse';
import { readFrontMatter } from '../../src/lint/rule';

const root = join(import.meta.dirname, '../..');
const contentDirs = ['docs', 'versioned_docs', 'i18n/fr/docusaurus-plugin-content-docs'].map((dir) => join(root, dir)).filter((dir) => existsSync(dir));

function docs(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry.startsWith('_') ? [] : docs(path);
    return /\.mdx?$/.test(entry) && !entry.startsWith('_') ? [path] : [];
  });
}

const allDocs = contentDirs.flatMap(docs);
const parser = createParser();

describe('content', () => {
  it('has docs to check', () => {
    expect(allDocs.length).toBeGreaterThan(5);
  });

  it.each(allDocs.map((path) => [relative(root, path), path]))('%s: front matter matches the schema', (name, path) => {
    const block = readFrontMatter(parser.parse(readFileSync(path, 'utf8')));
    expect(block?.data, `${name} has no front matter`).toBeDefined();
    const result = validateFrontMatter(block!.data);
    expect(result.ok ? '' : formatProblems(name, result.problems)).toBe('');
  });

  it('every data file matches its schema', () => {
    const problems = contentDirs
      .flatMap(findDataFiles)
      .map((file) => validateDataFile(file, root))
      .flatMap((result) => (result.ok ? [] : result.problems.map(formatDataProblem)));
    expect(problems).toEqual([]);
  });

  it('the release notes have a section for every released version', () => {
    const versionsFile = join(root, 'versions.json');
    const versions = existsSync(versionsFile) ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as string[]) : [];
    const notes = readFileSync(join(root, 'docs/release-notes.mdx'), 'utf8');
    expect(versions.filter((version) => !notes.includes(`\n## ${version}\n`))).toEqual([]);
  });
});
