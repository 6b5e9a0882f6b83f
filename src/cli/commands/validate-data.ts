import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDataFiles, formatDataProblem, validateDataFile } from '../../lib/node/data';
import { listReleases } from '../../lib/node/releases';
import {
  kitRootOf,
  parseCommandArgs,
  RELEASE_HELP,
  RELEASE_OPTION,
  selectRelease,
  UsageError,
  type Command,
} from '../command';

export const validateData: Command = {
  name: 'validate-data',
  summary: 'Check every data file under _data/ folders against its schema',
  usage: `Usage: child-safety-kit validate-data [<file-or-folder>...] [--release <version>]

Checks each YAML file inside a _data/ folder against the schema for its kind.
Without arguments, checks the data of every release and of next; with --release, of that one.

Options:
${RELEASE_HELP}

Exit codes: 0 all valid, 1 a file is invalid, 2 usage error.`,
  run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { ...RELEASE_OPTION } });
    const requested = parsed.values.release;
    if (requested !== undefined && parsed.positionals.length > 0)
      throw new UsageError('Name files or folders, or a --release, not both');
    const roots =
      requested !== undefined
        ? [selectRelease(requested, io).root]
        : listReleases(kitRootOf(io)).map((release) => release.root);
    const targets = parsed.positionals.length > 0 ? parsed.positionals : roots;
    const files: string[] = [];
    for (const target of targets) {
      const path = resolve(io.cwd, target);
      if (!existsSync(path)) {
        if (parsed.positionals.length > 0) throw new UsageError(`No such file or folder: ${target}`);
        continue;
      }
      if (statSync(path).isDirectory()) files.push(...findDataFiles(path));
      else files.push(path);
    }
    let invalid = 0;
    for (const file of files) {
      const result = validateDataFile(file, io.cwd);
      if (!result.ok) {
        invalid += 1;
        for (const problem of result.problems) io.err(formatDataProblem(problem));
      }
    }
    if (invalid > 0) {
      io.err(`${invalid} of ${files.length} data file${files.length === 1 ? '' : 's'} invalid`);
      return 1;
    }
    io.out(`${files.length} data file${files.length === 1 ? '' : 's'} valid`);
    return 0;
  },
};
