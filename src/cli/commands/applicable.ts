import { whatApplies } from '../../lib/applicability';
import { formatWhatApplies } from '../../lib/applicability-format';
import { ApplicabilityDataError, loadApplicabilityInputs } from '../../lib/applicability-load';
import { parseCommandArgs, RELEASE_HELP, RELEASE_OPTION, selectRelease, UsageError, type Command } from '../command';
import { readProfileArgument, reportProfileProblems } from './validate-profile';

const FORMATS = ['text', 'json', 'md'] as const;

export const applicable: Command = {
  name: 'applicable',
  summary: 'Say which duties, destinations, templates, flows, threats and programmes apply to a profile',
  usage: `Usage: child-safety-kit applicable --profile <file> [--format text|json|md] [--release <version>]

Reads a platform profile (YAML or JSON, checked as validate-profile checks it) and prints what
applies to the platform: legal obligations with the reasons, where to report, templates and flows
to adopt first, threats to assess, programmes to consider, questions for counsel and a
first-30-days checklist. The same rules as the "What applies to you" page.

Options:
  --profile <file>   the platform profile (required)
  --format <format>  text (default), json or md
${RELEASE_HELP}
Exit codes: 0 done, 1 invalid profile (each problem as file:line:column, field and fix), 2 usage error.`,
  run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: false, options: { profile: { type: 'string' }, format: { type: 'string', default: 'text' }, ...RELEASE_OPTION } });
    const { profile: file, format } = parsed.values;
    const release = selectRelease(parsed.values.release, io);
    if (file === undefined) throw new UsageError('Missing --profile <file>');
    if (!(FORMATS as readonly string[]).includes(format!)) throw new UsageError(`Unknown format "${format}"; expected one of ${FORMATS.join(', ')}`);
    const { name, result } = readProfileArgument(file, io);
    if (!result.ok) {
      reportProfileProblems(name, result, io);
      return 1;
    }
    let inputs;
    try {
      inputs = loadApplicabilityInputs(release.root, io.cwd);
    } catch (error) {
      if (!(error instanceof ApplicabilityDataError)) throw error;
      io.err(error.message);
      return 1;
    }
    const answer = whatApplies(result.profile, inputs);
    io.out(format === 'json' ? JSON.stringify(answer, null, 2) : formatWhatApplies(answer, format as 'text' | 'md', result.profile.platform.name).trimEnd());
    return 0;
  },
};
