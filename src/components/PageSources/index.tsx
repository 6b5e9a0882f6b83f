import type { ReactNode } from 'react';
import type { Source } from '@site/src/schema/common';
import styles from './styles.module.css';

/** A list of sources with the date each was checked; used under every page and inside data tables. */
export function SourceLinks({ sources }: { sources: readonly Source[] }): ReactNode {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={`${source.url}|${source.pinpoint ?? ''}`}>
          <a href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>
          {source.pinpoint ? `, ${source.pinpoint}` : ''}{' '}
          <span className={styles.accessed}>(checked {source.accessed})</span>
        </li>
      ))}
    </ul>
  );
}

export interface PageSourcesProps {
  lastReviewed?: string;
  reviewEveryMonths?: number;
  sources?: readonly Source[];
}

/** "Last reviewed" and "Sources" for the foot of a page, from its front matter. */
export default function PageSources({ lastReviewed, reviewEveryMonths, sources }: PageSourcesProps): ReactNode {
  if (!lastReviewed && !sources?.length) return null;
  return (
    <section className={styles.box} aria-labelledby="page-sources">
      <h2 id="page-sources" className={styles.heading}>
        Sources and review
      </h2>
      {lastReviewed ? (
        <p className={styles.review}>
          Last reviewed <time dateTime={lastReviewed}>{lastReviewed}</time>
          {reviewEveryMonths ? `; reviewed every ${reviewEveryMonths} month${reviewEveryMonths === 1 ? '' : 's'}` : ''}.
        </p>
      ) : null}
      {sources?.length ? <SourceLinks sources={sources} /> : null}
    </section>
  );
}
