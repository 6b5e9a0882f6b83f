/**
 * The kit's version as `--version` prints it: the version in the package.json beside the kit's
 * root, which is the repository's (`npm run release` keeps it the release's) or, in the installed
 * package, the package's own (src/lib/cli-package.ts). Read when asked, so start-up reads nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function kitVersion(): string {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string; kitRelease?: string };
  return manifest.kitRelease ? `${manifest.version} (release ${manifest.kitRelease})` : manifest.version;
}
