import type { ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import { JURISDICTIONS } from '@site/src/schema/jurisdiction';
import type { Obligation, ReachFactor } from '@site/src/schema/obligations';
import { routingTable } from '@site/src/lib/routing';
import DataTable from '@site/src/components/DataTable';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

const FACTOR_LABELS: Record<ReachFactor, string> = {
  established: 'You are established there',
  users: 'Your users are there',
  hosted: 'The content is hosted there',
};

/** The routing table in full: every reporting duty and connecting factor in the data, and what follows. */
export default function RoutingTable({
  obligations,
  destinations,
}: {
  obligations: readonly Obligation[];
  destinations: readonly Destination[];
}): ReactNode {
  const rows = routingTable({ obligations, destinations });
  return (
    <DataTable
      caption="Routing table: which connection to a jurisdiction brings which reporting duty"
      columns={['Jurisdiction', 'Connection', 'Result', 'Report to', 'Why']}
      className={styles.table}
    >
      {rows.map((row) => (
        <tr key={`${row.obligation.id}|${row.factor}`}>
          <th scope="row">{JURISDICTIONS[row.jurisdiction]}</th>
          <td>
            {FACTOR_LABELS[row.factor]}
            {row.unlessEstablished ? <span className={styles.small}> (and you are not established there)</span> : null}
          </td>
          <td>{row.tier === 'must' ? 'You must report' : 'Check with counsel'}</td>
          <td>{row.destination.name}</td>
          <td>
            <QuotedText text={row.why} /> <span className={styles.small}>({row.obligation.instrument})</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
