import type { ReactNode } from 'react';
import type { JurisdictionRecord } from '@site/src/schema/jurisdictions-data';
import { SourceLinks } from '@site/src/components/PageSources';
import styles from './styles.module.css';

/** The legal overview table, rendered from the page's own `_data/jurisdictions.yaml`. */
export default function JurisdictionTable({ records }: { records: readonly JurisdictionRecord[] }): ReactNode {
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>Main reporting duty by jurisdiction</caption>
        <thead>
          <tr>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Main duty</th>
            <th scope="col">Report to</th>
            <th scope="col">Status</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.code} id={`jurisdiction-${record.code.toLowerCase()}`}>
              <th scope="row">{record.name}</th>
              <td>{record.duty}</td>
              <td>{record.report_to}</td>
              <td>
                {record.status} <span className={styles.asOf}>(as of {record.as_of})</span>
              </td>
              <td>
                <SourceLinks sources={record.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
