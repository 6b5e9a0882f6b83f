import { Fragment, type ReactNode } from 'react';

/**
 * Prose from the legal data, with every double-quoted passage marked up as a quotation (`<q>`).
 * The data quotes statutes verbatim inside double quotes, including statutory terms the kit
 * otherwise avoids, so on the page they are quotations, as the content guide requires.
 */
export default function QuotedText({ text }: { text: string }): ReactNode {
  const parts = text.split(/"([^"]+)"|“([^”]+)”/u);
  const nodes: ReactNode[] = [];
  for (let index = 0; index < parts.length; index += 3) {
    const plain = parts[index];
    if (plain) nodes.push(<Fragment key={index}>{plain}</Fragment>);
    const quoted = parts[index + 1] ?? parts[index + 2];
    if (quoted !== undefined) nodes.push(<q key={index + 1}>{quoted}</q>);
  }
  return <>{nodes}</>;
}
