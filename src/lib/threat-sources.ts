/**
 * The sources behind the threats, one entry per URL: the threats cite many of the same pages, and
 * the landscape page lists each page once with the threats that cite it. Pure, so the component
 * stays small and the content tests check the data the table is built from.
 */
import type { Threat } from '../schema/threats';

export interface ThreatSource {
  url: string;
  /** The title as the data gives it; it states the edition or date, or says the copy was undated. */
  title: string;
  accessed: string;
  /** The threats that cite this URL, in the order of the data. */
  citedBy: { id: string; name: string }[];
}

/**
 * Every distinct source URL the threats cite, with its title and accessed date (from its first
 * citation), and the threats that cite it; sorted by title, so one organisation's sources stand
 * together.
 */
export function threatSources(threats: readonly Threat[]): ThreatSource[] {
  const byUrl = new Map<string, ThreatSource>();
  for (const threat of threats) {
    for (const source of threat.sources) {
      const entry = byUrl.get(source.url) ?? {
        url: source.url,
        title: source.title,
        accessed: source.accessed,
        citedBy: [],
      };
      if (!entry.citedBy.some((cited) => cited.id === threat.id))
        entry.citedBy.push({ id: threat.id, name: threat.name });
      byUrl.set(source.url, entry);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.url.localeCompare(b.url, 'en'));
}

/**
 * Where two threats cite the same URL with a different title or accessed date: the table shows one
 * row per URL, so the data must agree on what that page is and when it was read.
 */
export function sourceDisagreements(threats: readonly Threat[]): string[] {
  const first = new Map<string, { threat: string; title: string; accessed: string }>();
  const problems: string[] = [];
  for (const threat of threats) {
    for (const source of threat.sources) {
      const seen = first.get(source.url);
      if (!seen) {
        first.set(source.url, { threat: threat.id, title: source.title, accessed: source.accessed });
        continue;
      }
      if (seen.title !== source.title) {
        problems.push(
          `${source.url}: ${seen.threat} calls it "${seen.title}", ${threat.id} calls it "${source.title}"; use one title`,
        );
      }
      if (seen.accessed !== source.accessed) {
        problems.push(
          `${source.url}: ${seen.threat} read it on ${seen.accessed}, ${threat.id} on ${source.accessed}; use one accessed date`,
        );
      }
    }
  }
  return problems;
}
