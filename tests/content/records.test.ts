/**
 * The real record templates: every log has sourced columns, every flow step that fills a column and
 * every clause a log or an audit question points at exists, and the files made from a log carry
 * exactly its columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCrosswalkInputs } from '../../src/lib/node/crosswalk-load';
import { validateDataText } from '../../src/lib/node/data';
import { auditChecklistMarkdown, recordCsv } from '../../src/lib/records';
import { recordDocx } from '../../src/lib/records-docx';
import type { RecordsData } from '../../src/schema/records';

const root = join(import.meta.dirname, '../..');
const file = join(root, 'docs/policies/_data/records.yaml');
const result = validateDataText(readFileSync(file, 'utf8'), 'docs/policies/_data/records.yaml');
if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
const data = result.data as RecordsData;
const { index } = loadCrosswalkInputs(join(root, 'docs'), root);

describe('the record templates', () => {
  it('are the eight logs the kit promises', () => {
    expect(data.logs.map((log) => log.id)).toEqual([
      'decision-log',
      'report-log',
      'preservation-log',
      'law-enforcement-request-log',
      'reupload-log',
      'appeals-log',
      'risk-assessment-record',
      'moderator-exposure-log',
    ]);
  });

  it('point only at flow steps and clauses that exist', () => {
    const missing = [
      ...data.logs.flatMap((log) =>
        [...log.clauses, ...log.columns.flatMap((column) => column.filled_by ?? [])].map((ref) => `${log.id}: ${ref}`),
      ),
      ...data.audit.map((item) => `audit: ${item.clause}`),
    ].filter((entry) => !index.has(entry.split(': ')[1]!));
    expect(missing).toEqual([]);
  });

  it('each say how long to keep them and cite the rule that asks for them', () => {
    for (const log of data.logs) {
      expect(log.keep.length, log.id).toBeGreaterThan(20);
      expect(log.sources.length, log.id).toBeGreaterThan(0);
    }
  });

  it('become a CSV whose header row is exactly the columns, quoted where a heading has a comma', () => {
    const log = data.logs.find((entry) => entry.id === 'decision-log')!;
    const csv = recordCsv(log);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toBe(
      `${log.columns.map((column) => (column.label.includes(',') ? `"${column.label}"` : column.label)).join(',')}\r\n`,
    );
    expect(csv).toContain('"Received (date, time, time zone)"');
  });

  it('give every column a French heading (even one written alike, such as "Date"), so a French pack has no English header', () => {
    const missing = data.logs.flatMap((log) =>
      log.columns.filter((column) => !column.labels?.fr).map((column) => `${log.id}: ${column.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('become a French CSV whose header row is exactly the French headings, quoted where one has a comma', () => {
    const log = data.logs.find((entry) => entry.id === 'decision-log')!;
    expect(recordCsv(log, 'fr')).toBe(
      'Référence du dossier,"Reçu (date, heure, fuseau horaire)",Mode de réception,Identifiants du contenu et du compte,' +
        'Niveau de gravité,Examiné par,"Examiné (date, heure)",Décision,Règle appliquée,Moyens automatisés utilisés,' +
        'Exposé des motifs envoyé,Auteur du signalement informé\r\n',
    );
  });

  it('become a French Word table headed in French', async () => {
    const log = data.logs.find((entry) => entry.id === 'preservation-log')!;
    const xml = strFromU8(
      unzipSync(await recordDocx(log, { release: 'next', platform: 'Lumen', lang: 'fr' }))['word/document.xml']!,
    );
    for (const column of log.columns) expect(xml).toContain(`>${column.labels!.fr}</w:t>`);
    expect(xml).toContain('>Date de suppression la plus proche</w:t>');
    expect(xml).not.toContain('>Earliest deletion date</w:t>');
    expect(xml).toContain('>Registre de conservation : Lumen</w:t>');
    expect(xml).toContain('>Durée de conservation : </w:t>');
    expect(xml).toContain('Conservez le registre lui-même après la destruction du matériel');
    expect(xml).not.toContain('Preservation log');
    expect(xml).toContain('Les sources de ce registre sont citées sous leur titre original.');
  });

  it('become a Word table with the columns as its repeated header row, and a hostile platform name stays text', async () => {
    const log = data.logs.find((entry) => entry.id === 'preservation-log')!;
    const bytes = await recordDocx(log, { release: 'next', platform: '<w:p>=HYPERLINK("x")</w:p>' });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('<w:tblHeader/>');
    for (const column of log.columns) expect(xml).toContain(`>${column.label}</w:t>`);
    expect(xml).toContain('Preservation log: &lt;w:p&gt;=HYPERLINK(&quot;x&quot;)&lt;/w:p&gt;');
  });

  it('each have a French title, purpose and retention, for a French pack', () => {
    expect(data.logs.filter((log) => !log.fr).map((log) => log.id)).toEqual([]);
  });

  it('the French audit checklist names each log in French and says the questions are still English', () => {
    const md = auditChecklistMarkdown(data, {
      release: 'next',
      clauseTitle: (ref) => index.get(ref)?.title ?? ref,
      lang: 'fr',
    });
    expect(md).toContain("Les questions sont citées en anglais : leur traduction n'est pas encore faite.");
    expect(md).toContain('| Registre des signalements (records/report-log.csv) |');
    expect(md).not.toContain('Report log (');
  });

  it('the audit checklist names a log and a clause for every question', () => {
    const md = auditChecklistMarkdown(data, { release: 'next', clauseTitle: (ref) => index.get(ref)?.title ?? ref });
    expect(md.split('\n')[0]).toBe('# Audit checklist');
    expect(md).toContain(
      '| Show me every report you made to an authority in the period, with the receipt for each. | Report log (records/report-log.csv) | Legal reporting and evidence preservation procedure: Step 5. Report to each authority that applies |',
    );
  });
});
