import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatDataProblem } from '../../lib/node/data';
import { validateProfileText, type ProfileFileResult } from '../../lib/profile-file';
import {
  parseCommandArgs,
  RELEASE_HELP,
  RELEASE_OPTION,
  selectRelease,
  UsageError,
  type Command,
  type Io,
} from '../command';

/** Read and validate a profile file named on the command line; a missing file is a usage error. */
export function readProfileArgument(file: string, io: Io): { name: string; result: ProfileFileResult } {
  const path = resolve(io.cwd, file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`No such file: ${file}`);
  const name = relative(io.cwd, path) || file;
  return { name, result: validateProfileText(readFileSync(path, 'utf8'), name) };
}

export function reportProfileProblems(
  name: string,
  result: ProfileFileResult & { ok: false },
  io: Io,
  after = '',
): void {
  for (const problem of result.problems) io.err(formatDataProblem(problem));
  const count = result.problems.length;
  io.err(`${name}: ${count} problem${count === 1 ? '' : 's'}${after}`);
}

export const validateProfile: Command = {
  name: 'validate-profile',
  summary: 'Check a platform profile (YAML or JSON) against the profile schema',
  usage: `Usage: child-safety-kit validate-profile <file> [--release <version>]

Checks a platform profile, written as YAML or JSON, against the profile schema
(src/schema/profile.ts). Examples are in static/examples/. The profile schema is this kit's;
--release only checks that the release you will generate from exists.

Options:
${RELEASE_HELP}

Exit codes: 0 valid, 1 invalid (each problem as file:line:column, field and fix), 2 usage error.`,
  run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { ...RELEASE_OPTION } });
    selectRelease(parsed.values.release, io);
    if (parsed.positionals.length !== 1)
      throw new UsageError(parsed.positionals.length === 0 ? 'Missing the profile file' : 'Expected one profile file');
    const { name, result } = readProfileArgument(parsed.positionals[0]!, io);
    if (!result.ok) {
      reportProfileProblems(name, result, io);
      return 1;
    }
    io.out(`${name}: valid profile`);
    return 0;
  },
};
