import type { ReactNode } from 'react';
import type { Nodes, Root, Table } from 'mdast';
import { Placeholder } from '@site/src/components/Var';

const isExternal = (url: string) => /^(https:|mailto:)/i.test(url);

function render(node: Nodes, key: number, depthOffset: number): ReactNode {
  const children = () =>
    'children' in node ? (node.children as Nodes[]).map((child, index) => render(child, index, depthOffset)) : null;
  switch (node.type) {
    case 'text': {
      const placeholder = (node.data as { placeholder?: string } | undefined)?.placeholder;
      return placeholder ? <Placeholder key={key} name={placeholder} label={node.value.slice(1, -1)} /> : node.value;
    }
    case 'paragraph':
      return <p key={key}>{children()}</p>;
    case 'heading': {
      const Tag = `h${Math.min(node.depth + depthOffset, 6)}` as 'h3';
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'strong':
      return <strong key={key}>{children()}</strong>;
    case 'emphasis':
      return <em key={key}>{children()}</em>;
    case 'delete':
      return <del key={key}>{children()}</del>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'break':
      return <br key={key} />;
    case 'thematicBreak':
      return <hr key={key} />;
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'link':
      return isExternal(node.url) ? (
        <a key={key} href={node.url} rel="noopener noreferrer">
          {children()}
        </a>
      ) : (
        <span key={key}>{children()}</span>
      );
    case 'list':
      return node.ordered ? <ol key={key}>{children()}</ol> : <ul key={key}>{children()}</ul>;
    case 'listItem':
      // A tight list item's paragraph renders as bare text, as Markdown does.
      return (
        <li key={key}>
          {node.spread
            ? children()
            : node.children.map((child, index) =>
                child.type === 'paragraph' ? (
                  <span key={index}>{(child.children as Nodes[]).map((c, i) => render(c, i, depthOffset))} </span>
                ) : (
                  render(child, index, depthOffset)
                ),
              )}
        </li>
      );
    case 'table':
      return <PreviewTable key={key} node={node} depthOffset={depthOffset} />;
    default:
      return children();
  }
}

function PreviewTable({ node, depthOffset }: { node: Table; depthOffset: number }): ReactNode {
  const [head, ...rows] = node.children;
  const cells = (row: Table['children'][number]) =>
    row.children.map((cell) => (cell.children as Nodes[]).map((child, index) => render(child, index, depthOffset)));
  return (
    <table>
      {head ? (
        <thead>
          <tr>
            {cells(head).map((content, index) => (
              <th key={index} scope="col">
                {content}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {cells(row).map((content, index) => (
              <td key={index}>{content}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A resolved template tree as React: the preview beside the profile form. */
export default function TemplatePreview({ tree, depthOffset = 1 }: { tree: Root; depthOffset?: number }): ReactNode {
  return <>{tree.children.map((child, index) => render(child as Nodes, index, depthOffset))}</>;
}
