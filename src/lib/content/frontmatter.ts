/**
 * Split a page into its front matter and its body the way Docusaurus does (its default
 * `parseFrontMatter` calls gray-matter): a block only when the file's first line is `---`, closed
 * by the next line that is `---`, read as YAML, never picked apart with regular expressions.
 * Pure: callers pass the text.
 */
import { parseYamlWithPositions } from '../yaml-positions';

export interface PageParts {
  /** The front matter as an object; `{}` when the page has none or it is not a mapping. */
  frontMatter: Record<string, unknown>;
  /** The page without its front matter, trimmed as Docusaurus trims it. */
  body: string;
  /** YAML syntax errors inside the block, if any. */
  errors: string[];
}

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(source: string): PageParts {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { frontMatter: {}, body: text.trim(), errors: [] };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) return { frontMatter: {}, body: text.trim(), errors: [] };
  const yaml = parseYamlWithPositions(lines.slice(1, close).join('\n'));
  const value = yaml.value;
  const frontMatter =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return {
    frontMatter,
    body: lines
      .slice(close + 1)
      .join('\n')
      .trim(),
    errors: yaml.errors.map((error) => error.message),
  };
}
