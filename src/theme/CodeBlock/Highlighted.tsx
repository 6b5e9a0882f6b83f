/**
 * The theme's own code block, with Prism and the site's extra languages: the chunk that
 * src/theme/CodeBlock loads with the first code block on a page.
 */
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';

prismIncludeLanguages(Prism);

export default CodeBlock as typeof CodeBlockType;
