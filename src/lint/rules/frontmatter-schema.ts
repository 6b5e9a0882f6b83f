/**
 * frontmatter-schema (CSK001): every page's front matter matches `src/schema/frontmatter.ts`.
 * Problems under `sources` are reported by `sources-cited`, so a writer never sees one twice.
 */
import { frontMatterSchema } from '../../schema/frontmatter';
import { check, describeProblem } from '../../lib/issues';
import { kitRule, readFrontMatter, reportInOrder } from '../rule';

export const frontmatterSchema = kitRule('frontmatter-schema', (tree, file) => {
  const block = readFrontMatter(tree);
  if (!block) {
    file.message(
      'Missing front matter; expected a YAML block with title, description, page_type, last_reviewed and review_every_months',
      { line: 1, column: 1 },
    );
    return;
  }
  for (const error of block.yaml.errors) {
    file.message(`Front matter is not valid YAML: ${error.message}`, {
      line: block.node.position!.start.line + error.position.line,
      column: error.position.column,
    });
  }
  if (block.yaml.errors.length > 0) return;
  if (!block.data) {
    file.message('Front matter must be a mapping of keys to values', block.node);
    return;
  }
  const result = check(frontMatterSchema, block.data);
  if (result.ok) return;
  reportInOrder(
    file,
    result.problems
      .filter((problem) => problem.path[0] !== 'sources')
      .map((problem) => ({ message: describeProblem(problem), place: block.place(problem.path) })),
  );
});

export default frontmatterSchema;
