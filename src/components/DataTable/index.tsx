import type { ReactNode, TableHTMLAttributes } from 'react';
import styles from './styles.module.css';

export interface DataTableProps extends Omit<TableHTMLAttributes<HTMLTableElement>, 'className' | 'children'> {
  /** The table's caption. It also names the scrolling region, unless `label` is given. */
  caption: string;
  /** A shorter name for the scrolling region, where the caption is long. Defaults to the caption. */
  label?: string;
  /** The column headings, in order: one header row of `th scope="col"`. */
  columns: readonly string[];
  /** The component's own class for the table, for its column-specific rules. */
  className?: string;
  /** The body rows (`tr`), each starting with its `th scope="row"`. */
  children: ReactNode;
}

/**
 * A data table as every table component in the kit renders it: inside a region that scrolls
 * sideways on a narrow screen, is named, and can be focused so a keyboard user can scroll it; with
 * a caption, one row of column headings, and the alignment and print rules every table shares.
 * Other attributes (`id`, `data-*`) go on the table.
 */
export default function DataTable({
  caption,
  label,
  columns,
  className,
  children,
  ...attributes
}: DataTableProps): ReactNode {
  return (
    <div className={styles.region} role="region" aria-label={label ?? caption} tabIndex={0}>
      <table className={className ? `${styles.table} ${className}` : styles.table} {...attributes}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
