import type { ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * Text that changes once the browser has read something (the saved profile). It shows `children`
 * and keeps room for `next`, the text most readers see once that is known: `next` sits, hidden
 * from sight and from assistive technology, in the same grid cell, so the cell is as tall as the
 * taller of the two and the page below does not move when the text changes. Give `next` without
 * links, so that nothing hidden can take focus.
 */
export default function StableText({ children, next }: { children: ReactNode; next: ReactNode }): ReactNode {
  return (
    <span className={styles.stack}>
      <span>{children}</span>
      <span className={styles.reserve} aria-hidden="true">
        {next}
      </span>
    </span>
  );
}
