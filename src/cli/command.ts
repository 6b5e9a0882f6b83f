/** The shape of one `child-safety-kit` command, and the errors a command may raise. */
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveRelease, UnknownReleaseError, type Release } from '../lib/node/releases';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  /**
   * The folder holding the kit's releases (`versions.json`, `versioned_docs/`, `docs/`,
   * `package.json`): this repository by default, a bundled copy in a package, a fixture in tests.
   */
  kitRoot?: string;
}

/** This repository: the default home of the releases the commands read. */
export const KIT_ROOT = join(import.meta.dirname, '..', '..');

export const kitRootOf = (io: Io): string => io.kitRoot ?? KIT_ROOT;

/** The CLI's caches (src/lib/node/cache.ts), in this kit's node_modules wherever the command runs from. */
export const CACHE_DIR = join(KIT_ROOT, 'node_modules', '.cache', 'child-safety-kit');

/** The `--release` option every command takes. */
export const RELEASE_OPTION = { release: { type: 'string' } } as const;

export const RELEASE_HELP = `  --release <version>  the release to read, such as 2026.12 (default: the newest release;
                       next: the unreleased docs)`;

/** The release a command reads; an unknown one is a usage error that lists the available ones. */
export function selectRelease(requested: string | undefined, io: Io): Release {
  try {
    return resolveRelease(kitRootOf(io), requested);
  } catch (error) {
    if (error instanceof UnknownReleaseError) throw new UsageError(error.message);
    throw error;
  }
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 success, 1 invalid input. Throws UsageError for bad arguments (exit 2). */
  run(args: string[], io: Io): Promise<number> | number;
}

/** Bad arguments: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {}

/** A command's arguments, parsed by node:util; anything it rejects is a usage error (exit 2). */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
