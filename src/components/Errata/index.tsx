import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
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
  const { currentLocale } = useDocusaurusContext().i18n;
  if (errata.length === 0) return null;
  const newest = (
    <Link to={newestPath}>
      {translate({ id: 'kit.errata.readNewest', message: 'Read this page in the newest release' })}
    </Link>
  );
  return (
    <aside className={styles.box} aria-labelledby="errata-heading">
      <p id="errata-heading" className={styles.heading}>
        <Translate id="kit.errata.heading">Later releases corrected this page</Translate>
      </p>
      <ul className={styles.list}>
        {errata.map((erratum) => (
          <li key={`${erratum.release}|${erratum.summary}`}>
            <strong>
              {translate(
                { id: 'kit.errata.correctedIn', message: 'Corrected in {release}' },
                { release: erratum.release },
              )}
            </strong>{' '}
            (<time dateTime={erratum.date}>{formatLongDate(erratum.date, currentLocale)}</time>): {erratum.summary}
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        <Translate id="kit.errata.asPublished" values={{ newest }}>
          {'The text below is this release as published. {newest}.'}
        </Translate>
      </p>
    </aside>
  );
}
