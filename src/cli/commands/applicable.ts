import { coverage, whatApplies } from '../../lib/applicability';
import type { ScopeLanguage } from '../../lib/applicability-fr';
import { FORMAT_LABELS, formatWhatApplies, type FormatLanguage } from '../../lib/applicability-format';
import { readKitVersion } from '../../lib/node/releases';
import { formatPlaceCoverage, placeCoverage, type CoverageLanguage } from '../../lib/coverage';
import { ApplicabilityDataError, loadApplicabilityInputs, loadCoverageInputs } from '../../lib/node/applicability-load';
import {
  kitRootOf,
  parseCommandArgs,
  RELEASE_HELP,
  RELEASE_OPTION,
  selectRelease,
  UsageError,
  type Command,
} from '../command';
import { readProfileArgument, reportProfileProblems } from './validate-profile';

const FORMATS = ['text', 'json', 'md'] as const;

export const applicable: Command = {
  name: 'applicable',
  summary: 'Say which duties, destinations, templates, flows, threats and programmes apply to a profile',
  usage: `Usage: child-safety-kit applicable --profile <file> [--format text|json|md] [--lang en|fr]
                                  [--release <version>]

Reads a platform profile (YAML or JSON, checked as validate-profile checks it) and prints what
applies to the platform, opening with what the answer covers and what it does not: legal obligations
with the reasons, where to report, templates and flows to adopt first, threats to assess, programmes
to consider, questions for counsel, a first-30-days checklist, and for each place in the profile
whether the kit has a guide for it and its national hotline. Places are country codes (FR, BR; UK for
the United Kingdom) or EU. The same rules as the "What applies to you" page.

Options:
  --profile <file>   the platform profile (required)
  --format <format>  text (default), json or md (JSON carries kit_version, as_of and, per duty,
                     its instrument and source: title, pinpoint and URL)
  --lang <code>      en (default) or fr: the language of the text and Markdown answer's headings
                     and fixed sentences, places section included (the duties and reasons it lists stay in English for now)
${RELEASE_HELP}
Exit codes: 0 done, 1 invalid profile (each problem as file:line:column, field and fix), 2 usage error.`,
  run(args, io) {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: false,
      options: {
        profile: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'en' },
        ...RELEASE_OPTION,
      },
    });
    const { profile: file, format, lang } = parsed.values;
    if (!Object.hasOwn(FORMAT_LABELS, lang!))
      throw new UsageError(`Unknown language "${lang}"; expected ${Object.keys(FORMAT_LABELS).join(' or ')}`);
    const release = selectRelease(parsed.values.release, io);
    if (file === undefined) throw new UsageError('Missing --profile <file>');
    if (!(FORMATS as readonly string[]).includes(format!))
      throw new UsageError(`Unknown format "${format}"; expected one of ${FORMATS.join(', ')}`);
    const { name, result } = readProfileArgument(file, io);
    if (!result.ok) {
      reportProfileProblems(name, result, io);
      return 1;
    }
    let inputs, coverageInputs;
    try {
      inputs = loadApplicabilityInputs(release.root, io.cwd);
      coverageInputs = loadCoverageInputs(release.root, io.cwd);
    } catch (error) {
      if (!(error instanceof ApplicabilityDataError)) throw error;
      io.err(error.message);
      return 1;
    }
    const answer = whatApplies(result.profile, inputs, format === 'json' ? 'en' : (lang as ScopeLanguage));
    const places = placeCoverage(result.profile, coverageInputs);
    const outsideUs =
      result.profile.established_in.length === 0 || result.profile.established_in.some((code) => code !== 'US');
    if (format === 'json') {
      const kit_version = readKitVersion(kitRootOf(io));
      const { coverage, ...rest } = answer;
      io.out(
        JSON.stringify(
          { kit_version, as_of: coverage.as_of, coverage, platform: result.profile.platform.name, ...rest, places },
          null,
          2,
        ),
      );
    } else {
      // The sentences saying what the answer covers are written in the answer's language too.
      const shownAnswer = lang === 'fr' ? { ...answer, coverage: coverage(inputs, 'fr') } : answer;
      const text = formatWhatApplies(
        shownAnswer,
        format as 'text' | 'md',
        result.profile.platform.name,
        lang as FormatLanguage,
      ).trimEnd();
      // The places section is written in the answer's language; the JSON above keeps the English notes.
      const shown = lang === 'en' ? places : placeCoverage(result.profile, coverageInputs, lang as CoverageLanguage);
      io.out(`${text}\n${formatPlaceCoverage(shown, format as 'text' | 'md', outsideUs, lang as CoverageLanguage)}`);
    }
    return 0;
  },
};
