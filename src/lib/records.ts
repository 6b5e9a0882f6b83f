/**
 * The record templates (logs) as files a reviewer can open anywhere: a CSV with one header row,
 * and the audit checklist as Markdown. The Word table version is in `records-docx.ts`, loaded
 * only when a .docx is asked for. Columns come from docs/policies/_data/records.yaml, once.
 */
import type { RecordColumn, RecordLog, RecordsData } from '../schema/records';
import { toCsv } from './csv';

/** The languages a record's columns are headed in: the kit's English and its translations. */
export type RecordLanguage = 'en' | 'fr';

/** A column's heading in the language asked for: its `labels` translation, else the English label. */
export function columnLabel(column: Pick<RecordColumn, 'label' | 'labels'>, lang: RecordLanguage = 'en'): string {
  return (lang === 'en' ? undefined : column.labels?.[lang]) ?? column.label;
}

/** A log's title, purpose and retention in the language asked for: its `fr` translation, else the English. */
export function logText(
  log: Pick<RecordLog, 'title' | 'purpose' | 'keep' | 'fr'>,
  lang: RecordLanguage = 'en',
): { title: string; purpose: string; keep: string; translated: boolean } {
  if (lang === 'fr' && log.fr) return { ...log.fr, translated: true };
  return { title: log.title, purpose: log.purpose, keep: log.keep, translated: lang === 'en' };
}

/** An empty log: the header row (the column headings, in `lang`), ready to fill. */
export function recordCsv(log: RecordLog, lang: RecordLanguage = 'en'): string {
  return toCsv(
    log.columns.map((column) => columnLabel(column, lang)),
    [],
  );
}

export const recordFileName = (log: RecordLog, format: 'csv' | 'docx') => `records/${log.id}.${format}`;

/** The audit checklist: what a reviewer asks to see, the log that answers and the clause behind it. */
export function auditChecklistMarkdown(
  data: RecordsData,
  meta: { release: string; clauseTitle: (ref: string) => string; lang?: 'en' | 'fr' },
): string {
  const logs = new Map(data.logs.map((log) => [log.id, log]));
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const fr = meta.lang === 'fr';
  return [
    fr ? "# Liste de contrôle d'audit" : '# Audit checklist',
    '',
    fr
      ? `Child Safety Kit ${meta.release}. Ce qu'un auditeur demande à voir, le registre qui répond à chaque question et la clause de la politique qui dit que vous le tenez. Elle couvre les ${data.logs.length} registres du kit ; elle ne couvre pas les registres exigés par vos autres lois ou contrats. ${data.logs.every((log) => log.fr) ? 'Les questions sont citées en anglais' : 'Les questions et les noms des registres sont cités en anglais'} : leur traduction n'est pas encore faite.`
      : `Child Safety Kit ${meta.release}. What a reviewer asks to see, the record that answers each question, and the policy clause that says you keep it. It covers the kit's ${data.logs.length} logs; it does not cover records your other laws or contracts require.`,
    '',
    fr ? '| Question | Registre | Clause |' : '| Question | Record | Clause |',
    '| --- | --- | --- |',
    ...data.audit.map(
      (item) =>
        `| ${cell(item.question)} | ${cell(logs.has(item.log) ? logText(logs.get(item.log)!, meta.lang).title : item.log)} (${recordFileName(logs.get(item.log)!, 'csv')}) | ${cell(meta.clauseTitle(item.clause))} |`,
    ),
    '',
  ].join('\n');
}
