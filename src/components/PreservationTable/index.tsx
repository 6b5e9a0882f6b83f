import type { ReactNode } from 'react';
import { JURISDICTION_CODES, JURISDICTIONS } from '@site/src/schema/jurisdiction';
import type { Obligation } from '@site/src/schema/obligations';
import DataTable from '@site/src/components/DataTable';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

/**
 * How long to keep what, per jurisdiction: every duty in `_data/obligations.yaml` with a `preserve`
 * field. A jurisdiction with none says so, rather than leaving a silent gap.
 */
export default function PreservationTable({ obligations }: { obligations: readonly Obligation[] }): ReactNode {
  return (
    <DataTable
      caption="Preservation periods set by law, from the kit's legal data"
      columns={['Jurisdiction', 'How long', 'What', 'Starts when', 'Law']}
      className={styles.table}
    >
      {JURISDICTION_CODES.filter((code) => code !== 'INTL').flatMap((code) => {
        const rows = obligations.filter((obligation) => obligation.jurisdiction === code && obligation.preserve);
        if (rows.length === 0) {
          return [
            <tr key={code}>
              <th scope="row">{JURISDICTIONS[code]}</th>
              <td colSpan={4}>
                No preservation period is recorded in the kit's data. See the guide for this jurisdiction.
              </td>
            </tr>,
          ];
        }
        return rows.map((obligation) => (
          <tr key={obligation.id}>
            <th scope="row">{JURISDICTIONS[code]}</th>
            <td>{obligation.preserve!.period}</td>
            <td>
              <QuotedText text={obligation.preserve!.what} />
            </td>
            <td>
              <QuotedText text={obligation.trigger} />
            </td>
            <td>{obligation.preserve!.instrument}</td>
          </tr>
        ));
      })}
    </DataTable>
  );
}
