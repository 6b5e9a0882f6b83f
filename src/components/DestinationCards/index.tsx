import type { ReactNode } from 'react';
import { DESTINATION_KIND_LABELS, type Destination } from '@site/src/schema/destinations';
import CitationList from '@site/src/components/CitationList';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

/** Where reports go, one card per destination in `ids` order, rendered from `_data/destinations.yaml`. */
export default function DestinationCards({
  destinations,
  ids,
}: {
  destinations: readonly Destination[];
  ids: readonly string[];
}): ReactNode {
  const selected = ids
    .map((id) => destinations.find((destination) => destination.id === id))
    .filter((found): found is Destination => found !== undefined);
  return (
    <div className={styles.list}>
      {selected.map((destination) => (
        <section
          key={destination.id}
          id={`destination-${destination.id}`}
          className={styles.card}
          aria-labelledby={`destination-${destination.id}-title`}
        >
          <h3 id={`destination-${destination.id}-title`} className={styles.title}>
            {destination.name}
          </h3>
          <p className={styles.meta}>
            {destination.operator}. {DESTINATION_KIND_LABELS[destination.kind]}.
          </p>
          <p>
            {destination.url ? (
              <>
                Official page:{' '}
                <a href={destination.url} rel="noopener noreferrer">
                  {destination.url}
                </a>
              </>
            ) : (
              <>We could not confirm an official address to link to; see the notes below.</>
            )}
          </p>
          <p className={styles.label}>It accepts:</p>
          <ul className={styles.items}>
            {destination.accepts.map((item) => (
              <li key={item}>
                <QuotedText text={item} />
              </li>
            ))}
          </ul>
          <p className={styles.label}>How to report:</p>
          <p>
            <QuotedText text={destination.how} />
          </p>
          {destination.notes ? (
            <p>
              <strong>Notes: </strong>
              <QuotedText text={destination.notes} />
            </p>
          ) : null}
          <p className={styles.label}>Sources:</p>
          <CitationList sources={destination.sources} />
        </section>
      ))}
    </div>
  );
}
