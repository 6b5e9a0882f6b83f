/**
 * Where a document made on the site comes from: the kit's version (package.json, through the
 * site config's `customFields`), the docs version of the page (the unreleased docs are "next")
 * and today's date. Light, so the template toolbar and the print view can import it.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { isoToday, type Provenance } from '@site/src/lib/templates/control';

/** A docs version name as a release: Docusaurus calls the unreleased docs "current". */
export const releaseName = (versionName: string) => (versionName === 'current' ? 'next' : versionName);

export function useKitVersion(): string {
  const { siteConfig } = useDocusaurusContext();
  const version = siteConfig.customFields?.kitVersion;
  return typeof version === 'string' ? version : 'unknown';
}

/** The provenance of a document generated now from the page's version. */
export function provenanceNow(kitVersion: string, versionName: string): Provenance {
  return { kitVersion, release: releaseName(versionName), generated: isoToday() };
}
