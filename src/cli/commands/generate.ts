import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CrosswalkDataError, loadCrosswalkInputs, loadRecords, REQUIREMENTS_FILE } from '../../lib/node/crosswalk-load';
import { auditChecklistMarkdown, recordCsv, recordFileName } from '../../lib/records';
import { profileCrosswalk } from '../../lib/crosswalk-profile';
import { profileValues } from '../../lib/profile';
import { applicability } from '../../lib/templates/applicability';
import { loadTemplateSetCached, openDataCache, saveDataCache } from '../../lib/node/cache';
import { isoToday, type Provenance } from '../../lib/templates/control';
import { ReferenceDocxError, referenceStyles } from '../../lib/templates/reference';
import type { TemplateSet } from '../../lib/templates/load';
import {
  EXPORT_FORMATS,
  fileName,
  renderTemplate,
  type ExportFormat,
  type RenderedTemplate,
} from '../../lib/templates/render';
import { readTemplateSources, TemplateDataError } from '../../lib/node/template-sources';
import { readKitVersion, translationRoot } from '../../lib/node/releases';
import {
  CACHE_DIR,
  kitRootOf,
  parseCommandArgs,
  RELEASE_HELP,
  RELEASE_OPTION,
  selectRelease,
  UsageError,
  type Command,
} from '../command';
import { readProfileArgument, reportProfileProblems } from './validate-profile';

/** The languages the kit's templates are written in; English is the source. */
export const LANGUAGES = ['en', 'fr'] as const;

function formatsFrom(value: string | undefined): ExportFormat[] {
  if (value === undefined) return [...EXPORT_FORMATS];
  const formats = value
    .split(',')
    .map((format) => format.trim())
    .filter(Boolean);
  for (const format of formats) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`Unknown format "${format}"; expected md, docx or md,docx`);
    }
  }
  if (formats.length === 0) throw new UsageError('Expected --format md, docx or md,docx');
  return [...new Set(formats)] as ExportFormat[];
}

export const generate: Command = {
  name: 'generate',
  summary: 'Fill the policy templates with a platform profile, as Markdown and Word files',
  usage: `Usage: child-safety-kit generate --profile <file> --out <dir> [--format md,docx] [--template <id>]...
                                [--reference-docx <file>] [--lang en|fr] [--release <version>]

Fills the policy templates with your platform profile and writes one file per template and
format into <dir>: <id>.md and <id>.docx. Without --template, writes every template that
applies to the profile; with it, writes the templates named, whether or not they apply.
Each file opens with a document-control block (owner, version, effective and review dates,
approval) and says which kit version and release it came from.
With the kit's own templates it also writes crosswalk.md and crosswalk.csv (the requirements
that apply to the profile and the clauses and flow steps that meet them), the record templates
in records/ (<log>.csv with a header row, and <log>.docx with --format docx) and
audit-checklist.md.

Options:
  --profile <file>    the platform profile, YAML or JSON (required; see static/examples/)
  --out <dir>         the folder to write into, created if missing (required)
  --format <list>     md, docx or md,docx (default: md,docx)
  --template <id>     a template to write, such as child-safety-policy; repeat for several
  --templates <dir>   a folder of your own adapted templates, laid out like docs/policies
                      (default: the policies of the release)
  --reference-docx <file>
                      a Word document whose styles the .docx files take instead of the
                      kit's house style (only its styles are used, not its text)
  --lang <code>       en (default) or fr: the language of the kit's templates; fr reads the
                      release's i18n/fr/docusaurus-plugin-content-docs/<version>/policies and
                      fails, writing nothing, if a template you need has no French version yet
                      (the crosswalk, the records' Word files and the audit checklist then have
                      French headings and sentences; the data they list stays in English)
${RELEASE_HELP}

Exit codes: 0 files written, 1 invalid profile, templates or reference document (nothing is
written), 2 usage error.`,
  async run(args, io) {
    const { values } = parseCommandArgs({
      args,
      allowPositionals: false,
      options: {
        profile: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        template: { type: 'string', multiple: true },
        templates: { type: 'string' },
        'reference-docx': { type: 'string' },
        lang: { type: 'string' },
        ...RELEASE_OPTION,
      },
    });
    const release = selectRelease(values.release, io);
    if (!values.profile) throw new UsageError('Missing --profile <file>');
    const lang = (values.lang ?? 'en') as (typeof LANGUAGES)[number];
    if (!(LANGUAGES as readonly string[]).includes(lang))
      throw new UsageError(`Unknown language "${lang}"; expected ${LANGUAGES.join(' or ')}`);
    if (lang !== 'en' && values.templates) {
      throw new UsageError(
        "--lang chooses among the kit's own templates; for your own translated templates, give their folder with --templates",
      );
    }
    if (!values.out) throw new UsageError('Missing --out <dir>');
    /** Where the chosen language's templates are: the release's translated policies folder. */
    const translatedPolicies =
      lang === 'en' ? undefined : join(translationRoot(kitRootOf(io), lang, release), 'policies');
    const formats = formatsFrom(values.format);
    const referenceFile = values['reference-docx'];
    if (referenceFile !== undefined && !formats.includes('docx')) {
      throw new UsageError('--reference-docx styles Word files; use it with --format docx or md,docx');
    }

    let reference: string | undefined;
    if (referenceFile !== undefined) {
      const path = resolve(io.cwd, referenceFile);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch {
        io.err(`${referenceFile}: cannot read the file; check the path given to --reference-docx`);
        io.err('Nothing was written');
        return 1;
      }
      try {
        reference = referenceStyles(bytes, referenceFile);
      } catch (error) {
        if (!(error instanceof ReferenceDocxError)) throw error;
        io.err(error.message);
        io.err('Nothing was written');
        return 1;
      }
    }

    openDataCache(CACHE_DIR);
    let set: TemplateSet;
    try {
      set = await loadTemplateSetCached(
        readTemplateSources(
          values.templates ? resolve(io.cwd, values.templates) : join(release.root, 'policies'),
          io.cwd,
          translatedPolicies,
        ),
        CACHE_DIR,
      );
    } catch (error) {
      if (!(error instanceof TemplateDataError)) throw error;
      io.err(error.message);
      io.err('The templates are invalid; nothing was written');
      return 1;
    }
    const missing = set.missing ?? [];
    const known = [...set.templates.map((template) => template.entry.id), ...missing.map((entry) => entry.id)];
    for (const id of values.template ?? []) {
      if (!known.includes(id)) throw new UsageError(`Unknown template "${id}"; expected one of ${known.join(', ')}`);
    }

    const { name, result } = readProfileArgument(values.profile, io);
    if (!result.ok) {
      reportProfileProblems(name, result, io, '; nothing was written');
      return 1;
    }

    const templateProblems = set.templates.flatMap((template) =>
      template.problems.map(
        (problem) => `${relative(io.cwd, template.file)}:${problem.line}:${problem.column} ${problem.message}`,
      ),
    );
    if (templateProblems.length > 0) {
      templateProblems.forEach((line) => io.err(line));
      io.err('The templates are invalid; nothing was written');
      return 1;
    }

    const flat = profileValues(result.profile, set.registry);
    const wanted = (entry: { id: string; applies_when?: Parameters<typeof applicability>[0] }) =>
      values.template
        ? values.template.includes(entry.id)
        : applicability(entry.applies_when, flat, set.registry).applies;
    const untranslated = missing.filter(wanted).map((entry) => entry.id);
    if (untranslated.length > 0) {
      io.err(
        `No ${lang} version yet of: ${untranslated.join(', ')} (expected ${relative(io.cwd, translatedPolicies!) || '.'}/<id>.mdx); generate them in English, or choose templates with --template`,
      );
      io.err('Nothing was written');
      return 1;
    }
    const chosen = set.templates.filter((template) => wanted(template.entry));

    /** Where the outputs come from, for the stamp every generated file carries. */
    const provenance: Provenance = {
      kitVersion: readKitVersion(kitRootOf(io)),
      release: release.name,
      generated: isoToday(),
    };
    const rendered: RenderedTemplate[] = [];
    for (const template of chosen) {
      rendered.push(
        await renderTemplate(
          template.document,
          flat,
          formats,
          provenance,
          reference !== undefined ? { referenceStyles: reference, lang } : { lang },
        ),
      );
    }
    const unfilled = rendered.filter((item) => item.unresolved.length > 0 || item.undecided.length > 0);
    if (unfilled.length > 0) {
      for (const item of unfilled) {
        io.err(`${item.id}: the profile does not fill ${[...item.unresolved, ...item.undecided].join(', ')}`);
      }
      io.err('Nothing was written');
      return 1;
    }

    // The crosswalk maps the kit's own clause ids, so it comes with the kit's templates only, and with a release
    // that has one (it started after 2026.12).
    const extra: [string, string | Uint8Array][] = [];
    const hasCrosswalk = existsSync(join(release.root, REQUIREMENTS_FILE));
    if (!values.templates && !hasCrosswalk)
      io.out(`Release ${release.name} has no crosswalk or record templates; a later release has them.`);
    if (!values.templates && hasCrosswalk) {
      try {
        const inputs = loadCrosswalkInputs(release.root, io.cwd, set);
        const crosswalk = (format: 'md' | 'csv') =>
          profileCrosswalk(
            {
              requirements: inputs.requirements,
              index: inputs.index,
              templates: set.templates.map((template) => template.entry),
              registry: set.registry,
            },
            flat,
            { release: release.name, platform: result.profile.platform.name, lang },
            format,
          );
        extra.push(['crosswalk.md', crosswalk('md')], ['crosswalk.csv', crosswalk('csv')]);
        const records = loadRecords(release.root, io.cwd);
        const { recordDocx } = formats.includes('docx')
          ? await import('../../lib/records-docx')
          : { recordDocx: undefined };
        for (const log of records.logs) {
          extra.push([recordFileName(log, 'csv'), recordCsv(log, lang)]);
          if (recordDocx)
            extra.push([
              recordFileName(log, 'docx'),
              await recordDocx(log, { release: release.name, platform: result.profile.platform.name, lang }),
            ]);
        }
        extra.push([
          'audit-checklist.md',
          auditChecklistMarkdown(records, {
            release: release.name,
            clauseTitle: (ref) => inputs.index.get(ref)?.title ?? ref,
            lang,
          }),
        ]);
      } catch (error) {
        if (!(error instanceof CrosswalkDataError)) throw error;
        io.err(error.message);
        io.err('The crosswalk data is invalid; nothing was written');
        return 1;
      }
    }

    saveDataCache();
    const out = resolve(io.cwd, values.out);
    mkdirSync(out, { recursive: true });
    let count = 0;
    for (const item of rendered) {
      for (const format of formats) {
        const path = join(out, fileName(item.id, format));
        writeFileSync(path, format === 'md' ? item.markdown! : item.docx!);
        io.out(`wrote ${relative(io.cwd, path) || path}`);
        count += 1;
      }
    }
    if (extra.length > 0) mkdirSync(join(out, 'records'), { recursive: true });
    for (const [name, text] of extra) {
      const path = join(out, name);
      writeFileSync(path, text);
      io.out(`wrote ${relative(io.cwd, path) || path}`);
      count += 1;
    }
    io.out(
      `${count} file${count === 1 ? '' : 's'} for ${rendered.length} template${rendered.length === 1 ? '' : 's'} in ${relative(io.cwd, out) || '.'}`,
    );
    return 0;
  },
};
