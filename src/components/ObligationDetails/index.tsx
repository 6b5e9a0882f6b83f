import type { ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import type { JurisdictionCode } from '@site/src/schema/jurisdiction';
import { STATUS_LABELS, type Obligation } from '@site/src/schema/obligations';
import CitationList from '@site/src/components/CitationList';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

export interface ObligationDetailsProps {
  obligations: readonly Obligation[];
  destinations: readonly Destination[];
  /** Show every duty of this jurisdiction… */
  jurisdiction?: JurisdictionCode;
  /** …or just these duties, in this order. */
  ids?: readonly string[];
}

function Items({ items }: { items: readonly string[] }): ReactNode {
  return (
    <ul className={styles.items}>
      {items.map((item) => (
        <li key={item}>
          <QuotedText text={item} />
        </li>
      ))}
    </ul>
  );
}

/** The full record of each duty, field by field, with its citations: rendered from `_data/obligations.yaml`. */
export default function ObligationDetails({
  obligations,
  destinations,
  jurisdiction,
  ids,
}: ObligationDetailsProps): ReactNode {
  const selected = ids
    ? ids
        .map((id) => obligations.find((obligation) => obligation.id === id))
        .filter((found): found is Obligation => found !== undefined)
    : obligations.filter((obligation) => obligation.jurisdiction === jurisdiction);
  return (
    <div className={styles.list}>
      {selected.map((obligation) => {
        const destination = destinations.find((candidate) => candidate.id === obligation.report_to);
        return (
          <section
            key={obligation.id}
            id={`duty-${obligation.id}`}
            className={styles.card}
            aria-labelledby={`duty-${obligation.id}-title`}
          >
            <h3 id={`duty-${obligation.id}-title`} className={styles.title}>
              {obligation.title}
            </h3>
            <p className={styles.status}>
              <strong>{STATUS_LABELS[obligation.status]}</strong>, as of{' '}
              <time dateTime={obligation.as_of}>{obligation.as_of}</time>. {obligation.instrument}.
            </p>
            <dl className={styles.fields}>
              <dt>Applies to</dt>
              <dd>
                <QuotedText text={obligation.applies_to} />
              </dd>
              <dt>What triggers it</dt>
              <dd>
                <QuotedText text={obligation.trigger} />
              </dd>
              <dt>What you must do</dt>
              <dd>
                <Items items={obligation.must_do} />
              </dd>
              {destination ? (
                <>
                  <dt>Report to</dt>
                  <dd>
                    {destination.url ? (
                      <a href={destination.url} rel="noopener noreferrer">
                        {destination.name}
                      </a>
                    ) : (
                      destination.name
                    )}{' '}
                    ({destination.operator})
                  </dd>
                </>
              ) : null}
              {obligation.deadline ? (
                <>
                  <dt>By when</dt>
                  <dd>
                    <QuotedText text={obligation.deadline} />
                  </dd>
                </>
              ) : null}
              {obligation.include?.length ? (
                <>
                  <dt>What to include</dt>
                  <dd>
                    <Items items={obligation.include} />
                  </dd>
                </>
              ) : null}
              {obligation.preserve ? (
                <>
                  <dt>What to preserve, and for how long</dt>
                  <dd>
                    {obligation.preserve.period}: {obligation.preserve.what} ({obligation.preserve.instrument}).
                  </dd>
                </>
              ) : null}
              {obligation.do_not?.length ? (
                <>
                  <dt>What not to do</dt>
                  <dd>
                    <Items items={obligation.do_not} />
                  </dd>
                </>
              ) : null}
              {obligation.penalties ? (
                <>
                  <dt>Penalties</dt>
                  <dd>
                    <QuotedText text={obligation.penalties} />
                  </dd>
                </>
              ) : null}
              {obligation.exempt ? (
                <>
                  <dt>Size exemption</dt>
                  <dd>
                    Not for {obligation.exempt.size_bands.join(' and ')} enterprises.{' '}
                    <QuotedText text={obligation.exempt.why} />
                  </dd>
                </>
              ) : null}
              {obligation.features ? (
                <>
                  <dt>Features that bring it into play</dt>
                  <dd>
                    <QuotedText text={obligation.features.why} />
                  </dd>
                </>
              ) : null}
              {obligation.notes ? (
                <>
                  <dt>Notes</dt>
                  <dd>
                    <QuotedText text={obligation.notes} />
                  </dd>
                </>
              ) : null}
              <dt>Sources</dt>
              <dd>
                <CitationList sources={obligation.citations} />
              </dd>
            </dl>
          </section>
        );
      })}
    </div>
  );
}
