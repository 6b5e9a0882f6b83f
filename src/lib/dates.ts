/** Dates as the kit writes them in prose: the same in every browser and at build time (no locale APIs), in English or French. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/**
 * "30 November 2026" for "2026-11-30": the form the kit uses for "as of" dates and change notes;
 * in French (`locale` fr) "30 novembre 2026", and "1er" for the first of the month.
 */
export function formatLongDate(isoDate: string, locale = 'en'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (locale === 'fr') return `${day === 1 ? '1er' : day} ${MOIS[(month ?? 1) - 1]} ${year}`;
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
