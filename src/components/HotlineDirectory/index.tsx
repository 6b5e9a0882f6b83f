import Translate, { translate } from '@docusaurus/Translate';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { HOTLINE_ACCEPTS, type Hotline, type HotlineAccepts } from '@site/src/schema/hotlines';
import { acceptsLabel } from '@site/src/components/labels';
import { directoryOptions, filterHotlines } from '@site/src/lib/hotline-directory';
import { countryName, languageName } from '@site/src/lib/places';
import CitationList from '@site/src/components/CitationList';
import DataTable from '@site/src/components/DataTable';
import QuotedText from '@site/src/components/QuotedText';
import filterStyles from '@site/src/css/filters.module.css';
import styles from './styles.module.css';

function membership(value: Hotline['inhope_member']): string {
  if (value === true) return translate({ id: 'kit.hotlines.yes', message: 'Yes' });
  if (value === false) return translate({ id: 'kit.hotlines.no', message: 'No' });
  return translate({ id: 'kit.hotlines.notConfirmed', message: 'Not confirmed' });
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
        aria-label={translate({ id: 'kit.hotlines.filterLabel', message: 'Filter the hotline directory' })}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-query`}>
            <Translate id="kit.hotlines.search">Search by name or country</Translate>
          </label>
          <input
            id={`${id}-query`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
        </div>
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-country`}>
            <Translate id="kit.hotlines.country">Country</Translate>
          </label>
          <select id={`${id}-country`} value={country} onChange={(event) => setCountry(event.target.value)}>
            <option value="">{translate({ id: 'kit.hotlines.anyCountry', message: 'Any country' })}</option>
            {options.countries.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
        </div>
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-accepts`}>
            <Translate id="kit.hotlines.accepts">Accepts reports of</Translate>
          </label>
          <select
            id={`${id}-accepts`}
            value={accepts}
            onChange={(event) => setAccepts(event.target.value as HotlineAccepts | '')}
          >
            <option value="">{translate({ id: 'kit.hotlines.anything', message: 'Anything' })}</option>
            {HOTLINE_ACCEPTS.map((value) => (
              <option key={value} value={value}>
                {acceptsLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <div className={filterStyles.field}>
          <label htmlFor={`${id}-language`}>
            <Translate id="kit.hotlines.language">Language</Translate>
          </label>
          <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">{translate({ id: 'kit.hotlines.anyLanguage', message: 'Any language' })}</option>
            {options.languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="button" className="button button--secondary" onClick={clear} disabled={!filtered}>
            <Translate id="kit.hotlines.clear">Clear filters</Translate>
          </button>
        </div>
      </form>

      <p className={filterStyles.count} role="status" aria-live="polite" aria-atomic="true">
        {shown.length === hotlines.length
          ? translate(
              { id: 'kit.hotlines.countAll', message: 'Showing all {total} hotlines.' },
              { total: hotlines.length },
            )
          : translate(
              { id: 'kit.hotlines.countSome', message: 'Showing {count} of {total} hotlines.' },
              { count: shown.length, total: hotlines.length },
            )}
      </p>

      {shown.length === 0 ? (
        <p>
          <Translate id="kit.hotlines.none">
            No hotline in the directory matches these filters. Clear a filter, or check INHOPE's site for a member
            hotline in the country.
          </Translate>
        </p>
      ) : (
        <DataTable
          caption={translate({
            id: 'kit.hotlines.caption',
            message: "National hotlines for voluntary reports, and government reporting portals, from the kit's data",
          })}
          label={translate({ id: 'kit.hotlines.label', message: 'National hotlines' })}
          columns={[
            translate({ id: 'kit.hotlines.colHotline', message: 'Hotline' }),
            translate({ id: 'kit.hotlines.colCountry', message: 'Country' }),
            translate({ id: 'kit.hotlines.colAccepts', message: 'Accepts' }),
            translate({ id: 'kit.hotlines.colLanguages', message: 'Languages' }),
            translate({ id: 'kit.hotlines.colMember', message: 'INHOPE member' }),
            translate({ id: 'kit.hotlines.colNotes', message: 'Notes and sources' }),
          ]}
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
                  <span className={styles.note}>
                    <Translate id="kit.hotlines.government">
                      Government reporting portal, not an independent hotline.
                    </Translate>
                  </span>
                ) : null}
                {hotline.anonymous ? (
                  <span className={styles.note}>
                    <Translate id="kit.hotlines.anonymous">Anonymous reports accepted.</Translate>
                  </span>
                ) : null}
              </th>
              <td>{countryName(hotline.country)}</td>
              <td>
                <ul className={styles.list}>
                  {hotline.accepts.map((value) => (
                    <li key={value}>{acceptsLabel(value)}</li>
                  ))}
                </ul>
              </td>
              <td>{hotline.languages.map(languageName).join(', ')}</td>
              <td>{membership(hotline.inhope_member)}</td>
              <td>
                <details className={styles.details}>
                  <summary>
                    <Translate id="kit.hotlines.notes">Notes and sources</Translate>
                    <span className="visually-hidden">
                      {translate({ id: 'kit.hotlines.notesFor', message: ' for {name}' }, { name: hotline.name })}
                    </span>
                  </summary>
                  {hotline.notes ? (
                    <p className={styles.note}>
                      <QuotedText text={hotline.notes} />
                    </p>
                  ) : null}
                  <p className={styles.note}>
                    {translate(
                      { id: 'kit.hotlines.checked', message: 'Checked against its sources as of {date}.' },
                      { date: hotline.as_of ?? '' },
                    )}
                  </p>
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
