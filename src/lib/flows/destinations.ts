/**
 * The reporting destinations a `report-to-authority` node may name. This is the one list the
 * flow checks use; its ids are those of the legal section's destination records, so that it can
 * later be read from `docs/legal/_data/destinations.yaml` instead of being kept here.
 */
import type { JurisdictionCode } from '../../schema/jurisdiction';

export interface KnownDestination {
  /** Short name for the diagram and the step table. */
  name: string;
  jurisdiction: JurisdictionCode;
}

export const KNOWN_DESTINATIONS: Readonly<Record<string, KnownDestination>> = {
  'ncmec-cybertipline': { name: "NCMEC's CyberTipline", jurisdiction: 'US' },
  'uk-nca': { name: 'National Crime Agency', jurisdiction: 'UK' },
  'cybertip-ca': { name: 'Cybertip.ca (Canadian Centre for Child Protection)', jurisdiction: 'CA' },
  'ca-police-notification': { name: 'Police in Canada (written notification)', jurisdiction: 'CA' },
  'au-accce': { name: 'Australian Federal Police, through the ACCCE', jurisdiction: 'AU' },
  'eu-member-state-law-enforcement': { name: 'Police of the EU Member State concerned', jurisdiction: 'EU' },
  'emergency-services': { name: 'Emergency services or the police you can reach', jurisdiction: 'INTL' },
};

/**
 * Destinations that reach emergency services or the police at once, for a child who may be in
 * immediate danger. A report to a hotline or an agency (the CyberTipline, Cybertip.ca, the NCA)
 * is not an emergency call, even when it is made the same day.
 */
export const EMERGENCY_DESTINATION_IDS: readonly string[] = ['emergency-services'];

export const KNOWN_DESTINATION_IDS: readonly string[] = Object.keys(KNOWN_DESTINATIONS);

export function isKnownDestination(id: string): boolean {
  return Object.hasOwn(KNOWN_DESTINATIONS, id);
}

/** "NCMEC's CyberTipline (US)" for an id; the id itself when unknown. */
export function destinationLabel(id: string): string {
  const destination = KNOWN_DESTINATIONS[id];
  if (!destination) return id;
  return destination.jurisdiction === 'INTL' ? destination.name : `${destination.name} (${destination.jurisdiction})`;
}
