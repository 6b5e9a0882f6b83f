/**
 * Filtering for the national hotline directory: by country, by what a hotline accepts, by language
 * and by free text. Pure, so the component stays small and the behaviour is unit-tested.
 */
import type { Hotline, HotlineAccepts } from '../schema/hotlines';
import { countryName, languageName } from './places';

export interface HotlineFilter {
  /** Free text matched against the organisation, the hotline's name and the country's name. */
  query?: string;
  /** ISO 3166-1 alpha-2, or '' for any. */
  country?: string;
  accepts?: HotlineAccepts | '';
  /** ISO 639-1, or '' for any. */
  language?: string;
}

/** Lower case, without accents, so "Osterreich" finds "Österreich" and "svarus" finds "Švarus". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The hotlines that match every filter that is set, sorted by country name then organisation. */
export function filterHotlines(hotlines: readonly Hotline[], filter: HotlineFilter): Hotline[] {
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  return hotlines
    .filter((hotline) => {
      if (filter.country && hotline.country !== filter.country) return false;
      if (filter.accepts && !hotline.accepts.includes(filter.accepts)) return false;
      if (filter.language && !hotline.languages.includes(filter.language)) return false;
      if (words.length === 0) return true;
      const haystack = fold(
        `${hotline.organisation} ${hotline.name} ${countryName(hotline.country)} ${hotline.country}`,
      );
      return words.every((word) => haystack.includes(word));
    })
    .sort(
      (a, b) =>
        countryName(a.country).localeCompare(countryName(b.country), 'en') ||
        a.organisation.localeCompare(b.organisation, 'en'),
    );
}

/** The options a filter offers: only values that occur in the data, sorted by their English name. */
export function directoryOptions(hotlines: readonly Hotline[]): { countries: string[]; languages: string[] } {
  const countries = [...new Set(hotlines.map((hotline) => hotline.country))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b), 'en'),
  );
  const languages = [...new Set(hotlines.flatMap((hotline) => hotline.languages))].sort((a, b) =>
    languageName(a).localeCompare(languageName(b), 'en'),
  );
  return { countries, languages };
}

/** "1 hotline" / "12 hotlines" with the filters in words, for the live result count. */
export function describeCount(count: number, total: number): string {
  const noun = count === 1 ? 'hotline' : 'hotlines';
  return count === total ? `Showing all ${total} ${noun}.` : `Showing ${count} of ${total} hotlines.`;
}
