import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { groupsForPlaces, groupSupportServices } from '@site/src/lib/support-services';
import { joinAnd } from '@site/src/lib/templates/format';
import { useProfileValues } from '@site/src/services/ProfileStore';
import type { SupportNeed, SupportService } from '@site/src/schema/support-services';
import { audienceLabel, needLabel } from '@site/src/components/labels';
import CitationList from '@site/src/components/CitationList';
import DataTable from '@site/src/components/DataTable';

/** The places of the saved profile: where it has users and where it is established. */
function profilePlaces(values: ReturnType<typeof useProfileValues>): string[] {
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return [...new Set([...list(values?.users_in), ...list(values?.established_in)])];
}

/**
 * The support services for one need (or all), from `docs/policies/_data/support-services.yaml`, as
 * one table grouped by jurisdiction, each with its contact and the operator's page it was read on.
 * With a saved profile, only the jurisdictions of its places and the services open to anyone
 * anywhere; without one, every jurisdiction.
 */
export default function SupportServices({
  services,
  need,
}: {
  services: readonly SupportService[];
  need?: SupportNeed;
}): ReactNode {
  const places = profilePlaces(useProfileValues());
  const lang = useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
  const groups = groupsForPlaces(groupSupportServices(services, need), places);
  const title = need
    ? translate(
        { id: 'kit.support.captionFor', message: 'Support services: {need}' },
        { need: needLabel(need).toLowerCase() },
      )
    : translate({ id: 'kit.support.caption', message: 'Support services' });
  const caption =
    places.length > 0
      ? translate(
          {
            id: 'kit.support.captionPlaces',
            message: '{title}, for the places in your profile ({places}) and anywhere',
          },
          { title, places: joinAnd(places, lang) },
        )
      : translate(
          { id: 'kit.support.captionEverywhere', message: '{title}, in every place the kit covers' },
          { title },
        );
  return (
    <DataTable
      caption={caption}
      columns={[
        translate({ id: 'kit.support.service', message: 'Service' }),
        translate({ id: 'kit.support.where', message: 'Where' }),
        translate({ id: 'kit.support.for', message: 'For' }),
        translate({ id: 'kit.support.how', message: 'How to reach it' }),
        translate({ id: 'kit.support.source', message: 'Source' }),
      ]}
    >
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
              {audienceLabel(service.audience)}. {service.summary}
            </td>
            <td>{service.contact ?? translate({ id: 'kit.support.website', message: 'Through the website' })}</td>
            <td>
              <CitationList sources={service.sources} />
            </td>
          </tr>
        )),
      )}
    </DataTable>
  );
}
