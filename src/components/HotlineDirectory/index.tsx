import { useId, useMemo, useState, type ReactNode } from 'react';
import { ACCEPTS_LABELS, HOTLINE_ACCEPTS, type Hotline, type HotlineAccepts } from '@site/src/schema/hotlines';
import { describeCount, directoryOptions, filterHotlines } from '@site/src/lib/hotline-directory';
import { countryName, languageName } from '@site/src/lib/places';
import CitationList from '@site/src/components/CitationList';
import DataTable from '@site/src/components/DataTable';
import QuotedText from '@site/src/components/QuotedText';
import filterStyles from '@site/src/css/filters.module.css';
import styles from './styles.module.css';

function membership(value: Hotline['inhope_member']): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return 'Not confirmed';
}

/**
 * The national hotline directory, rendered from `_data/hotlines.yaml`, with filters that work with
 * the keyboard alone (native controls) and a result count announced politely to screen readers.
 */
export default function HotlineDirectory({ hotlines }: { hotlines: readonly Hotline[] }): ReactNode {
  const id = useId();
  const [query, setQuery] = useState('');
  const [country, setCountry] = useState('');
  const [accepts, setAccepts] = useState<HotlineAccepts | ''>('');
  const [language, setLanguage] = useState('');
  const options = useMemo(() => directoryOptions(hotlines), [hotlines]);
  const shown = useMemo(
    () => filterHotlines(hotlines, { query, country, accepts, language }),
    [hotlines, query, country, accepts, language],
  );
  const filtered = query !== '' || country !== '' || accepts !== '' || language !== '';
  const clear = () => {
    setQuery('');
    setCountry('');
    setAccepts('');
    setLanguage('');
  };

  return (
    <>
      <form
        className={`${filterStyles.panel} ${filterStyles.grid}`}
        role="search"
        aria-label="Filter the hotline directory"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-query`}>Search by name or country</label>
          <input
            id={`${id}-query`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
        </div>
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-country`}>Country</label>
          <select id={`${id}-country`} value={country} onChange={(event) => setCountry(event.target.value)}>
            <option value="">Any country</option>
            {options.countries.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
        </div>
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-accepts`}>Accepts reports of</label>
          <select
            id={`${id}-accepts`}
            value={accepts}
            onChange={(event) => setAccepts(event.target.value as HotlineAccepts | '')}
          >
            <option value="">Anything</option>
            {HOTLINE_ACCEPTS.map((value) => (
              <option key={value} value={value}>
                {ACCEPTS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-language`}>Language</label>
          <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">Any language</option>
            {options.languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="button" className="button button--secondary" onClick={clear} disabled={!filtered}>
            Clear filters
          </button>
        </div>
      </form>

      <p className={filterStyles.count} role="status" aria-live="polite" aria-atomic="true">
        {describeCount(shown.length, hotlines.length)}
      </p>

      {shown.length === 0 ? (
        <p>
          No hotline in the directory matches these filters. Clear a filter, or check INHOPE's site for a member hotline
          in the country.
        </p>
      ) : (
        <DataTable
          caption="National hotlines for voluntary reports, and government reporting portals, from the kit's data"
          label="National hotlines"
          columns={['Hotline', 'Country', 'Accepts', 'Languages', 'INHOPE member', 'Notes and sources']}
          className={styles.table}
        >
          {shown.map((hotline) => (
            <tr key={hotline.id}>
              <th scope="row">
                <a href={hotline.report_url} rel="noopener noreferrer">
                  {hotline.name}
                </a>
                <span className={styles.organisation}>{hotline.organisation}</span>
                {hotline.kind === 'government' ? (
                  <span className={styles.note}>Government reporting portal, not an independent hotline.</span>
                ) : null}
                {hotline.anonymous ? <span className={styles.note}>Anonymous reports accepted.</span> : null}
              </th>
              <td>{countryName(hotline.country)}</td>
              <td>
                <ul className={styles.list}>
                  {hotline.accepts.map((value) => (
                    <li key={value}>{ACCEPTS_LABELS[value]}</li>
                  ))}
                </ul>
              </td>
              <td>{hotline.languages.map(languageName).join(', ')}</td>
              <td>{membership(hotline.inhope_member)}</td>
              <td>
                <details className={styles.details}>
                  <summary>
                    Notes and sources<span className="visually-hidden"> for {hotline.name}</span>
                  </summary>
                  {hotline.notes ? (
                    <p className={styles.note}>
                      <QuotedText text={hotline.notes} />
                    </p>
                  ) : null}
                  <p className={styles.note}>Checked against its sources as of {hotline.as_of}.</p>
                  <CitationList sources={hotline.sources} />
                </details>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
