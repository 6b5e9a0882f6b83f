import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecords } from '../../../src/lib/node/crosswalk-load';
import { columnLabel, logText, recordCsv } from '../../../src/lib/records';
import type { RecordLog } from '../../../src/schema/records';

/** A log whose headings try to break the CSV, in both languages. */
const hostile: RecordLog = {
  id: 'test-log',
  title: 'Test log',
  purpose: 'A test.',
  keep: 'Keep it for the test, then delete it.',
  sources: [{ title: 'A rule', url: 'https://example.org/rule', accessed: '2026-12-07', pinpoint: 's. 1' }],
  clauses: ['child-safety-policy#scope'],
  columns: [
    { id: 'formula', label: '=SUM(A1)', labels: { fr: '=SOMME(A1)' }, help: 'A formula.' },
    { id: 'quoted', label: 'Say "hi", then', labels: { fr: '-Dites « oui », puis "non"' }, help: 'Quotes.' },
    { id: 'plain', label: 'Plain', help: 'No French heading.' },
  ],
};

describe('record CSV headers in the language of the pack', () => {
  it('reads the French heading for fr, the English one otherwise or when none is given', () => {
    expect(columnLabel(hostile.columns[0]!, 'fr')).toBe('=SOMME(A1)');
    expect(columnLabel(hostile.columns[0]!)).toBe('=SUM(A1)');
    expect(columnLabel(hostile.columns[2]!, 'fr')).toBe('Plain');
  });

  it('keeps a French heading from running as a formula or breaking the quoting', () => {
    expect(recordCsv(hostile, 'fr')).toBe(`'=SOMME(A1),"'-Dites « oui », puis ""non""",Plain\r\n`);
    expect(recordCsv(hostile)).toBe(`'=SUM(A1),"Say ""hi"", then",Plain\r\n`);
  });
});

describe("a record log's page and downloads on the French site", () => {
  const data = loadRecords(join(import.meta.dirname, '../../../docs'));
  const decision = data.logs.find((log) => log.id === 'decision-log')!;

  it('shows the French title, purpose and retention of the log (logText), the English on the English site', () => {
    expect(logText(decision, 'fr')).toEqual({
      title: 'Registre des décisions',
      purpose:
        "Chaque signalement ou alerte relatif à la protection de l'enfance, la manière dont il a été examiné, ce que vous avez décidé, qui a décidé et quand.",
      keep: "Conservez chaque entrée au moins aussi longtemps que la plus longue règle de conservation qui s'applique au dossier (par exemple un an après un signalement à la CyberTipline), et assez longtemps pour répondre aux contestations et établir les rapports de transparence ; supprimez-la ensuite selon votre politique de conservation des données.",
      translated: true,
    });
    expect(logText(decision, 'en')).toMatchObject({ title: 'Decision log', translated: true });
  });

  it('heads the table and the CSV with the French column labels', () => {
    expect(decision.columns.map((column) => columnLabel(column, 'fr')).slice(0, 3)).toEqual([
      'Référence du dossier',
      'Reçu (date, heure, fuseau horaire)',
      'Mode de réception',
    ]);
    expect(recordCsv(decision, 'fr')).toBe(
      'Référence du dossier,"Reçu (date, heure, fuseau horaire)",Mode de réception,Identifiants du contenu et du compte,Niveau de gravité,Examiné par,"Examiné (date, heure)",Décision,Règle appliquée,Moyens automatisés utilisés,Exposé des motifs envoyé,Auteur du signalement informé\r\n',
    );
  });

  it('has a French title, purpose, retention and column label for every log of the next release', () => {
    for (const log of data.logs) {
      expect(logText(log, 'fr').translated, log.id).toBe(true);
      for (const column of log.columns) expect(column.labels?.fr, `${log.id}.${column.id}`).toBeTruthy();
    }
  });
});
