#!/usr/bin/env node
/** Entry point of `child-safety-kit` (run with tsx; see package.json "bin"). */
import { main } from './main';

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

process.exitCode = await main(process.argv.slice(2), io);
