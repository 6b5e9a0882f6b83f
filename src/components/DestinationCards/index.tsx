import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { REPORT_ITEM_BASES, type Destination, type ReportChecklist } from '@site/src/schema/destinations';
import { destinationKindLabel, reportItemBasisLabel } from '@site/src/components/labels';
import CitationList from '@site/src/components/CitationList';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

/**
 * What makes a report actionable at one destination: each item with what it rests on and its
 * pinpoint source, grouped in the order of REPORT_ITEM_BASES, then what could not be confirmed.
 */
function Checklist({ id, checklist }: { id: string; checklist: ReportChecklist }): ReactNode {
  const items = [...checklist.items].sort(
    (a, b) => REPORT_ITEM_BASES.indexOf(a.basis) - REPORT_ITEM_BASES.indexOf(b.basis),
  );
  return (
    <>
      <p className={styles.label} id={`destination-${id}-checklist`}>
        <Translate id="kit.destinations.checklist">What makes a report actionable:</Translate>
      </p>
      <ul className={styles.items} aria-labelledby={`destination-${id}-checklist`}>
        {items.map((item) => (
          <li key={item.item}>
            <strong>{reportItemBasisLabel(item.basis)}:</strong> <QuotedText text={item.item} />{' '}
            <span className={styles.source}>
              (
              <a href={item.source.url} rel="noopener noreferrer">
                <QuotedText text={item.source.title} />
              </a>
              , {item.source.pinpoint};{' '}
              {translate(
                { id: 'kit.destinations.checkedOn', message: 'checked {date}' },
                { date: item.source.accessed },
              )}
              )
            </span>
          </li>
        ))}
      </ul>
      <p>
        <strong>{translate({ id: 'kit.destinations.notConfirmed', message: 'Not confirmed: ' })}</strong>
        <QuotedText text={checklist.not_confirmed} />
      </p>
    </>
  );
}

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
          {destination.report_checklist ? (
            <Checklist id={destination.id} checklist={destination.report_checklist} />
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
