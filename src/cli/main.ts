/**
 * `child-safety-kit`: a thin face over `src/lib/`. Parses the command, runs it, maps errors to
 * exit codes (0 ok, 1 invalid input, 2 usage) and never prints a stack trace for a user's mistake.
 */
import { readKitVersion } from '../lib/node/releases';
import type { Command, Io } from './command';
import { UsageError } from './command';
import { applicable } from './commands/applicable';
import { crosswalk } from './commands/crosswalk';
import { generate } from './commands/generate';
import { validateData } from './commands/validate-data';
import { validateFlow } from './commands/validate-flow';

import { validateProfile } from './commands/validate-profile';
import { kitVersion } from './version';

export const COMMANDS: readonly Command[] = [
  validateData,
  validateFlow,
  validateProfile,
  generate,
  applicable,
  crosswalk,
];

export function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: child-safety-kit <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Every command takes --release <version> (default: the newest release; next: the unreleased docs).',
    'Run child-safety-kit <command> --help for the options of a command,',
    'child-safety-kit --version for the version of the kit.',
  ].join('\n');
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    // A kit root given to the I/O (a fixture, a bundled copy) answers for itself; otherwise the kit's own package.json.
    io.out(`child-safety-kit ${io.kitRoot ? readKitVersion(io.kitRoot) : kitVersion()}`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`child-safety-kit: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`child-safety-kit ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    io.err(`child-safety-kit ${command.name}: unexpected error: ${(error as Error).message}`);
    return 1;
  }
}
