import type { ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import { JURISDICTIONS, type JurisdictionCode } from '@site/src/schema/jurisdiction';
import { DUTY_KIND_LABELS, STATUS_LABELS, type Obligation } from '@site/src/schema/obligations';
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
  const caption = `Duties in ${JURISDICTIONS[jurisdiction]}, from the kit's legal data`;
  return (
    <DataTable
      caption={caption}
      columns={['Duty', 'What you must do', 'Report to, and by when']}
      className={styles.table}
    >
      {rows.map((obligation) => (
        <tr key={obligation.id}>
          <th scope="row">
            <a href={`#duty-${obligation.id}`}>{obligation.title}</a>
            <span className={styles.instrument}>{obligation.instrument}</span>
            <span className={styles.instrument}>
              {obligation.kind ? `${DUTY_KIND_LABELS[obligation.kind]}. ` : ''}
              <span className={styles.status}>{STATUS_LABELS[obligation.status]}</span>
              {obligation.effective ? (
                <>
                  {' '}
                  from <time dateTime={obligation.effective}>{obligation.effective}</time>
                </>
              ) : null}
              , as of <time dateTime={obligation.as_of}>{obligation.as_of}</time>
            </span>
            {obligation.exempt ? (
              <span className={styles.instrument}>
                Not for: {obligation.exempt.size_bands.join(' and ')} enterprises
              </span>
            ) : null}
            {obligation.follows ? (
              <span className={styles.instrument}>
                Follows: {obligations.find((other) => other.id === obligation.follows)?.title ?? obligation.follows}
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
              <p className={styles.cell}>Not a reporting duty</p>
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
