/**
 * The kit's version as `--version` prints it: the version in the package.json at the kit's root:
 * in a clone, the repository's `version`; in the installed package, the package's own, with the
 * release it carries (src/lib/cli-package.ts). Read when asked, so start-up reads nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function kitVersion(): string {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
    kitRelease?: string;
  };
  return manifest.kitRelease ? `${manifest.version} (release ${manifest.kitRelease})` : manifest.version;
}
