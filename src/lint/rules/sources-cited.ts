/**
 * sources-cited (CSK004): a `legal` page cites at least one source; every source is a
 * well-formed https URL with the date it was checked, not in the future, cited once.
 * Shapes come from the one source schema in `src/schema/common.ts`.
 */
import { frontMatterSchema } from '../../schema/frontmatter';
import { check, describeProblem } from '../../lib/issues';
import { isCalendarDate } from '../../schema/common';
import { kitRule, readFrontMatter, reportInOrder, type Placed } from '../rule';

export interface SourcesCitedOptions {
  /** "Today", YYYY-MM-DD; defaults to the current date. Tests pass a fixed day. */
  today?: string;
}

export const sourcesCited = kitRule<SourcesCitedOptions | undefined>('sources-cited', (tree, file, options) => {
  const block = readFrontMatter(tree);
  if (!block?.data) return;
  const today = options?.today ?? new Date().toISOString().slice(0, 10);
  const found: Placed[] = [];
  const result = check(frontMatterSchema, block.data);
  if (!result.ok) {
    for (const problem of result.problems) {
      if (problem.path[0] !== 'sources') continue;
      const message =
        problem.path.length === 1 && block.data.sources === undefined
          ? 'Missing `sources`: a legal page cites at least one primary source (title, url, accessed)'
          : describeProblem(problem);
      found.push({ message, place: block.place(problem.path) });
    }
  }
  const sources = Array.isArray(block.data.sources) ? (block.data.sources as unknown[]) : [];
  const seen = new Map<string, number>();
  sources.forEach((source, index) => {
    if (source === null || typeof source !== 'object') return;
    const { url, accessed } = source as Record<string, unknown>;
    if (typeof accessed === 'string' && isCalendarDate(accessed) && accessed > today) {
      found.push({
        message: `\`sources[${index}].accessed\`: ${accessed} is in the future; use the date you checked the source`,
        place: block.place(['sources', index, 'accessed']),
      });
    }
    if (typeof url === 'string') {
      const first = seen.get(url);
      if (first !== undefined) {
        found.push({
          message: `\`sources[${index}].url\`: ${url} is already cited as sources[${first}]; cite each source once`,
          place: block.place(['sources', index, 'url']),
        });
      } else {
        seen.set(url, index);
      }
    }
  });
  reportInOrder(file, found);
});

export default sourcesCited;
