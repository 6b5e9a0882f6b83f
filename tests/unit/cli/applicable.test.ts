import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { NCMEC_OUTSIDE_US_FR } from '../../../src/lib/coverage';

const FIXTURES = join(import.meta.dirname, '../../fixtures/threats');

/** The French places section for a profile in FR, JP and the EU; dates and hotline lines come from the data. */
const FRENCH_PLACES = [
  '',
  'Ce que le kit sait des pays de votre profil',
  '-------------------------------------------',
  "- France (FR) : Le kit a un guide juridique pour ce pays (à jour au YYYY-MM-DD). Ce pays est un État membre de l'UE : les obligations de l'UE (règlement sur les services numériques) vous y visent aussi.",
  'HOTLINE',
  'HOTLINE',
  "- Japon (JP) : Le kit n'a pas de guide juridique pour ce pays. Il ne peut pas vous dire ce qu'exige le droit local : demandez à un avocat sur place quelle obligation de signaler les contenus d'abus sexuels sur enfants (CSAM) s'applique, à qui et dans quel délai.",
  'HOTLINE',
  "- Union européenne (EU) : Le kit a un guide juridique pour l'UE (à jour au YYYY-MM-DD). Vous avez indiqué l'UE sans État membre : les obligations de l'UE s'appliquent, mais ajoutez les États membres (par exemple FR, DE ou IE) pour voir leurs règles et leurs lignes de signalement nationales.",
  `- NCMEC : ${NCMEC_OUTSIDE_US_FR}`,
];

/** Hotline lines: each names its kind in French. */
const FRENCH_HOTLINE =
  /^ {2}.+ \((ligne nationale de signalement(, membre d'INHOPE)?|portail de signalement public)\) <https:\/\/[^>]+>$/u;

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['applicable', ...args], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    cwd: FIXTURES,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('child-safety-kit applicable', () => {
  it('prints text by default and exits 0', async () => {
    const result = await run(['--profile', 'us-livestreaming.yaml']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('What applies to Beacon Live');
    // The answer opens with what it covers and what it does not, before any duty.
    expect(lines[2]).toMatch(
      /^This list covers the child-safety duties the kit records for the United States, .*, as of \d{4}-\d{2}-\d{2}\. It is guidance, not legal advice\.$/,
    );
    expect(lines[4]).toBe('It does not cover:');
    expect(result.out.indexOf('It does not cover:')).toBeLessThan(result.out.indexOf('Legal obligations'));
    expect(result.out).toContain(
      "- Applies (US, Report, In force): Report apparent CSAM, child sex trafficking and enticement to NCMEC's CyberTipline [us-report-cybertipline]\n  Because you are established in the United States and host user content: ",
    );
    expect(result.out).toContain(
      '- First: Live-streaming incident [live-stream]. Applies because your platform has: Live streaming.',
    );
    expect(result.out).toContain('Questions for counsel\n---------------------');
  });

  it('prints JSON that parses, with every section', async () => {
    const result = await run(['--profile', 'us-livestreaming.yaml', '--format', 'json']);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.out);
    expect(Object.keys(answer)).toEqual([
      'kit_version',
      'as_of',
      'coverage',
      'platform',
      'hostsUserContent',
      'exempt',
      'obligations',
      'destinations',
      'templates',
      'flows',
      'threats',
      'programmes',
      'questions',
      'checklist',
      'places',
    ]);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(answer.kit_version).toBe(pkg.version);
    expect(answer.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(answer.coverage.does_not_cover.length).toBeGreaterThan(0);
    const report = answer.obligations.find((item: { id: string }) => item.id === 'us-report-cybertipline');
    expect(report.instrument).toBe('18 U.S.C. § 2258A(a)');
    expect(report.source.url).toMatch(/^https:\/\//);
    expect(report.source.pinpoint.length).toBeGreaterThan(0);
    expect(answer.destinations.map((item: { id: string }) => item.id)).toEqual([
      'ncmec-cybertipline',
      'cybertip-ca',
      'ca-police-notification',
    ]);
  });

  it('prints Markdown with --format md', async () => {
    const result = await run(['--profile', 'us-livestreaming.yaml', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe('# What applies to Beacon Live');
    expect(result.out).toMatch(/^- \[ \] By day 2: Name your child safety lead/m);
  });

  it('prints its headings and fixed sentences in French with --lang fr, and says the data it lists is in English', async () => {
    const text = await run(['--profile', 'us-livestreaming.yaml', '--lang', 'fr']);
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    expect(lines[0]).toBe("Ce qui s'applique à Beacon Live");
    expect(lines[2]).toBe(
      "Les intitulés et les textes tirés des données du kit (obligations, sources, modèles, parcours, menaces, tâches et questions) sont cités en anglais : leur traduction n'est pas encore faite.",
    );
    expect(text.out).toContain('Ne sont pas couverts :');
    // What the list covers and what it leaves out: French sentences, the same facts as the English.
    expect(lines[4]).toMatch(
      /^Cette liste couvre les obligations de protection de l'enfance que le kit recense pour les États-Unis, le Canada, .+ : signaler, conserver, .+, à jour au \d{4}-\d{2}-\d{2}\. Ce sont des indications, pas un avis juridique\.$/u,
    );
    expect(text.out).toContain(
      "\n- Le droit pénal qui s'impose aux personnes plutôt qu'aux services, et tout contrat que vous avez signé (par exemple avec un programme de partage d'empreintes).\n",
    );
    expect(text.out).toContain('Obligations légales\n------------------');
    expect(text.out).toContain("- S'applique (US, Signaler, En vigueur) : ");
    expect(text.out).toContain("- D'abord : Live-streaming incident [live-stream].");
    for (const english of [
      'What applies to',
      'Legal obligations',
      'Where to report',
      'Templates to adopt',
      'Questions for counsel',
      'First 30 days',
      'By day',
      'This list covers',
      'It is guidance',
      'Criminal law that binds',
    ]) {
      expect(text.out).not.toContain(english);
    }
    const md = await run(['--profile', 'us-livestreaming.yaml', '--format', 'md', '--lang', 'fr']);
    expect(md.out.split('\n')[0]).toBe("# Ce qui s'applique à Beacon Live");
    expect(md.out).toMatch(/^- \[ \] Au plus tard le jour 2 : Name your child safety lead/m);
    const unknown = await run(['--profile', 'us-livestreaming.yaml', '--lang', 'de']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe('child-safety-kit applicable: Unknown language "de"; expected en or fr');
  });

  it('prints the places section in French with --lang fr, and keeps the JSON notes in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csk-places-fr-'));
    const profile = join(dir, 'profile.yaml');
    writeFileSync(
      profile,
      readFileSync(join(FIXTURES, 'us-livestreaming.yaml'), 'utf8')
        .replace('established_in: [US]', 'established_in: [FR]')
        .replace('users_in: [US, CA]', 'users_in: [FR, JP, EU]'),
    );
    const section = (out: string) =>
      out
        .slice(out.indexOf('\nCe que le kit sait'))
        .split('\n')
        .map((line) => (FRENCH_HOTLINE.test(line) ? 'HOTLINE' : line.replace(/\d{4}-\d{2}-\d{2}/gu, 'YYYY-MM-DD')));
    const text = await run(['--profile', profile, '--lang', 'fr']);
    expect(text.code).toBe(0);
    expect(section(text.out)).toEqual(FRENCH_PLACES);
    const english = await run(['--profile', profile]);
    expect(english.out).toContain('\nWhat the kit knows about your places\n');
    expect(english.out).not.toContain('Ce que le kit sait');
    const json = await run(['--profile', profile, '--format', 'json', '--lang', 'fr']);
    const places = (JSON.parse(json.out) as { places: { code: string; notes: string[] }[] }).places;
    expect(places.find((place) => place.code === 'JP')!.notes[0]).toMatch(/^The kit has no legal guide for Japan\./);
  });

  it('exits 1 on an invalid profile, each problem as file:line:column field and message', async () => {
    const result = await run(['--profile', 'bad-profile.yaml']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toEqual([
      'bad-profile.yaml:8:3 `contacts.safety_email`: Expected an email address for child safety reports, such as safety@example.com, found "not-an-email"',
      'bad-profile.yaml:15:1 `size_band`: Expected one of micro, small, medium, large, found "tiny"',
      'bad-profile.yaml: 2 problems',
    ]);
  });

  it('exits 2 without --profile, with an unknown format, a missing file or a positional', async () => {
    const missing = await run([]);
    expect(missing.code).toBe(2);
    expect(missing.err.split('\n')[0]).toBe('child-safety-kit applicable: Missing --profile <file>');
    const format = await run(['--profile', 'us-livestreaming.yaml', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.err.split('\n')[0]).toBe(
      'child-safety-kit applicable: Unknown format "pdf"; expected one of text, json, md',
    );
    const nofile = await run(['--profile', 'nope.yaml']);
    expect(nofile.code).toBe(2);
    expect(nofile.err.split('\n')[0]).toBe('child-safety-kit applicable: No such file: nope.yaml');
    expect((await run(['us-livestreaming.yaml'])).code).toBe(2);
  });

  it('prints its usage with --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe(
      'Usage: child-safety-kit applicable --profile <file> [--format text|json|md] [--lang en|fr]',
    );
  });
});
