import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { whatApplies } from '../../lib/applicability';
import { FORMAT_LABELS, formatWhatApplies, type FormatLanguage } from '../../lib/applicability-format';
import { ApplicabilityDataError, loadApplicabilityInputs } from '../../lib/applicability-load';
import { parseCommandArgs, UsageError, type Command } from '../command';
import { readProfileArgument, reportProfileProblems } from './validate-profile';

const KIT_DOCS = join(import.meta.dirname, '..', '..', '..', 'docs');
const KIT_PACKAGE = join(import.meta.dirname, '..', '..', '..', 'package.json');
const FORMATS = ['text', 'json', 'md'] as const;

export const applicable: Command = {
  name: 'applicable',
  summary: 'Say which duties, destinations, templates, flows, threats and programmes apply to a profile',
  usage: `Usage: child-safety-kit applicable --profile <file> [--format text|json|md] [--lang en|fr]

Reads a platform profile (YAML or JSON, checked as validate-profile checks it) and prints what
applies to the platform, opening with what the answer covers and what it does not: legal obligations with the reasons, where to report, templates and flows
to adopt first, threats to assess, programmes to consider, questions for counsel and a
first-30-days checklist. The same rules as the "What applies to you" page.

Options:
  --profile <file>   the platform profile (required)
  --format <format>  text (default), json or md (JSON carries kit_version, as_of and, per duty,
                     its instrument and source: title, pinpoint and URL)
  --lang <code>      en (default) or fr: the language of the text and Markdown answer's headings
                     and fixed sentences (the duties and reasons it lists stay in English for now)
Exit codes: 0 done, 1 invalid profile (each problem as file:line:column, field and fix), 2 usage error.`,
  run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: false, options: { profile: { type: 'string' }, format: { type: 'string', default: 'text' }, lang: { type: 'string', default: 'en' } } });
    const { profile: file, format, lang } = parsed.values;
    if (!Object.hasOwn(FORMAT_LABELS, lang!)) throw new UsageError(`Unknown language "${lang}"; expected ${Object.keys(FORMAT_LABELS).join(' or ')}`);
    if (file === undefined) throw new UsageError('Missing --profile <file>');
    if (!(FORMATS as readonly string[]).includes(format!)) throw new UsageError(`Unknown format "${format}"; expected one of ${FORMATS.join(', ')}`);
    const { name, result } = readProfileArgument(file, io);
    if (!result.ok) {
      reportProfileProblems(name, result, io);
      return 1;
    }
    let inputs;
    try {
      inputs = loadApplicabilityInputs(KIT_DOCS, io.cwd);
    } catch (error) {
      if (!(error instanceof ApplicabilityDataError)) throw error;
      io.err(error.message);
      return 1;
    }
    const answer = whatApplies(result.profile, inputs);
    if (format === 'json') {
      const kit_version = (JSON.parse(readFileSync(KIT_PACKAGE, 'utf8')) as { version: string }).version;
      const { coverage, ...rest } = answer;
      io.out(JSON.stringify({ kit_version, as_of: coverage.as_of, coverage, platform: result.profile.platform.name, ...rest }, null, 2));
    } else {
      io.out(formatWhatApplies(answer, format as 'text' | 'md', result.profile.platform.name, lang as FormatLanguage).trimEnd());
    }
    return 0;
  },
};
