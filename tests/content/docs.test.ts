/** The real content: every doc's front matter and every data file pass the one schema. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles, listReleases, readVersions } from '../../src/lib/node/releases';
import { findDataFiles, formatDataProblem, validateDataFile } from '../../src/lib/node/data';
import { formatProblems, validateFrontMatter } from '../../src/lib/frontmatter';
import { createParser, readFrontMatter } from '../../src/lib/mdx';

const root = join(import.meta.dirname, '../..');
const translationsDir = join(root, 'i18n/fr/docusaurus-plugin-content-docs');
/** Every release's English pages, and every French page (current and each release's). */
const contentDirs = [...listReleases(root).map((release) => release.root), translationsDir];
const allDocs = contentDirs.flatMap(contentFiles);
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
    // Every release's data is validated, so the work grows with each release; 5 s is too tight on a loaded machine.
  }, 30_000);

  it('the release notes have a section for every released version', () => {
    const versions = readVersions(root);
    const notes = readFileSync(join(root, 'docs/release-notes.mdx'), 'utf8');
    expect(versions.filter((version) => !notes.includes(`\n## ${version}\n`))).toEqual([]);
  });
});
