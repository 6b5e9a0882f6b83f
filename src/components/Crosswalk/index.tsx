import { translate } from '@docusaurus/Translate';
import { useId, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useActiveVersion, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import targetsByVersion from '@generated/child-safety-kit-templates/default/crosswalk-targets.json';
import DataTable from '@site/src/components/DataTable';
import { useProfile } from '@site/src/services/ProfileStore';
import { save } from '@site/src/services/TemplateExport/save';
import {
  crosswalkAsOf,
  crosswalkCsv,
  crosswalkJson,
  crosswalkRows,
  requirementApplies,
  targetIndex,
  type CrosswalkRow,
  type TargetSource,
} from '@site/src/lib/crosswalk';
import { REGIMES, REGIME_IDS } from '@site/src/schema/regimes';
import type { Requirement } from '@site/src/schema/requirements';
import styles from './styles.module.css';

interface CrosswalkProps {
  requirements: readonly Requirement[];
}

const jurisdictions = (): Record<string, string> => ({
  US: translate({ id: 'kit.crosswalk.jurisdiction.US', message: 'United States' }),
  EU: translate({ id: 'kit.crosswalk.jurisdiction.EU', message: 'European Union' }),
  UK: translate({ id: 'kit.crosswalk.jurisdiction.UK', message: 'United Kingdom' }),
  AU: translate({ id: 'kit.crosswalk.jurisdiction.AU', message: 'Australia' }),
  CA: 'Canada',
  store: translate({ id: 'kit.crosswalk.jurisdiction.store', message: 'App stores' }),
  voluntary: translate({ id: 'kit.crosswalk.jurisdiction.voluntary', message: 'Voluntary frameworks' }),
});

type Coverage = 'all' | 'covered' | 'not';
type View = 'requirements' | 'templates';

/**
 * The crosswalk: every requirement with the clauses and flow steps that meet it, filterable by
 * regime, jurisdiction and coverage, and by the reader's saved profile; a view by template ("what
 * this template meets"); and CSV and JSON downloads. Every filter starts at "all", so the page as
 * first drawn (and as search engines and printers see it) shows everything.
 */
const NO_TARGETS: TargetSource = { templates: [], flows: [] };

export default function Crosswalk({ requirements }: CrosswalkProps): ReactNode {
  const version = useDocsVersion();
  const docs = useActiveVersion(undefined)?.docs ?? [];
  const profile = useProfile();
  const id = useId();
  const source = useMemo(
    () => (targetsByVersion as Record<string, TargetSource>)[version.version] ?? NO_TARGETS,
    [version.version],
  );
  const index = useMemo(() => targetIndex(source), [source]);
  const all = useMemo(() => crosswalkRows(requirements, index), [requirements, index]);
  const asOf = crosswalkAsOf(requirements);
  const [regime, setRegime] = useState('all');
  const [jurisdiction, setJurisdiction] = useState('all');
  const [coverage, setCoverage] = useState<Coverage>('all');
  const [mine, setMine] = useState(false);
  const [view, setView] = useState<View>('requirements');
  const values = profile.status === 'ok' ? profile.values : undefined;
  const applies = new Set(
    values
      ? requirements
          .filter((requirement) => requirementApplies(requirement, values))
          .map((requirement) => requirement.id)
      : [],
  );

  const rows = all.filter(
    (row) =>
      (regime === 'all' || row.regime === regime) &&
      (jurisdiction === 'all' || row.jurisdiction === jurisdiction) &&
      (coverage === 'all' || (coverage === 'covered') === row.covered) &&
      (!mine || !values || applies.has(row.id)),
  );

  const docPath = (docId: string) => docs.find((doc) => doc.id === docId)?.path;
  const targetLink = (target: CrosswalkRow['met_by'][number]) => {
    const [doc, anchor] = target.ref.split('#') as [string, string];
    const path = doc.startsWith('flows/') ? docPath(doc) : docPath(`policies/${doc}`);
    const text = <>{target.title}</>;
    if (!path) return text;
    return <Link to={doc.startsWith('flows/') ? path : `${path}#${anchor}`}>{text}</Link>;
  };

  function download(format: 'csv' | 'json', forMe: boolean) {
    const chosen = forMe && values ? all.filter((row) => applies.has(row.id)) : all;
    const platform = forMe && profile.status === 'ok' ? profile.profile.platform.name : undefined;
    const meta = { release: version.label, asOf, platform };
    const text = format === 'csv' ? crosswalkCsv(chosen, meta) : crosswalkJson(chosen, meta);
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    save({ blob: new Blob([text], { type }), name: `crosswalk${forMe ? '-your-platform' : ''}.${format}` });
  }

  const select = (
    key: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    options: [string, string][],
  ) => (
    <div className={styles.filter}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  const byTemplate = source.templates.map((template) => ({
    template,
    clauses: template.clauses
      .map((clause) => ({
        clause,
        meets: rows.filter((row) => row.met_by.some((target) => target.ref === `${template.id}#${clause.id}`)),
      }))
      .filter((item) => item.meets.length > 0),
  }));

  return (
    <div className={styles.crosswalk}>
      <fieldset className={styles.filters}>
        <legend>{translate({ id: 'kit.crosswalk.show', message: 'Show' })}</legend>
        {select(
          'View',
          translate({ id: 'kit.crosswalk.view', message: 'View' }),
          view,
          (value) => setView(value as View),
          [
            ['requirements', translate({ id: 'kit.crosswalk.byRequirement', message: 'By requirement' })],
            [
              'templates',
              translate({ id: 'kit.crosswalk.byTemplate', message: 'By template: what each template meets' }),
            ],
          ],
        )}
        {select('Regime', translate({ id: 'kit.crosswalk.regime', message: 'Regime' }), regime, setRegime, [
          ['all', translate({ id: 'kit.crosswalk.allRegimes', message: 'All regimes' })],
          ...REGIME_IDS.map((key): [string, string] => [key, REGIMES[key].label]),
        ])}
        {select(
          'Jurisdiction',
          translate({ id: 'kit.crosswalk.jurisdiction', message: 'Jurisdiction' }),
          jurisdiction,
          setJurisdiction,
          [['all', translate({ id: 'kit.crosswalk.all', message: 'All' })], ...Object.entries(jurisdictions())],
        )}
        {select(
          'Coverage',
          translate({ id: 'kit.crosswalk.coverage', message: 'Coverage' }),
          coverage,
          (value) => setCoverage(value as Coverage),
          [
            ['all', translate({ id: 'kit.crosswalk.coveredAndNot', message: 'Covered and not covered' })],
            ['covered', translate({ id: 'kit.crosswalk.covered', message: 'Met by the kit' })],
            ['not', translate({ id: 'kit.crosswalk.notCovered', message: 'Not covered' })],
          ],
        )}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={mine && Boolean(values)}
            disabled={!values}
            onChange={(event) => setMine(event.target.checked)}
            aria-describedby={`${id}-mine`}
          />
          <span>{translate({ id: 'kit.crosswalk.mine', message: 'Only what applies to my platform' })}</span>
        </label>
        <p id={`${id}-mine`} className={styles.hint}>
          {profile.status === 'ok' ? (
            <>
              {translate({ id: 'kit.crosswalk.fromProfile', message: 'From your saved profile for' })}{' '}
              <bdi>{profile.profile.platform.name}</bdi>:{' '}
              {translate(
                { id: 'kit.crosswalk.profileApplies', message: '{count} of {total} requirements apply.' },
                { count: applies.size, total: all.length },
              )}
            </>
          ) : (
            translate({
              id: 'kit.crosswalk.saveProfile',
              message: 'Save a platform profile to see only the requirements that apply to your platform.',
            })
          )}
        </p>
      </fieldset>

      <p role="status" aria-live="polite" className={styles.count}>
        {translate(
          {
            id: 'kit.crosswalk.showing',
            message: 'Showing {shown} of {total} requirements: {met} met by the kit, {not} not covered.',
          },
          {
            shown: rows.length,
            total: all.length,
            met: rows.filter((row) => row.covered).length,
            not: rows.filter((row) => !row.covered).length,
          },
        )}
      </p>

      {view === 'requirements' ? (
        <DataTable
          caption={translate({ id: 'kit.crosswalk.caption', message: 'Requirements and the clauses that meet them' })}
          columns={[
            translate({ id: 'kit.crosswalk.requirement', message: 'Requirement' }),
            translate({ id: 'kit.crosswalk.regimePinpoint', message: 'Regime and pinpoint' }),
            translate({ id: 'kit.crosswalk.metBy', message: 'Met by' }),
            translate({ id: 'kit.crosswalk.source', message: 'Source' }),
          ]}
          className={styles.table}
        >
          {rows.map((row) => (
            <tr key={row.id} id={`req-${row.id}`}>
              <th scope="row">
                {row.requirement}
                <div className={styles.meta}>
                  {translate({ id: 'kit.crosswalk.appliesTo', message: 'Applies to:' })} {row.applies_to}
                </div>
              </th>
              <td>
                {row.regime_label}
                <div className={styles.meta}>{row.pinpoint}</div>
              </td>
              <td>
                {row.covered ? (
                  <ul className={styles.targets}>
                    {row.met_by.map((target) => (
                      <li key={target.ref}>{targetLink(target)}</li>
                    ))}
                  </ul>
                ) : (
                  <>
                    <strong>
                      {translate(
                        { id: 'kit.crosswalk.notCoveredReason', message: 'Not covered: {reason}.' },
                        { reason: row.not_covered?.reason ?? '' },
                      )}
                    </strong>{' '}
                    {row.not_covered?.why}
                  </>
                )}
              </td>
              <td>
                <a href={row.source.url}>{row.source.title}</a>
                <div className={styles.meta}>
                  {translate({ id: 'kit.crosswalk.checked', message: 'Checked' })} {row.source.accessed}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        byTemplate.map(({ template, clauses }) => (
          <section key={template.id} className={styles.template} aria-labelledby={`${id}-${template.id}`}>
            <h3 id={`${id}-${template.id}`}>
              {docPath(`policies/${template.id}`) ? (
                <Link to={docPath(`policies/${template.id}`)!}>{template.title}</Link>
              ) : (
                template.title
              )}
            </h3>
            {clauses.length === 0 ? (
              <p>
                {translate({
                  id: 'kit.crosswalk.noRequirement',
                  message: 'No requirement in the current selection points at this template.',
                })}
              </p>
            ) : (
              <ul>
                {clauses.map(({ clause, meets }) => (
                  <li key={clause.id}>
                    {targetLink({ ref: `${template.id}#${clause.id}`, title: clause.title, path: '' })}{' '}
                    {translate({ id: 'kit.crosswalk.meets', message: 'meets:' })}{' '}
                    {meets.map((row, position) => (
                      <span key={row.id}>
                        {position > 0 ? '; ' : ''}
                        {row.regime_label}, {row.pinpoint}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}

      <div className={styles.downloads}>
        <button type="button" className="button button--secondary" onClick={() => download('csv', false)}>
          {translate({ id: 'kit.crosswalk.downloadCsv', message: 'Download the whole crosswalk (CSV)' })}
        </button>
        <button type="button" className="button button--secondary" onClick={() => download('json', false)}>
          {translate({ id: 'kit.crosswalk.downloadJson', message: 'Download the whole crosswalk (JSON)' })}
        </button>
        {values ? (
          <button type="button" className="button button--primary" onClick={() => download('csv', true)}>
            {translate({ id: 'kit.crosswalk.downloadMine', message: 'Download for your platform (CSV)' })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
