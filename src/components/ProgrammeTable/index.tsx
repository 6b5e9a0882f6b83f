import Translate, { translate } from '@docusaurus/Translate';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import DataTable from '@site/src/components/DataTable';
import { useProgrammeHref } from '@site/src/components/ProgrammeFacts';
import { answerLabel, costLabel, effortLabel, programmeKindLabel } from '@site/src/components/labels';
import type { CostModel, IntegrationEffort, OutsideUs, ProgrammeKind } from '@site/src/schema/programme-values';
import {
  FILTERS,
  filterProgrammes,
  filtersFromSearch,
  resultSummary,
  searchFromFilters,
  type ProgrammeFilters,
  type ResultSummaryText,
} from '@site/src/lib/programmes';
import type { Programme } from '@site/src/schema/programmes';
import filterStyles from '@site/src/css/filters.module.css';
import styles from './styles.module.css';

/** The result count in the page's language. */
const SUMMARY_TEXT: ResultSummaryText = {
  none: (total) =>
    translate(
      { id: 'kit.programmes.countNone', message: 'No programme matches these filters (0 of {total}).' },
      { total },
    ),
  all: (total) => translate({ id: 'kit.programmes.countAll', message: 'Showing all {total} programmes.' }, { total }),
  some: (shown, total) =>
    translate({ id: 'kit.programmes.countSome', message: 'Showing {shown} of {total} programmes.' }, { shown, total }),
};

/** Each filter's label and option labels in the page's language (FILTERS keeps the English). */
const FILTER_TEXT: Record<(typeof FILTERS)[number]['key'], { label: () => string; option: (value: string) => string }> =
  {
    kind: {
      label: () => translate({ id: 'kit.programmes.filterKind', message: 'Kind of programme' }),
      option: (value) => programmeKindLabel(value as ProgrammeKind),
    },
    outsideUs: {
      label: () => translate({ id: 'kit.programmes.outsideUs', message: 'Open to companies outside the US' }),
      option: (value) => answerLabel(value as OutsideUs),
    },
    cost: {
      label: () => translate({ id: 'kit.programmes.cost', message: 'Cost' }),
      option: (value) => costLabel(value as CostModel),
    },
    effort: {
      label: () => translate({ id: 'kit.programmes.effort', message: 'Integration effort' }),
      option: (value) => effortLabel(value as IntegrationEffort),
    },
  };

/**
 * The comparison table of hash-sharing programmes, rendered from `_data/programmes.yaml`, with four
 * filters. Native selects and a button only, so it works with the keyboard alone; the number of
 * rows shown is announced through a polite live region; the filters are kept in the address so a
 * filtered view can be linked to.
 */
export default function ProgrammeTable({ programmes }: { programmes: readonly Programme[] }): ReactNode {
  const [filters, setFilters] = useState<ProgrammeFilters>({});
  const baseId = useId();
  const href = useProgrammeHref();

  // Read filters from the address after hydration, so the server and first client render agree.
  useEffect(() => {
    setFilters(filtersFromSearch(window.location.search));
  }, []);

  const shown = useMemo(() => filterProgrammes(programmes, filters), [programmes, filters]);

  const update = (next: ProgrammeFilters) => {
    setFilters(next);
    const { pathname, search, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${searchFromFilters(next, search)}${hash}`);
  };

  const active = Object.values(filters).some((value) => value !== undefined);

  return (
    <div className={styles.wrap}>
      <fieldset className={`${filterStyles.panel} ${filterStyles.grid}`}>
        <legend className={filterStyles.legend}>
          <Translate id="kit.programmes.filter">Filter the programmes</Translate>
        </legend>
        {FILTERS.map((filter) => {
          const id = `${baseId}-${filter.param}`;
          return (
            <div key={filter.key} className={filterStyles.field}>
              <label htmlFor={id}>{FILTER_TEXT[filter.key].label()}</label>
              <select
                id={id}
                name={filter.param}
                value={filters[filter.key] ?? ''}
                onChange={(event) => update({ ...filters, [filter.key]: event.target.value || undefined })}
              >
                <option value="">{translate({ id: 'kit.programmes.any', message: 'Any' })}</option>
                {Object.keys(filter.options).map((value) => (
                  <option key={value} value={value}>
                    {FILTER_TEXT[filter.key].option(value)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
        <div>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => update({})}
            disabled={!active}
          >
            <Translate id="kit.programmes.clear">Clear filters</Translate>
          </button>
        </div>
      </fieldset>
      <p className={filterStyles.count} role="status" aria-live="polite">
        {resultSummary(shown.length, programmes.length, SUMMARY_TEXT)}
      </p>
      <DataTable
        caption={translate({ id: 'kit.programmes.caption', message: 'Hash-sharing and safety programmes compared' })}
        columns={[
          translate({ id: 'kit.programmes.programme', message: 'Programme' }),
          translate({ id: 'kit.programmes.kind', message: 'Kind' }),
          translate({ id: 'kit.programmes.runBy', message: 'Run by' }),
          translate({ id: 'kit.programmes.outsideUs', message: 'Open to companies outside the US' }),
          translate({ id: 'kit.programmes.cost', message: 'Cost' }),
          translate({ id: 'kit.programmes.effort', message: 'Integration effort' }),
        ]}
        className={styles.table}
      >
        {shown.map((programme) => (
          <tr key={programme.id} data-programme={programme.id}>
            <th scope="row">
              <Link to={href(programme.id)}>{programme.name}</Link>
            </th>
            <td>{programmeKindLabel(programme.kind)}</td>
            <td>{programme.operator}</td>
            <td>{answerLabel(programme.eligibility.outside_us)}</td>
            <td>{costLabel(programme.cost_model)}</td>
            <td>{effortLabel(programme.integration_effort)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
