import type { ReactNode } from 'react';
import type { JurisdictionRecord } from '@site/src/schema/jurisdictions-data';
import { SourceLinks } from '@site/src/components/PageSources';
import styles from './styles.module.css';

/**
 * The legal overview, rendered from the page's own `_data/jurisdictions.yaml`: one card per
 * jurisdiction (a wide five-column table was unreadable on a phone).
 */
export default function JurisdictionTable({ records }: { records: readonly JurisdictionRecord[] }): ReactNode {
  return (
    <div className={styles.list}>
      {records.map((record) => (
        <section
          key={record.code}
          id={`jurisdiction-${record.code.toLowerCase()}`}
          className={styles.card}
          aria-labelledby={`jurisdiction-${record.code.toLowerCase()}-name`}
        >
          <h3 id={`jurisdiction-${record.code.toLowerCase()}-name`} className={styles.name}>
            {record.name}
          </h3>
          <dl className={styles.facts}>
            <dt>Main duty</dt>
            <dd>{record.duty}</dd>
            <dt>Report to</dt>
            <dd data-field="report_to">{record.report_to}</dd>
            <dt>Status</dt>
            <dd>
              {record.status} <span className={styles.asOf}>(as of {record.as_of})</span>
            </dd>
            <dt>Sources</dt>
            <dd>
              <SourceLinks sources={record.sources} />
            </dd>
          </dl>
        </section>
      ))}
    </div>
  );
}
