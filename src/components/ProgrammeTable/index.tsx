import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import DataTable from '@site/src/components/DataTable';
import { useProgrammeHref } from '@site/src/components/ProgrammeFacts';
import { COST_MODELS, INTEGRATION_EFFORTS, OUTSIDE_US, PROGRAMME_KINDS } from '@site/src/schema/programme-values';
import {
  FILTERS,
  filterProgrammes,
  filtersFromSearch,
  resultSummary,
  searchFromFilters,
  type ProgrammeFilters,
} from '@site/src/lib/programmes';
import type { Programme } from '@site/src/schema/programmes';
import filterStyles from '@site/src/css/filters.module.css';
import styles from './styles.module.css';

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
        <legend className={filterStyles.legend}>Filter the programmes</legend>
        {FILTERS.map((filter) => {
          const id = `${baseId}-${filter.param}`;
          return (
            <div key={filter.key} className={filterStyles.field}>
              <label htmlFor={id}>{filter.label}</label>
              <select
                id={id}
                name={filter.param}
                value={filters[filter.key] ?? ''}
                onChange={(event) => update({ ...filters, [filter.key]: event.target.value || undefined })}
              >
                <option value="">Any</option>
                {Object.entries(filter.options).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
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
            Clear filters
          </button>
        </div>
      </fieldset>
      <p className={filterStyles.count} role="status" aria-live="polite">
        {resultSummary(shown.length, programmes.length)}
      </p>
      <DataTable
        caption="Hash-sharing and safety programmes compared"
        columns={['Programme', 'Kind', 'Run by', 'Open to companies outside the US', 'Cost', 'Integration effort']}
        className={styles.table}
      >
        {shown.map((programme) => (
          <tr key={programme.id} data-programme={programme.id}>
            <th scope="row">
              <Link to={href(programme.id)}>{programme.name}</Link>
            </th>
            <td>{PROGRAMME_KINDS[programme.kind]}</td>
            <td>{programme.operator}</td>
            <td>{OUTSIDE_US[programme.eligibility.outside_us]}</td>
            <td>{COST_MODELS[programme.cost_model]}</td>
            <td>{INTEGRATION_EFFORTS[programme.integration_effort]}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
