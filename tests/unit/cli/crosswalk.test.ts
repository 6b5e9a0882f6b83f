import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { CROSSWALK_SCOPE_FR, CSV_HEADER } from '../../../src/lib/crosswalk';

const FIXTURES = join(import.meta.dirname, '../../fixtures/threats');

async function run(args: string[], cwd = FIXTURES) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['crosswalk', ...args], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    cwd,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// The first run parses every template (then cached), which takes seconds on a busy machine.
describe('child-safety-kit crosswalk', { timeout: 30_000 }, () => {
  it('prints the Markdown crosswalk for the profile: US and CA duties, not the EU or UK ones', async () => {
    const result = await run(['--profile', 'us-livestreaming.yaml']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out.split('\n')[0]).toBe('# Crosswalk for Beacon Live');
    expect(result.out).toContain('| 18 U.S.C. § 2258A(a)(1) |');
    expect(result.out).not.toContain('| Digital Services Act |');
    expect(result.out).not.toContain('| Online Safety Act 2023 |');
  });

  it('says a release from before the crosswalk has none, and writes nothing to standard output', async () => {
    const result = await run(['--profile', 'us-livestreaming.yaml', '--release', '2026.12']);
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'Release 2026.12 has no crosswalk: it started in a later release. Use --release with a newer one.',
    });
  });

  it('prints CSV with the header row and JSON that parses', async () => {
    const csv = await run(['--profile', 'us-livestreaming.yaml', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    const json = JSON.parse((await run(['--profile', 'us-livestreaming.yaml', '--format', 'json'])).out);
    expect(json.platform).toBe('Beacon Live');
    expect(
      json.requirements.every((row: { jurisdiction: string }) =>
        ['US', 'CA', 'store', 'voluntary'].includes(row.jurisdiction),
      ),
    ).toBe(true);
  });

  it('keeps a hostile platform name as text in the CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosswalk-'));
    const profile = (await import('node:fs'))
      .readFileSync(join(FIXTURES, 'us-livestreaming.yaml'), 'utf8')
      .replace(/name: .*/, 'name: \'=cmd|"/c calc"!A1\'');
    writeFileSync(join(dir, 'hostile.yaml'), profile);
    const result = await run(['--profile', 'hostile.yaml', '--format', 'csv'], dir);
    expect(result.code).toBe(0);
    const first = result.out.split('\r\n')[1]!;
    expect(first.endsWith(`,"'=cmd|""/c calc""!A1"`)).toBe(true);
  });

  it('exits 2 on an unknown format and 1 on an invalid profile', async () => {
    const usage = await run(['--profile', 'us-livestreaming.yaml', '--format', 'xlsx']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Unknown format "xlsx"; expected one of csv, json, md');
    const bad = await run(['--profile', 'bad-profile.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
  });
});

describe('child-safety-kit generate, with the kit templates', { timeout: 60_000 }, () => {
  it('writes crosswalk.md and crosswalk.csv for the profile beside the templates', async () => {
    const out = mkdtempSync(join(tmpdir(), 'crosswalk-generate-'));
    const lines: string[] = [];
    const code = await main(
      [
        'generate',
        '--profile',
        'us-livestreaming.yaml',
        '--out',
        out,
        '--format',
        'md',
        '--template',
        'child-safety-policy',
      ],
      {
        out: (text) => lines.push(text),
        err: (text) => lines.push(text),
        cwd: FIXTURES,
      },
    );
    expect(code).toBe(0);
    const { readdirSync, readFileSync } = await import('node:fs');
    expect(readdirSync(out).sort()).toEqual([
      'audit-checklist.md',
      'child-safety-policy.md',
      'crosswalk.csv',
      'crosswalk.md',
      'records',
    ]);
    expect(readdirSync(join(out, 'records')).sort()).toEqual([
      'appeals-log.csv',
      'decision-log.csv',
      'law-enforcement-request-log.csv',
      'moderator-exposure-log.csv',
      'preservation-log.csv',
      'report-log.csv',
      'reupload-log.csv',
      'risk-assessment-record.csv',
    ]);
    expect(readFileSync(join(out, 'records', 'report-log.csv'), 'utf8')).toBe(
      'Case reference,Destination,Legal basis,"Sent (date, time, time zone)",Sent by,Report ID or receipt,Supplemental reports,Preservation record\r\n',
    );
    expect(readFileSync(join(out, 'crosswalk.csv'), 'utf8').split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    expect(readFileSync(join(out, 'crosswalk.md'), 'utf8').split('\n')[0]).toBe('# Crosswalk for Beacon Live');
    expect(readFileSync(join(out, 'child-safety-policy.md'), 'utf8')).toContain('\n## How to report {#reporting}\n');
    expect(lines.at(-1)).toMatch(/^12 files for 1 template in /);
  });

  it('writes the crosswalk, the record Word files and the audit checklist with French headings with --lang fr', async () => {
    const { readFileSync } = await import('node:fs');
    const generate = async (lang: string) => {
      const out = mkdtempSync(join(tmpdir(), `crosswalk-generate-${lang}-`));
      const code = await main(
        [
          'generate',
          '--profile',
          'us-livestreaming.yaml',
          '--out',
          out,
          '--format',
          'md,docx',
          '--template',
          'child-safety-policy',
          '--lang',
          lang,
        ],
        { out: () => undefined, err: (text) => console.error(text), cwd: FIXTURES },
      );
      expect(code).toBe(0);
      const read = (name: string) => readFileSync(join(out, name), 'utf8');
      const docx = strFromU8(unzipSync(readFileSync(join(out, 'records', 'report-log.docx')))['word/document.xml']!);
      return { read, docx };
    };
    const fr = await generate('fr');
    const crosswalk = fr.read('crosswalk.md').split('\n');
    expect(crosswalk[0]).toBe('# Table de correspondance pour Beacon Live');
    expect(crosswalk[2]).toMatch(
      /^Child Safety Kit 2027\.01\. Exigences vérifiées au \d{4}-\d{2}-\d{2}\. (\d+) exigences : (\d+) satisfaites par les modèles ou parcours du kit, (\d+) non couvertes \(avec la raison\)\. Les exigences, raisons et sources sont citées en anglais : leur traduction n'est pas encore faite\.$/u,
    );
    expect(crosswalk[4]).toBe(CROSSWALK_SCOPE_FR);
    expect(crosswalk.slice(6, 8)).toEqual([
      '| Exigence | Régime | Référence | Satisfaite par | Source |',
      '| --- | --- | --- | --- | --- |',
    ]);
    expect(
      crosswalk.slice(8).every((line) => line === '' || / \(vérifiée le \d{4}-\d{2}-\d{2}\) \|$/u.test(line)),
    ).toBe(true);
    const checklist = fr.read('audit-checklist.md').split('\n');
    expect(checklist.slice(0, 6)).toEqual([
      "# Liste de contrôle d'audit",
      '',
      "Child Safety Kit 2027.01. Ce qu'un auditeur demande à voir, le registre qui répond à chaque question et la clause de la politique qui dit que vous le tenez. Elle couvre les 8 registres du kit ; elle ne couvre pas les registres exigés par vos autres lois ou contrats. Les questions et les noms des registres sont cités en anglais : leur traduction n'est pas encore faite.",
      '',
      '| Question | Registre | Clause |',
      '| --- | --- | --- |',
    ]);
    expect(fr.docx).toContain('Durée de conservation : ');
    expect(fr.docx).toContain('Pourquoi vous le conservez : ');
    expect(fr.docx).toContain(
      // 2027.01's records have no French title, purpose or retention yet: the file says they are English.
      'Identifiants et références uniquement : ne copiez, ne joignez et ne décrivez jamais le contenu lui-même. Le titre, l&apos;objet, la durée de conservation et les sources de ce registre sont cités en anglais : leur traduction n&apos;est pas encore faite. Tiré de Child Safety Kit 2027.01.',
    );
    for (const english of ['How long to keep it', 'Why you keep it', 'Record IDs and references only']) {
      expect(fr.docx).not.toContain(english);
    }
    // English stays as it was.
    const en = await generate('en');
    expect(en.read('crosswalk.md').split('\n')[0]).toBe('# Crosswalk for Beacon Live');
    expect(en.read('audit-checklist.md').split('\n').slice(0, 1)).toEqual(['# Audit checklist']);
    expect(en.docx).toContain('How long to keep it: ');
    expect(en.docx).not.toContain('Durée de conservation');
  });
});
