import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { responseTime, responseTimeLabel } from '../../lib/flows/time-targets';
import { formatFlowProblem, type ProfileResponseTimes } from '../../lib/flows/validate';
import { validateFlowFile } from '../../lib/node/flow-file';
import { RESPONSE_TIME_TIERS } from '../../schema/profile';
import { parseCommandArgs, RELEASE_HELP, RELEASE_OPTION, selectRelease, UsageError, type Command } from '../command';
import { readProfileArgument, reportProfileProblems } from './validate-profile';

/** The line that says which response times the time targets were held to: the profile's, or the kit's defaults. */
function responseTimesLine(profile: ProfileResponseTimes | undefined): string {
  const tiers = RESPONSE_TIME_TIERS.map((tier) => {
    const label = `${tier} ${responseTimeLabel(responseTime(tier, profile?.times))}`;
    return profile && !profile.times[tier] ? `${label} (default)` : label;
  }).join(', ');
  return profile
    ? `Time targets checked against the response times in ${profile.source}: ${tiers}`
    : `Time targets checked against the kit's default response times: ${tiers}. Add --profile <file> to check them against the response times your policy promises.`;
}

/** Every `*.flow.yaml` below a folder, in a stable order. */
function findFlowFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      if (entry === 'node_modules' || entry.startsWith('.')) return [];
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return findFlowFiles(path);
      return entry.endsWith('.flow.yaml') ? [path] : [];
    });
}

export const validateFlow: Command = {
  name: 'validate-flow',
  summary: 'Check a reporting flow: its schema, its structure and the safety invariants',
  usage: `Usage: child-safety-kit validate-flow <file-or-folder>... [--profile <file>]
       child-safety-kit validate-flow --release <version> [--profile <file>]

Checks each reporting-flow YAML file you name (any file name), or every *.flow.yaml file in a folder:
its schema, its structure (every node reachable, every path reaches an end, decisions cover their
cases, no unknown references) and the safety invariants (preservation before each report and any
deletion, no tipping off, support for the child, emergency services for a child in danger, law-
enforcement requests preserved before they are answered, destinations and preservation periods
named, priority paths escalate to on-call with time targets). The checks derive what each path
means from what its nodes do; labels (establishes) only make them stricter. A flow that truly
handles no reportable content says so with no_reportable_content: { reason: ... }.
Time targets measured from the report are held to the response times your policy promises: those
in the profile named by --profile (its response_times), or the kit's defaults without one; the
output says which.
Each problem is printed as file:line:column check-id: message, with the path of node ids.
With --release and no file, checks that release's own flows (flows/_data/).

Options:
  --profile <file>     the platform profile (YAML or JSON, checked as validate-profile checks
                       it) whose response_times the time targets are held to
${RELEASE_HELP}
Exit codes: 0 all valid, 1 a flow or the profile is invalid, 2 usage error.`,
  run(args, io) {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { profile: { type: 'string' }, ...RELEASE_OPTION },
    });
    if (parsed.values.release !== undefined) {
      const release = selectRelease(parsed.values.release, io);
      if (parsed.positionals.length > 0) throw new UsageError('Name flow files or folders, or a --release, not both');
      parsed.positionals.push(join(release.root, 'flows', '_data'));
    }
    if (parsed.positionals.length === 0)
      throw new UsageError('Name the flow file to check, e.g. docs/flows/_data/confirmed-csam.flow.yaml');
    const files: string[] = [];
    for (const target of parsed.positionals) {
      const path = resolve(io.cwd, target);
      if (!existsSync(path)) throw new UsageError(`No such file or folder: ${target}`);
      if (!statSync(path).isDirectory()) files.push(path);
      else {
        const found = findFlowFiles(path);
        if (found.length === 0) throw new UsageError(`No *.flow.yaml files in ${target}`);
        files.push(...found);
      }
    }
    let profile: ProfileResponseTimes | undefined;
    if (parsed.values.profile !== undefined) {
      const { name, result } = readProfileArgument(parsed.values.profile, io);
      if (!result.ok) {
        reportProfileProblems(name, result, io, '; no flow checked');
        return 1;
      }
      profile = { times: result.profile.response_times ?? {}, source: name };
    }
    let invalid = 0;
    for (const file of files) {
      const result = validateFlowFile(file, io.cwd, profile);
      if (result.ok) continue;
      invalid += 1;
      for (const problem of result.problems) io.err(formatFlowProblem(problem));
    }
    const count = `${files.length} flow${files.length === 1 ? '' : 's'}`;
    if (invalid > 0) {
      io.err(`${invalid} of ${count} invalid`);
      io.err(responseTimesLine(profile));
      return 1;
    }
    io.out(files.length === 1 ? '1 flow valid' : `${count} valid`);
    io.out(responseTimesLine(profile));
    return 0;
  },
};
