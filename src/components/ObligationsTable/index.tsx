import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import { JURISDICTIONS, type JurisdictionCode } from '@site/src/schema/jurisdiction';
import type { Obligation } from '@site/src/schema/obligations';
import { dutyKindLabel, sizeLabel, statusLabel } from '@site/src/components/labels';
import DataTable from '@site/src/components/DataTable';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

export interface ObligationsTableProps {
  obligations: readonly Obligation[];
  destinations: readonly Destination[];
  jurisdiction: JurisdictionCode;
}

/**
 * The duties of one jurisdiction at a glance, rendered from `_data/obligations.yaml`: the duty and
 * its status, what to do, where and by when. The full record of each duty is in ObligationDetails.
 */
export default function ObligationsTable({
  obligations,
  destinations,
  jurisdiction,
}: ObligationsTableProps): ReactNode {
  const rows = obligations.filter((obligation) => obligation.jurisdiction === jurisdiction);
  const destinationName = (id: string | null) => destinations.find((destination) => destination.id === id)?.name;
  const caption = translate(
    { id: 'kit.obligations.caption', message: "Duties in {jurisdiction}, from the kit's legal data" },
    { jurisdiction: JURISDICTIONS[jurisdiction] ?? jurisdiction },
  );
  return (
    <DataTable
      caption={caption}
      columns={[
        translate({ id: 'kit.obligations.duty', message: 'Duty' }),
        translate({ id: 'kit.obligations.what', message: 'What you must do' }),
        translate({ id: 'kit.obligations.reportTo', message: 'Report to, and by when' }),
      ]}
      className={styles.table}
    >
      {rows.map((obligation) => (
        <tr key={obligation.id}>
          <th scope="row">
            <a href={`#duty-${obligation.id}`}>{obligation.title}</a>
            <span className={styles.instrument}>{obligation.instrument}</span>
            <span className={styles.instrument}>
              {obligation.kind ? `${dutyKindLabel(obligation.kind)}. ` : ''}
              <span className={styles.status}>{statusLabel(obligation.status)}</span>
              {obligation.effective ? (
                <>
                  {' '}
                  <Translate
                    id="kit.obligations.from"
                    values={{ date: <time dateTime={obligation.effective}>{obligation.effective}</time> }}
                  >
                    {'from {date}'}
                  </Translate>
                </>
              ) : null}
              <Translate
                id="kit.obligations.asOf"
                values={{ date: <time dateTime={obligation.as_of}>{obligation.as_of}</time> }}
              >
                {', as of {date}'}
              </Translate>
            </span>
            {obligation.exempt ? (
              <span className={styles.instrument}>
                {translate(
                  { id: 'kit.obligations.notFor', message: 'Not for: {bands} enterprises' },
                  {
                    bands: obligation.exempt.size_bands
                      .map(sizeLabel)
                      .join(translate({ id: 'kit.obligationDetails.and', message: ' and ' })),
                  },
                )}
              </span>
            ) : null}
            {obligation.follows ? (
              <span className={styles.instrument}>
                {translate(
                  { id: 'kit.obligations.follows', message: 'Follows: {duty}' },
                  {
                    duty: obligations.find((other) => other.id === obligation.follows)?.title ?? obligation.follows,
                  },
                )}
              </span>
            ) : null}
          </th>
          <td>
            <ul className={styles.list}>
              {obligation.must_do.map((item) => (
                <li key={item}>
                  <QuotedText text={item} />
                </li>
              ))}
            </ul>
          </td>
          <td>
            {obligation.report_to ? (
              <p className={styles.cell}>{destinationName(obligation.report_to)}</p>
            ) : (
              <p className={styles.cell}>
                <Translate id="kit.obligations.notReporting">Not a reporting duty</Translate>
              </p>
            )}
            {obligation.deadline ? (
              <p className={styles.cell}>
                <QuotedText text={obligation.deadline} />
              </p>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
