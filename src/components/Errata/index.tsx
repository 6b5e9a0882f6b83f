import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { formatLongDate } from '@site/src/lib/dates';
import type { Erratum } from '@site/src/lib/errata';
import styles from './styles.module.css';

export interface ErrataProps {
  errata: readonly Erratum[];
  /** The same page in the newest release. */
  newestPath: string;
}

/**
 * At the top of a page of an older release: what later releases corrected in it, from their
 * correction notes. The frozen text below is left as it was released.
 */
export default function Errata({ errata, newestPath }: ErrataProps): ReactNode {
  if (errata.length === 0) return null;
  return (
    <aside className={styles.box} aria-labelledby="errata-heading">
      <p id="errata-heading" className={styles.heading}>
        Later releases corrected this page
      </p>
      <ul className={styles.list}>
        {errata.map((erratum) => (
          <li key={`${erratum.release}|${erratum.summary}`}>
            <strong>Corrected in {erratum.release}</strong> (
            <time dateTime={erratum.date}>{formatLongDate(erratum.date)}</time>): {erratum.summary}
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        The text below is this release as published. <Link to={newestPath}>Read this page in the newest release</Link>.
      </p>
    </aside>
  );
}
