/**
 * Validate a page's front matter against the one schema, outside remark: used by the
 * Docusaurus `parseFrontMatter` build gate, the content tests and the CLI.
 */
import { frontMatterSchema, type FrontMatter } from '../schema/frontmatter';
import { check, describeProblem, type Problem } from './issues';

export type FrontMatterResult = { ok: true; data: FrontMatter } | { ok: false; problems: Problem[] };

export function validateFrontMatter(frontMatter: unknown): FrontMatterResult {
  return check(frontMatterSchema, frontMatter);
}

/** A one-error-per-line report that names the file and each field, for build logs and the CLI. */
export function formatProblems(file: string, problems: readonly Problem[], hint?: string): string {
  const lines = problems.map((problem) => `  - ${describeProblem(problem)}`);
  return [`${file}:`, ...lines, ...(hint ? [hint] : [])].join('\n');
}
