import type { ReactNode } from 'react';
import { groupSupportServices } from '@site/src/lib/support-services';
import {
  SUPPORT_AUDIENCE_LABELS,
  SUPPORT_NEED_LABELS,
  type SupportNeed,
  type SupportService,
} from '@site/src/schema/support-services';
import CitationList from '@site/src/components/CitationList';
import DataTable from '@site/src/components/DataTable';

/**
 * The support services for one need (or all), from `docs/policies/_data/support-services.yaml`, as
 * one table grouped by jurisdiction, each with its contact and the operator's page it was read on.
 */
export default function SupportServices({
  services,
  need,
}: {
  services: readonly SupportService[];
  need?: SupportNeed;
}): ReactNode {
  const groups = groupSupportServices(services, need);
  const caption = need ? `Support services: ${SUPPORT_NEED_LABELS[need].toLowerCase()}` : 'Support services';
  return (
    <DataTable caption={caption} columns={['Service', 'Where', 'For', 'How to reach it', 'Source']}>
      {groups.flatMap((group) =>
        group.services.map((service) => (
          <tr key={`${group.jurisdiction}-${service.id}`}>
            <th scope="row">
              <a href={service.url}>{service.name}</a>
              <br />
              <small>{service.operator}</small>
            </th>
            <td>{group.name}</td>
            <td>
              {SUPPORT_AUDIENCE_LABELS[service.audience]}. {service.summary}
            </td>
            <td>{service.contact ?? 'Through the website'}</td>
            <td>
              <CitationList sources={service.sources} />
            </td>
          </tr>
        )),
      )}
    </DataTable>
  );
}
