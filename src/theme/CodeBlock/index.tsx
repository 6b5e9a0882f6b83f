/**
 * The theme's code block, fed with highlighting done when the site is built
 * (src/plugins/code-highlight.ts): a fenced block arrives with its highlighted lines as children and
 * its text as `code`. The theme's own parts do the rest (title, copy and word-wrap buttons), and
 * src/theme/CodeBlock/Content shows the lines, so no page loads Prism.
 *
 * A block given plain text (a component passing a string) shows it unhighlighted in the same frame;
 * JSX children render as the theme renders them.
 */
import { Children, isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import { HighlightedLines } from './highlighted';

export default function CodeBlock({ children, code, ...props }: Props & { code?: string }): ReactNode {
  if (typeof code === 'string') {
    return (
      <HighlightedLines.Provider value={children}>
        <StringContent {...props}>{code}</StringContent>
      </HighlightedLines.Provider>
    );
  }
  const parts = Children.toArray(children);
  if (parts.some((part) => isValidElement(part))) return <ElementContent {...props}>{children}</ElementContent>;
  return <StringContent {...props}>{parts.join('')}</StringContent>;
}
