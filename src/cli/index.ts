#!/usr/bin/env node
/**
 * Entry point of `child-safety-kit` (run with tsx from the repository, see package.json "bin"; bundled
 * by src/cli/pack.ts in the installed package). `--version` is answered before the commands load,
 * so it starts fast; everything else, `--version` included, is main()'s.
 */
import { kitVersion } from './version';

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  io.out(`child-safety-kit ${kitVersion()}`);
} else {
  const { main } = await import('./main');
  process.exitCode = await main(argv, io);
}
