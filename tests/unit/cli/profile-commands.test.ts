import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { isoToday } from '../../../src/lib/templates/control';
import { strFromU8, unzipSync } from 'fflate';
import { companyReference } from '../../support/docx';
import { docxText } from '../lib/templates/support';

const fixtures = join(import.meta.dirname, '../../fixtures');
/** The newest release, which generate reads (and stamps) by default. */
const newest = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../versions.json'), 'utf8')) as string[])[0]!;

async function run(args: string[], cwd = fixtures) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const TEMPLATES = ['--templates', 'templates/policies'];
const tempOut = () => mkdtempSync(join(tmpdir(), 'csk-generate-'));
/** `generate` of the valid fixture profile into `out`, with the fixture templates and any other `options`. */
const generate = (out: string, ...options: string[]) =>
  run(['generate', '--profile', 'profiles/valid.yaml', '--out', out, ...options, ...TEMPLATES]);

/** `generate --lang fr` of the valid profile into `out`, with the given options. */
const generateFrench = (out: string, ...options: string[]) =>
  run(['generate', '--profile', 'profiles/valid.yaml', '--out', out, '--lang', 'fr', ...options]);

describe('validate-profile', () => {
  it('exit 0 for a valid profile', async () => {
    expect(await run(['validate-profile', 'profiles/valid.yaml'])).toEqual({
      code: 0,
      out: 'profiles/valid.yaml: valid profile',
      err: '',
    });
  });

  it('exit 1 listing every problem as file:line:column field and message', async () => {
    const result = await run(['validate-profile', 'profiles/bad.yaml']);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('profiles/bad.yaml:3:3 `platform.name`: Expected the name of your platform, found ""');
    expect(lines[2]).toBe(
      'profiles/bad.yaml:7:1 Missing `contacts.safety_lead`: expected the name or role of your child safety point of contact',
    );
    expect(lines.at(-1)).toBe('profiles/bad.yaml: 9 problems');
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('exit 2 with usage for a missing file or argument; --help exits 0', async () => {
    const missing = await run(['validate-profile', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /^child-safety-kit validate-profile: No such file: nope\.yaml\n\nUsage: child-safety-kit validate-profile <file>/,
    );
    expect((await run(['validate-profile'])).err.split('\n')[0]).toBe(
      'child-safety-kit validate-profile: Missing the profile file',
    );
    expect((await run(['validate-profile', 'a', 'b'])).code).toBe(2);
    const help = await run(['validate-profile', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: child-safety-kit validate-profile <file>/);
  });
});

describe('generate', () => {
  it('writes every template that applies, as Markdown and Word', async () => {
    const out = tempOut();
    const result = await generate(out);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(readdirSync(out).sort()).toEqual(['sample-policy.docx', 'sample-policy.md']);
    expect(result.out.split('\n').at(-1)).toMatch(/^2 files for 1 template in /);
    const markdown = readFileSync(join(out, 'sample-policy.md'), 'utf8');
    expect(markdown).toContain(
      'This policy applies to Lumen Photos, run by Lumen Photos B.V. at <https://lumen.example>.',
    );
    expect(docxText(readFileSync(join(out, 'sample-policy.docx'))).text).toContain(
      'This policy applies to Lumen Photos',
    );
  });

  it('stamps each file with the kit version and release, and opens it with document control', async () => {
    const out = tempOut();
    expect((await generate(out)).code).toBe(0);
    const kit = (
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }
    ).version;
    const markdown = readFileSync(join(out, 'sample-policy.md'), 'utf8');
    expect(markdown).toMatch(
      new RegExp(
        `^---\\ntitle: "Sample policy"\\nkit_version: "${kit.replaceAll('.', '\\.')}"\\nrelease: "${newest.replaceAll('.', '\\.')}"\\ngenerated: "\\d{4}-\\d{2}-\\d{2}"\\n`,
      ),
    );
    expect(markdown).toContain('| Document control');
    const custom = strFromU8(unzipSync(readFileSync(join(out, 'sample-policy.docx')))['docProps/custom.xml']!);
    expect(custom).toContain(`name="Kit version"><vt:lpwstr>${kit}</vt:lpwstr>`);
  });

  it('--reference-docx: Word files take the styles of the reference document', async () => {
    const out = tempOut();
    const reference = join(out, 'brand.docx');
    writeFileSync(reference, await companyReference());
    const result = await generate(join(out, 'docs'), '--reference-docx', reference);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const styles = strFromU8(unzipSync(readFileSync(join(out, 'docs', 'sample-policy.docx')))['word/styles.xml']!);
    expect(styles.match(/<w:style [^>]*w:styleId="Heading1"[^]*?<\/w:style>/)![0]).toContain('8B0000');
  });

  it('--reference-docx: a file that is not a Word document is exit 1 naming the file, with nothing written', async () => {
    const out = tempOut();
    const bad = join(out, 'brand.docx');
    writeFileSync(bad, 'not a document');
    const result = await generate(join(out, 'docs'), '--reference-docx', bad);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      `${bad}: not a Word document (.docx is a zip file, and this is not one); give a .docx saved by Word or LibreOffice (File › Save As › Word Document)`,
      'Nothing was written',
    ]);
    expect(existsSync(join(out, 'docs'))).toBe(false);
    const missing = await generate(join(out, 'docs'), '--reference-docx', 'nope.docx');
    expect(missing).toMatchObject({
      code: 1,
      err: 'nope.docx: cannot read the file; check the path given to --reference-docx\nNothing was written',
    });
    const mdOnly = await generate(join(out, 'docs'), '--format', 'md', '--reference-docx', bad);
    expect(mdOnly.code).toBe(2);
    expect(mdOnly.err.split('\n')[0]).toBe(
      'child-safety-kit generate: --reference-docx styles Word files; use it with --format docx or md,docx',
    );
  });

  it('writes only the templates and formats asked for, even one that does not apply', async () => {
    const out = tempOut();
    const result = await generate(out, '--format', 'md', '--template', 'streaming-rules');
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['streaming-rules.md']);
  });

  it('exit 1 for an invalid profile, listing its problems, and writes nothing', async () => {
    const out = join(tempOut(), 'policies');
    const result = await run(['generate', '--profile', 'profiles/bad.yaml', '--out', out, ...TEMPLATES]);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toBe(
      'profiles/bad.yaml:3:3 `platform.name`: Expected the name of your platform, found ""',
    );
    expect(result.err.split('\n').at(-1)).toBe('profiles/bad.yaml: 9 problems; nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('exit 2 with usage for missing options, an unknown format or template', async () => {
    const usage = /\n\nUsage: child-safety-kit generate --profile <file> --out <dir>/;
    const noProfile = await run(['generate', '--out', 'x']);
    expect(noProfile.code).toBe(2);
    expect(noProfile.err).toMatch(/^child-safety-kit generate: Missing --profile <file>/);
    expect(noProfile.err).toMatch(usage);
    expect((await run(['generate', '--profile', 'profiles/valid.yaml'])).err.split('\n')[0]).toBe(
      'child-safety-kit generate: Missing --out <dir>',
    );
    expect(
      (await run(['generate', '--profile', 'profiles/valid.yaml', '--out', 'x', '--format', 'pdf'])).err.split('\n')[0],
    ).toBe('child-safety-kit generate: Unknown format "pdf"; expected md, docx or md,docx');
    expect(
      (
        await run(['generate', '--profile', 'profiles/valid.yaml', '--out', 'x', '--template', 'nope', ...TEMPLATES])
      ).err.split('\n')[0],
    ).toBe('child-safety-kit generate: Unknown template "nope"; expected one of sample-policy, streaming-rules');
    expect((await run(['generate', '--bogus'])).code).toBe(2);
    const help = await run(['generate', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(
      /^Usage: child-safety-kit generate --profile <file> --out <dir> \[--format md,docx\] \[--template <id>\]\.\.\./,
    );
  });

  it('exit 1 when the templates use an unknown variable, naming the file and line', async () => {
    const out = tempOut();
    const result = await run([
      'generate',
      '--profile',
      'profiles/valid.yaml',
      '--out',
      join(out, 'x'),
      '--templates',
      'templates/broken',
    ]);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      'templates/broken/unknown-variable.mdx:13:12 Unknown variable `platform.nmae` (did you mean `platform.name`?); expected a variable declared in policies/_data/variables.yaml',
      'The templates are invalid; nothing was written',
    ]);
    expect(existsSync(join(out, 'x'))).toBe(false);
  });

  it('lists generate and validate-profile in the main help', async () => {
    const help = (await run(['--help'])).out;
    expect(help).toContain(
      '  generate          Fill the policy templates with a platform profile, as Markdown and Word files',
    );
    expect(help).toContain('  validate-profile  Check a platform profile (YAML or JSON) against the profile schema');
  });
});

describe('generate --lang fr', () => {
  it("writes a translated template in French, with the profile filled in and without the adopters' notes", async () => {
    const out = tempOut();
    const result = await generateFrench(out, '--template', 'appeals-policy');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // The newest release's French template, beside the crosswalk and records every generate writes.
    expect(readdirSync(out).sort()).toEqual([
      'appeals-policy.docx',
      'appeals-policy.md',
      'audit-checklist.md',
      'crosswalk.csv',
      'crosswalk.md',
      'records',
    ]);
    const markdown = readFileSync(join(out, 'appeals-policy.md'), 'utf8');
    expect(markdown).toContain('## Ce que vous pouvez contester {#scope}\n');
    expect(markdown).toContain('release: "2027.01"');
    expect(markdown).toContain('Lumen Photos');
    // Clause ids ({#scope}) stay; the site-only anchors of the English headings ({#how-to-adapt-this}) go.
    expect(markdown).not.toMatch(/\{#[a-z]+-[a-z-]+\}/);
    expect(markdown).not.toContain('Comment adapter ce modèle');
    expect(docxText(readFileSync(join(out, 'appeals-policy.docx'))).text).toContain(
      'Ce que nous ne pouvons pas annuler',
    );
  });

  it('opens each French document with its document-control block in French, in Markdown and Word', async () => {
    const out = tempOut();
    const result = await generateFrench(out, '--template', 'appeals-policy');
    expect(result.code).toBe(0);
    const today = isoToday();
    const markdown = readFileSync(join(out, 'appeals-policy.md'), 'utf8');
    const title = /^# (.+)$/m.exec(markdown)![1]!;
    const table = markdown
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .slice(0, 10)
      .map((line) => line.replace(/ +/g, ' ').replace(/-{2,}/g, '-'));
    expect(table).toEqual([
      '| Suivi du document | |',
      '| - | - |',
      `| **Intitulé** | ${title} |`,
      '| **Plateforme** | Lumen Photos |',
      '| **Responsable** | Head of Trust and Safety |',
      '| **Version** | 1.0 |',
      `| **Date d'entrée en vigueur** | ${today} |`,
      expect.stringMatching(/^\| \*\*Prochain réexamen\*\* \| \d{4}-\d{2}-\d{2} \|$/),
      "| **Approuvé par** | \\[À compléter par votre entreprise : nom, fonction et date de l'approbation] |",
      expect.stringMatching(
        new RegExp(
          `^\\| \\*\\*Généré à partir de\\*\\* \\| Child Safety Kit \\S+, version 2027\\.01, document généré le ${today} \\|$`,
        ),
      ),
    ]);
    const { text } = docxText(readFileSync(join(out, 'appeals-policy.docx')));
    expect(text).toContain(`Suivi du documentIntitulé${title}PlateformeLumen Photos`);
    for (const english of [
      'Document control',
      'Owner',
      'Effective date',
      'Next review',
      'Approved by',
      'Generated from',
    ])
      expect(markdown + text).not.toContain(english);
  });

  it('writes nothing and names the templates that have no French version yet', async () => {
    const out = tempOut();
    const result = await run([
      'generate',
      '--profile',
      'profiles/valid.yaml',
      '--out',
      out,
      '--lang',
      'fr',
      '--template',
      'appeals-policy',
      '--template',
      'data-retention',
      // Release 2026.12 has three templates in French (2027.01 now has them all): data-retention is not one.
      '--release',
      '2026.12',
    ]);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')[0]).toMatch(
      /^No fr version yet of: data-retention \(expected .*i18n\/fr\/docusaurus-plugin-content-docs\/version-2026\.12\/policies\/<id>\.mdx\)/,
    );
    expect(result.err.split('\n').at(-1)).toBe('Nothing was written');
    expect(readdirSync(out)).toEqual([]);
  });

  it('rejects an unknown language, and --lang with your own --templates', async () => {
    const unknown = await run(['generate', '--profile', 'profiles/valid.yaml', '--out', tempOut(), '--lang', 'de']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe('child-safety-kit generate: Unknown language "de"; expected en or fr');
    const own = await run([
      'generate',
      '--profile',
      'profiles/valid.yaml',
      '--out',
      tempOut(),
      '--lang',
      'fr',
      ...TEMPLATES,
    ]);
    expect(own.code).toBe(2);
  });
});
