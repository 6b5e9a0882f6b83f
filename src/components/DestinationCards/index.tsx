import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import { destinationKindLabel } from '@site/src/components/labels';
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
            {destination.operator}. {destinationKindLabel(destination.kind)}.
          </p>
          <p>
            {destination.url ? (
              <>
                {translate({ id: 'kit.destinations.officialPage', message: 'Official page:' })}{' '}
                <a href={destination.url} rel="noopener noreferrer">
                  {destination.url}
                </a>
              </>
            ) : (
              <Translate id="kit.destinations.noAddress">
                We could not confirm an official address to link to; see the notes below.
              </Translate>
            )}
          </p>
          <p className={styles.label}>
            <Translate id="kit.destinations.accepts">It accepts:</Translate>
          </p>
          <ul className={styles.items}>
            {destination.accepts.map((item) => (
              <li key={item}>
                <QuotedText text={item} />
              </li>
            ))}
          </ul>
          <p className={styles.label}>
            <Translate id="kit.destinations.how">How to report:</Translate>
          </p>
          <p>
            <QuotedText text={destination.how} />
          </p>
          {destination.notes ? (
            <p>
              <strong>{translate({ id: 'kit.destinations.notes', message: 'Notes: ' })}</strong>
              <QuotedText text={destination.notes} />
            </p>
          ) : null}
          <p className={styles.label}>
            <Translate id="kit.destinations.sources">Sources:</Translate>
          </p>
          <CitationList sources={destination.sources} />
        </section>
      ))}
    </div>
  );
}
