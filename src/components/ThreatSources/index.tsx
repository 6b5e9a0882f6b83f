import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import type { Threat } from '@site/src/schema/threats';
import { threatSources } from '@site/src/lib/threat-sources';
import DataTable from '@site/src/components/DataTable';
import styles from './styles.module.css';

/**
 * Every source the threats cite, once per URL, rendered from `_data/threats.yaml`: its title (which
 * states the edition or date, or says the copy was undated), when we read it, and the threats that
 * cite it, each linking to its section on the landscape page (ThreatList's `h2 id`).
 */
export default function ThreatSources({ threats }: { threats: readonly Threat[] }): ReactNode {
  return (
    <DataTable
      caption={translate({
        id: 'kit.threatSources.caption',
        message: 'Sources for the threat landscape, with the edition or date we rely on',
      })}
      columns={[
        translate({ id: 'kit.threatSources.source', message: 'Source, with its edition or date' }),
        translate({ id: 'kit.threatSources.accessed', message: 'Accessed' }),
        translate({ id: 'kit.threatSources.citedFor', message: 'Cited for' }),
      ]}
      className={styles.table}
    >
      {threatSources(threats).map((source) => (
        <tr key={source.url}>
          <th scope="row">
            <a href={source.url}>{source.title}</a>
          </th>
          <td>
            <time dateTime={source.accessed}>{source.accessed}</time>
          </td>
          <td>
            <ul className={styles.list}>
              {source.citedBy.map((threat) => (
                <li key={threat.id}>
                  <a href={`#${threat.id}`}>{threat.name}</a>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
