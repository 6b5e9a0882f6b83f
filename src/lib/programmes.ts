/**
 * Filtering the hash-sharing programmes: pure functions shared by the comparison table, its
 * query-string links (e.g. from "Choosing where to start") and the tests. No React, no Docusaurus.
 */
import { formatLongDate } from './dates';
import type { Programme } from '../schema/programmes';
import {
  COST_MODELS,
  INTEGRATION_EFFORTS,
  OUTSIDE_US,
  PROGRAMME_KINDS,
  type CostModel,
  type IntegrationEffort,
  type OutsideUs,
  type ProgrammeKind,
} from '../schema/programme-values';

/** One value per filter; `undefined` means "any". */
export interface ProgrammeFilters {
  kind?: ProgrammeKind;
  outsideUs?: OutsideUs;
  cost?: CostModel;
  effort?: IntegrationEffort;
}

/** The fields a filter reads, so tests and callers need not build whole records. */
export type Filterable = Pick<Programme, 'kind' | 'cost_model' | 'integration_effort'> & {
  eligibility: Pick<Programme['eligibility'], 'outside_us'>;
};

export function matchesFilters(programme: Filterable, filters: ProgrammeFilters): boolean {
  return (
    (filters.kind === undefined || programme.kind === filters.kind) &&
    (filters.outsideUs === undefined || programme.eligibility.outside_us === filters.outsideUs) &&
    (filters.cost === undefined || programme.cost_model === filters.cost) &&
    (filters.effort === undefined || programme.integration_effort === filters.effort)
  );
}

/** The programmes that pass every filter, in their original order. */
export function filterProgrammes<T extends Filterable>(programmes: readonly T[], filters: ProgrammeFilters): T[] {
  return programmes.filter((programme) => matchesFilters(programme, filters));
}

/** How the result count reads, in one language: the site passes its translated sentences. */
export interface ResultSummaryText {
  none: (total: number) => string;
  all: (total: number) => string;
  some: (shown: number, total: number) => string;
}

/** The English sentences, for the tests and any caller without a translation. */
export const RESULT_SUMMARY_EN: ResultSummaryText = {
  none: (total) => `No programme matches these filters (0 of ${total}).`,
  all: (total) => `Showing all ${total} programmes.`,
  some: (shown, total) => `Showing ${shown} of ${total} programme${total === 1 ? '' : 's'}.`,
};

/** "Showing 3 of 13 programmes", for the live region under the filters, in the language of `text`. */
export function resultSummary(shown: number, total: number, text: ResultSummaryText = RESULT_SUMMARY_EN): string {
  if (shown === 0) return text.none(total);
  if (shown === total) return text.all(total);
  return text.some(shown, total);
}

/** Each filter: its query-string key, its label, and the options in display order. */
export const FILTERS = [
  { key: 'kind', param: 'kind', label: 'Kind of programme', options: PROGRAMME_KINDS },
  { key: 'outsideUs', param: 'outside-us', label: 'Open to companies outside the US', options: OUTSIDE_US },
  { key: 'cost', param: 'cost', label: 'Cost', options: COST_MODELS },
  { key: 'effort', param: 'effort', label: 'Integration effort', options: INTEGRATION_EFFORTS },
] as const satisfies readonly {
  key: keyof ProgrammeFilters;
  param: string;
  label: string;
  options: Record<string, string>;
}[];

/** Read filters from a query string such as `?cost=free&effort=low`; unknown values are ignored. */
export function filtersFromSearch(search: string): ProgrammeFilters {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const filter of FILTERS) {
    const value = params.get(filter.param);
    if (value !== null && Object.hasOwn(filter.options, value)) filters[filter.key] = value;
  }
  return filters as ProgrammeFilters;
}

/**
 * Write filters into a query string, keeping any other parameters. Returns `''` or `?…`, ready to
 * append to a path.
 */
export function searchFromFilters(filters: ProgrammeFilters, existing = ''): string {
  const params = new URLSearchParams(existing);
  for (const filter of FILTERS) {
    const value = filters[filter.key];
    if (value === undefined) params.delete(filter.param);
    else params.set(filter.param, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The parts of a programme's page, each rendered from the record by `<ProgrammeFacts part=…>`, in page order. */
export const PROGRAMME_PARTS = [
  'summary',
  'eligibility',
  'apply',
  'agreements',
  'prerequisites',
  'receive',
  'must-still',
  'duties',
  'not-confirmed',
  'sources',
] as const;

export type ProgrammePart = (typeof PROGRAMME_PARTS)[number];

/** The doc id of a programme's page: one page per record, named after its id. */
export function programmeDocId(id: string): string {
  return `hash-sharing/programmes/${id}`;
}

/** The record with this id; throws (failing the build) when a page names a programme that does not exist. */
export function findProgramme<T extends { id: string }>(programmes: readonly T[], id: string): T {
  const found = programmes.find((programme) => programme.id === id);
  if (!found) {
    throw new Error(
      `No programme with id "${id}" in programmes.yaml; use one of ${programmes.map((p) => p.id).join(', ')}`,
    );
  }
  return found;
}

/** The latest date on which a record's sources were checked: what "as of" means for that record. */
export function asOfDate(programme: Pick<Programme, 'sources'>): string {
  const latest = programme.sources
    .map((source) => source.accessed)
    .sort()
    .at(-1);
  return latest ? formatLongDate(latest) : 'an unknown date';
}
