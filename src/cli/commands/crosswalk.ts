import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CROSSWALK_FORMATS, type CrosswalkFormat } from '../../lib/crosswalk';
import { CrosswalkDataError, loadCrosswalkInputs, REQUIREMENTS_FILE } from '../../lib/node/crosswalk-load';
import { profileCrosswalk } from '../../lib/crosswalk-profile';
import { profileValues } from '../../lib/profile';
import { loadTemplateSetCached } from '../../lib/node/cache';
import { readTemplateSources, TemplateDataError } from '../../lib/node/template-sources';
import {
  CACHE_DIR,
  parseCommandArgs,
  RELEASE_HELP,
  RELEASE_OPTION,
  selectRelease,
  UsageError,
  type Command,
} from '../command';
import { readProfileArgument, reportProfileProblems } from './validate-profile';

export const crosswalk: Command = {
  name: 'crosswalk',
  summary: 'Print the requirements that apply to a profile and the clauses and flow steps that meet them',
  usage: `Usage: child-safety-kit crosswalk --profile <file> [--format csv|json|md] [--release <version>]

Reads a platform profile (YAML or JSON, checked as validate-profile checks it) and prints the
crosswalk for it: each requirement that applies (statutes, regulators' codes, app store rules,
industry practices), its pinpoint and source, and the template clauses and flow steps that meet
it, or why the kit does not. A clause of a template outside your pack is marked "(not in your pack)".

Options:
  --profile <file>   the platform profile (required)
  --format <format>  md (default), csv or json
${RELEASE_HELP}
Exit codes: 0 done, 1 invalid profile or data, 2 usage error.`,
  async run(args, io) {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: false,
      options: { profile: { type: 'string' }, format: { type: 'string', default: 'md' }, ...RELEASE_OPTION },
    });
    const release = selectRelease(parsed.values.release, io);
    const { profile: file, format } = parsed.values;
    if (file === undefined) throw new UsageError('Missing --profile <file>');
    if (!(CROSSWALK_FORMATS as readonly string[]).includes(format!)) {
      throw new UsageError(`Unknown format "${format}"; expected one of ${CROSSWALK_FORMATS.join(', ')}`);
    }
    const { name, result } = readProfileArgument(file, io);
    if (!result.ok) {
      reportProfileProblems(name, result, io);
      return 1;
    }
    if (!existsSync(join(release.root, REQUIREMENTS_FILE))) {
      io.err(
        `Release ${release.name} has no crosswalk: it started in a later release. Use --release with a newer one.`,
      );
      return 1;
    }
    let inputs;
    try {
      inputs = loadCrosswalkInputs(
        release.root,
        io.cwd,
        await loadTemplateSetCached(readTemplateSources(join(release.root, 'policies'), io.cwd), CACHE_DIR),
      );
    } catch (error) {
      if (!(error instanceof CrosswalkDataError) && !(error instanceof TemplateDataError)) throw error;
      io.err(error.message);
      return 1;
    }
    const values = profileValues(result.profile, inputs.set.registry);
    const text = profileCrosswalk(
      {
        requirements: inputs.requirements,
        index: inputs.index,
        templates: inputs.set.templates.map((template) => template.entry),
        registry: inputs.set.registry,
      },
      values,
      { release: release.name, platform: result.profile.platform.name },
      format as CrosswalkFormat,
    );
    io.out(text.trimEnd());
    return 0;
  },
};
