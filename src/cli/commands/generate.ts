import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { profileValues } from '../../lib/profile';
import { applicability } from '../../lib/templates/applicability';
import { loadTemplateSetCached } from '../../lib/templates/cache';
import type { TemplateSet } from '../../lib/templates/load';
import { EXPORT_FORMATS, fileName, renderTemplate, type ExportFormat, type RenderedTemplate } from '../../lib/templates/render';
import { TemplateDataError } from '../../lib/templates/sources';
import { parseCommandArgs, UsageError, type Command } from '../command';
import { readProfileArgument, reportProfileProblems } from './validate-profile';

/** The kit's own templates and cache, wherever the command runs from. */
const KIT_ROOT = join(import.meta.dirname, '..', '..', '..');
const KIT_POLICIES = join(KIT_ROOT, 'docs', 'policies');
const CACHE_DIR = join(KIT_ROOT, 'node_modules', '.cache', 'child-safety-kit');
/** The languages the kit's templates are written in; English is the source. */
export const LANGUAGES = ['en', 'fr'] as const;
/** Where a language's templates are: the translated policies folder of the unreleased version. */
const translatedPolicies = (lang: string) => join(KIT_ROOT, 'i18n', lang, 'docusaurus-plugin-content-docs', 'current', 'policies');

function formatsFrom(value: string | undefined): ExportFormat[] {
  if (value === undefined) return [...EXPORT_FORMATS];
  const formats = value.split(',').map((format) => format.trim()).filter(Boolean);
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
  usage: `Usage: child-safety-kit generate --profile <file> --out <dir> [--format md,docx] [--template <id>]... [--lang en|fr]

Fills the policy templates with your platform profile and writes one file per template and
format into <dir>: <id>.md and <id>.docx. Without --template, writes every template that
applies to the profile; with it, writes the templates named, whether or not they apply.

Options:
  --profile <file>    the platform profile, YAML or JSON (required; see static/examples/)
  --out <dir>         the folder to write into, created if missing (required)
  --format <list>     md, docx or md,docx (default: md,docx)
  --template <id>     a template to write, such as child-safety-policy; repeat for several
  --templates <dir>   a folder of your own adapted templates, laid out like docs/policies
                      (default: the kit's docs/policies)
  --lang <code>       en (default) or fr: the language of the kit's templates; fr reads
                      i18n/fr/docusaurus-plugin-content-docs/current/policies and fails,
                      writing nothing, if a template you need has no French version yet

Exit codes: 0 files written, 1 invalid profile or templates (nothing is written), 2 usage error.`,
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
        lang: { type: 'string' },
      },
    });
    if (!values.profile) throw new UsageError('Missing --profile <file>');
    const lang = values.lang ?? 'en';
    if (!(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`Unknown language "${lang}"; expected ${LANGUAGES.join(' or ')}`);
    if (lang !== 'en' && values.templates) {
      throw new UsageError('--lang chooses among the kit\'s own templates; for your own translated templates, give their folder with --templates');
    }
    if (!values.out) throw new UsageError('Missing --out <dir>');
    const formats = formatsFrom(values.format);

    let set: TemplateSet;
    try {
      const pages = lang === 'en' ? undefined : translatedPolicies(lang);
      set = await loadTemplateSetCached(values.templates ? resolve(io.cwd, values.templates) : KIT_POLICIES, io.cwd, CACHE_DIR, pages);
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
      template.problems.map((problem) => `${relative(io.cwd, template.file)}:${problem.line}:${problem.column} ${problem.message}`),
    );
    if (templateProblems.length > 0) {
      templateProblems.forEach((line) => io.err(line));
      io.err('The templates are invalid; nothing was written');
      return 1;
    }

    const flat = profileValues(result.profile, set.registry);
    const wanted = (entry: { id: string; applies_when?: Parameters<typeof applicability>[0] }) =>
      values.template ? values.template.includes(entry.id) : applicability(entry.applies_when, flat, set.registry).applies;
    const untranslated = missing.filter(wanted).map((entry) => entry.id);
    if (untranslated.length > 0) {
      io.err(
        `No ${lang} version yet of: ${untranslated.join(', ')} (expected ${relative(io.cwd, translatedPolicies(lang)) || '.'}/<id>.mdx); generate them in English, or choose templates with --template`,
      );
      io.err('Nothing was written');
      return 1;
    }
    const chosen = set.templates.filter((template) => wanted(template.entry));

    const rendered: RenderedTemplate[] = [];
    for (const template of chosen) rendered.push(await renderTemplate(template.document, flat, formats));
    const unfilled = rendered.filter((item) => item.unresolved.length > 0 || item.undecided.length > 0);
    if (unfilled.length > 0) {
      for (const item of unfilled) {
        io.err(`${item.id}: the profile does not fill ${[...item.unresolved, ...item.undecided].join(', ')}`);
      }
      io.err('Nothing was written');
      return 1;
    }

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
    io.out(`${count} file${count === 1 ? '' : 's'} for ${rendered.length} template${rendered.length === 1 ? '' : 's'} in ${relative(io.cwd, out) || '.'}`);
    return 0;
  },
};
