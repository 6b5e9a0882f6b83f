import { translate } from '@docusaurus/Translate';
import { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useActiveVersion, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import targetsByVersion from '@generated/child-safety-kit-templates/default/crosswalk-targets.json';
import DataTable from '@site/src/components/DataTable';
import { useProfile } from '@site/src/services/ProfileStore';
import { save } from '@site/src/services/TemplateExport/save';
import { targetIndex, type Target, type TargetSource } from '@site/src/lib/crosswalk';
import { columnLabel, logText, recordCsv, type RecordLanguage } from '@site/src/lib/records';
import type { RecordsData } from '@site/src/schema/records';
import styles from './styles.module.css';

/** The site's language, for the log's own words (records.yaml `fr`, column `labels.fr`) and its downloads. */
function useRecordLanguage(): RecordLanguage {
  return useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
}

/** Clauses and flow steps of this version, with a link to each. */
function useTargets(): { index: Map<string, Target>; link: (ref: string) => ReactNode } {
  const version = useDocsVersion();
  const docs = useActiveVersion(undefined)?.docs ?? [];
  const source = ((targetsByVersion as Record<string, TargetSource>)[version.version] ?? {
    templates: [],
    flows: [],
  }) as TargetSource;
  const index = targetIndex(source);
  const link = (ref: string) => {
    const target = index.get(ref);
    const [doc, anchor] = ref.split('#') as [string, string];
    const path = docs.find((entry) => entry.id === (doc.startsWith('flows/') ? doc : `policies/${doc}`))?.path;
    const text = target?.title ?? ref;
    if (!path) return text;
    return <Link to={doc.startsWith('flows/') ? path : `${path}#${anchor}`}>{text}</Link>;
  };
  return { index, link };
}

/**
 * How to use one log: what it shows, how long to keep it and why, each column with what goes in
 * it and the flow step that fills it, and the log as CSV or as a Word table.
 */
export function RecordLog({ records, id }: { records: RecordsData; id: string }): ReactNode {
  const log = records.logs.find((entry) => entry.id === id);
  const { link } = useTargets();
  const profile = useProfile();
  const version = useDocsVersion();
  const [message, setMessage] = useState('');
  const lang = useRecordLanguage();
  const { i18n } = useDocusaurusContext();
  if (!log) throw new Error(`No log ${id} in records.yaml`);
  const text = logText(log, lang);
  // On a page not yet translated the text around is marked English; the log speaks the site's language and marks
  // what it still quotes in English, so a screen reader reads each part in its own language.
  const siteLang = lang === 'en' ? undefined : i18n.localeConfigs[i18n.currentLocale]?.htmlLang;
  const english = lang === 'en' ? undefined : 'en';
  const textLang = text.translated ? undefined : english;

  async function word() {
    setMessage(translate({ id: 'kit.recordLog.making', message: 'Making the Word table…' }));
    try {
      const { recordDocx } = await import('@site/src/lib/records-docx');
      const bytes = await recordDocx(log!, {
        release: version.label,
        platform: profile.status === 'ok' ? profile.profile.platform.name : undefined,
        lang,
      });
      save({
        blob: new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
        name: `${log!.id}.docx`,
      });
      setMessage(
        translate({ id: 'kit.recordLog.downloaded', message: 'Downloaded {file}.' }, { file: `${log!.id}.docx` }),
      );
    } catch (error) {
      setMessage(
        translate(
          {
            id: 'kit.recordLog.failed',
            message: 'The Word file could not be made: {error}. Reload the page and try again.',
          },
          { error: (error as Error).message },
        ),
      );
    }
  }

  return (
    <div className={styles.log} lang={siteLang}>
      <p lang={textLang}>{text.purpose}</p>
      <p>
        <strong>{translate({ id: 'kit.recordLog.keep', message: 'How long to keep it:' })}</strong>{' '}
        <span lang={textLang}>{text.keep}</span>
      </p>
      <p>
        <strong>{translate({ id: 'kit.recordLog.why', message: 'Why you keep it:' })}</strong>{' '}
        {log.sources.map((source, position) => (
          <span key={`${source.url}${source.pinpoint}`}>
            {position > 0 ? '; ' : ''}
            <a href={source.url}>{source.title}</a>, {source.pinpoint} (
            {translate({ id: 'kit.recordLog.checked', message: 'checked {date}' }, { date: source.accessed })})
          </span>
        ))}
        .
      </p>
      <p>
        <strong>
          {translate({ id: 'kit.recordLog.policy', message: 'The policy that tells your team to keep it:' })}
        </strong>{' '}
        {log.clauses.map((ref, position) => (
          <span key={ref}>
            {position > 0 ? '; ' : ''}
            {link(ref)}
          </span>
        ))}
        .
      </p>
      {lang !== 'en' ? (
        <p>
          {text.translated
            ? translate({
                id: 'kit.recordLog.helpInEnglish',
                message: 'What goes in each column is quoted in English: it is not translated yet.',
                description: 'Record log, on a translated site: the column descriptions are still in English',
              })
            : translate({
                id: 'kit.recordLog.logInEnglish',
                message:
                  "This log's description and what goes in each column are quoted in English: they are not translated yet.",
                description: 'Record log, on a translated site: a log of a release that has no translation of it',
              })}
        </p>
      ) : null}
      <DataTable
        caption={translate(
          { id: 'kit.recordLog.caption', message: 'Columns of the {log}' },
          { log: lang === 'en' ? text.title.toLowerCase() : text.title },
        )}
        columns={[
          translate({ id: 'kit.recordLog.column', message: 'Column' }),
          translate({ id: 'kit.recordLog.help', message: 'What goes in it' }),
          translate({ id: 'kit.recordLog.filledAt', message: 'Filled at' }),
        ]}
        className={styles.table}
      >
        {log.columns.map((column) => (
          <tr key={column.id}>
            <th scope="row">{columnLabel(column, lang)}</th>
            <td lang={english}>{column.help}</td>
            <td>
              {column.filled_by?.length ? (
                <ul className={styles.steps}>
                  {column.filled_by.map((ref) => (
                    <li key={ref}>{link(ref)}</li>
                  ))}
                </ul>
              ) : (
                translate({ id: 'kit.recordLog.whenWriting', message: 'When you write the entry' })
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <div className={styles.downloads}>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            save({
              blob: new Blob([recordCsv(log, lang)], { type: 'text/csv;charset=utf-8' }),
              name: `${log.id}.csv`,
            })
          }
        >
          {translate({ id: 'kit.recordLog.csv', message: 'Download as CSV' })}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void word()}>
          {translate({ id: 'kit.recordLog.word', message: 'Download as a Word table' })}
        </button>
      </div>
      <p className={styles.status} role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

/** The audit checklist: each question a reviewer asks, the log that answers it and the clause behind it. */
export function AuditChecklist({ records }: { records: RecordsData }): ReactNode {
  const { link } = useTargets();
  const lang = useRecordLanguage();
  const docs = useActiveVersion(undefined)?.docs ?? [];
  const logs = new Map(records.logs.map((log) => [log.id, log]));
  return (
    <DataTable
      caption={translate({ id: 'kit.auditChecklist.caption', message: 'What a reviewer asks to see' })}
      columns={[
        translate({ id: 'kit.auditChecklist.question', message: 'Question' }),
        translate({ id: 'kit.auditChecklist.record', message: 'Record that answers it' }),
        translate({ id: 'kit.auditChecklist.clause', message: 'Clause behind it' }),
      ]}
      className={styles.table}
    >
      {records.audit.map((item) => {
        const log = logs.get(item.log)!;
        const path = docs.find((doc) => doc.id === `policies/records/${log.id}`)?.path;
        return (
          <tr key={item.question}>
            <th scope="row">{item.question}</th>
            <td>{path ? <Link to={path}>{logText(log, lang).title}</Link> : logText(log, lang).title}</td>
            <td>{link(item.clause)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

export default RecordLog;
