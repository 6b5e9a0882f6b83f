import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import type { JurisdictionCode } from '@site/src/schema/jurisdiction';
import type { Obligation } from '@site/src/schema/obligations';
import { sizeLabel, statusLabel } from '@site/src/components/labels';
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
              <strong>{statusLabel(obligation.status)}</strong>
              {translate({ id: 'kit.obligationDetails.asOf', message: ', as of' })}{' '}
              <time dateTime={obligation.as_of}>{obligation.as_of}</time>. {obligation.instrument}.
            </p>
            <dl className={styles.fields}>
              <dt>{translate({ id: 'kit.obligationDetails.appliesTo', message: 'Applies to' })}</dt>
              <dd>
                <QuotedText text={obligation.applies_to} />
              </dd>
              <dt>{translate({ id: 'kit.obligationDetails.trigger', message: 'What triggers it' })}</dt>
              <dd>
                <QuotedText text={obligation.trigger} />
              </dd>
              <dt>{translate({ id: 'kit.obligationDetails.mustDo', message: 'What you must do' })}</dt>
              <dd>
                <Items items={obligation.must_do} />
              </dd>
              {destination ? (
                <>
                  <dt>{translate({ id: 'kit.obligationDetails.reportTo', message: 'Report to' })}</dt>
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
                  <dt>{translate({ id: 'kit.obligationDetails.deadline', message: 'By when' })}</dt>
                  <dd>
                    <QuotedText text={obligation.deadline} />
                  </dd>
                </>
              ) : null}
              {obligation.include?.length ? (
                <>
                  <dt>{translate({ id: 'kit.obligationDetails.include', message: 'What to include' })}</dt>
                  <dd>
                    <Items items={obligation.include} />
                  </dd>
                </>
              ) : null}
              {obligation.preserve ? (
                <>
                  <dt>
                    {translate({ id: 'kit.obligationDetails.preserve', message: 'What to preserve, and for how long' })}
                  </dt>
                  <dd>
                    {obligation.preserve.period}: {obligation.preserve.what} ({obligation.preserve.instrument}).
                  </dd>
                </>
              ) : null}
              {obligation.do_not?.length ? (
                <>
                  <dt>{translate({ id: 'kit.obligationDetails.doNot', message: 'What not to do' })}</dt>
                  <dd>
                    <Items items={obligation.do_not} />
                  </dd>
                </>
              ) : null}
              {obligation.penalties ? (
                <>
                  <dt>{translate({ id: 'kit.obligationDetails.penalties', message: 'Penalties' })}</dt>
                  <dd>
                    <QuotedText text={obligation.penalties} />
                  </dd>
                </>
              ) : null}
              {obligation.exempt ? (
                <>
                  <dt>{translate({ id: 'kit.obligationDetails.exempt', message: 'Size exemption' })}</dt>
                  <dd>
                    {translate(
                      { id: 'kit.obligationDetails.notFor', message: 'Not for {bands} enterprises.' },
                      {
                        bands: obligation.exempt.size_bands
                          .map(sizeLabel)
                          .join(translate({ id: 'kit.obligationDetails.and', message: ' and ' })),
                      },
                    )}{' '}
                    <QuotedText text={obligation.exempt.why} />
                  </dd>
                </>
              ) : null}
              {obligation.features ? (
                <>
                  <dt>
                    {translate({ id: 'kit.obligationDetails.features', message: 'Features that bring it into play' })}
                  </dt>
                  <dd>
                    <QuotedText text={obligation.features.why} />
                  </dd>
                </>
              ) : null}
              {obligation.notes ? (
                <>
                  <dt>{translate({ id: 'kit.obligationDetails.notes', message: 'Notes' })}</dt>
                  <dd>
                    <QuotedText text={obligation.notes} />
                  </dd>
                </>
              ) : null}
              <dt>{translate({ id: 'kit.obligationDetails.sources', message: 'Sources' })}</dt>
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
