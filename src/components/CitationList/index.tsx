import type { ReactNode } from 'react';
import type { CitedSource } from '@site/src/schema/legal-common';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

/** Sources of a data record, with pinpoint, the date checked, and a plain mark on secondary sources. */
export default function CitationList({ sources }: { sources: readonly CitedSource[] }): ReactNode {
  return (
    <ul className={styles.list}>
      {sources.map((source) => (
        <li key={`${source.url}|${source.pinpoint ?? ''}`}>
          <a href={source.url} rel="noopener noreferrer">
            <QuotedText text={source.title} />
          </a>
          {source.pinpoint ? `, ${source.pinpoint}` : ''}{' '}
          <span className={styles.meta}>(checked {source.accessed})</span>
          {source.secondary ? <span className={styles.secondary}> Secondary source: context only.</span> : null}
        </li>
      ))}
    </ul>
  );
}
