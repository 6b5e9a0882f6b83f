/**
 * The remark plugins that make the linter parse exactly as Docusaurus does: front matter, GFM
 * (tables, footnotes), directives (`:::note` admonitions) and MDX. Shared by the lint preset,
 * the lint tests and any other tool that reads our Markdown.
 */
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';

export const parsePlugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkGfm, remarkDirective, remarkMdx];

/** A processor that parses one MDX document to mdast, as Docusaurus would. */
export function createParser() {
  return unified().use(remarkParse).use(parsePlugins);
}
