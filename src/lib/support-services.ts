/**
 * Picking support services for a page: by need and by jurisdiction, in a stable order (the
 * jurisdictions in the kit's order, services open to anyone anywhere last).
 */
import { JURISDICTION_CODES, JURISDICTIONS, type JurisdictionCode } from '../schema/jurisdiction';
import type { SupportNeed, SupportService } from '../schema/support-services';

export interface ServiceGroup {
  jurisdiction: JurisdictionCode;
  /** "United Kingdom", or "Anywhere" for INTL. */
  name: string;
  services: SupportService[];
}

/** The services that meet `need` (every service when none is given), grouped by jurisdiction. */
export function groupSupportServices(services: readonly SupportService[], need?: SupportNeed): ServiceGroup[] {
  const chosen = need ? services.filter((service) => service.needs.includes(need)) : [...services];
  return JURISDICTION_CODES.map((jurisdiction) => ({
    jurisdiction,
    name: jurisdiction === 'INTL' ? 'Anywhere' : (JURISDICTIONS[jurisdiction] ?? jurisdiction),
    services: chosen.filter((service) => service.jurisdictions.includes(jurisdiction)),
  })).filter((group) => group.services.length > 0);
}

/**
 * The services for `need` that a template's text does not name inside the `<When jurisdiction>`
 * block of each of their jurisdictions (INTL services anywhere in the text), as
 * "Childline (UK)". A template names a service by its name and its URL (line breaks count as spaces).
 */
export function servicesMissingFromTemplate(
  text: string,
  services: readonly SupportService[],
  need: SupportNeed,
): string[] {
  const flat = (value: string) => value.replace(/\s+/g, ' ');
  const blocks = new Map<string, string>();
  for (const match of text.matchAll(/<When jurisdiction="([A-Z]+)">([\s\S]*?)<\/When>/g)) {
    blocks.set(match[1]!, `${blocks.get(match[1]!) ?? ''}${flat(match[2]!)}`);
  }
  return groupSupportServices(services, need).flatMap((group) => {
    const where = group.jurisdiction === 'INTL' ? flat(text) : (blocks.get(group.jurisdiction) ?? '');
    return group.services
      .filter((service) => !where.includes(service.name) || !where.includes(service.url))
      .map((service) => `${service.name} (${group.jurisdiction})`);
  });
}
