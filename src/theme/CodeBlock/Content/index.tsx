/**
 * Replaces the theme's code block content, which highlighted the code with Prism in the browser:
 * this one shows the lines highlighted at build time (src/theme/CodeBlock passes them down), or the
 * plain code. The markup and classes are the theme's (`prism-code language-…`), so its word-wrap
 * button and styles keep working; token colours come from src/plugins/code-highlight.ts.
 */
import { useContext, type ReactNode } from 'react';
import clsx from 'clsx';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { HighlightedLines } from '../highlighted';
import styles from './styles.module.css';

export default function CodeBlockContent({ className }: { className?: string }): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const highlighted = useContext(HighlightedLines);
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      tabIndex={0}
      className={clsx(className, 'prism-code', `language-${metadata.language}`, styles.codeBlock, 'thin-scrollbar')}
    >
      <code className={styles.codeBlockLines}>{highlighted ?? metadata.code}</code>
    </pre>
  );
}
