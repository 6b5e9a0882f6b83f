/**
 * `npm run releases:frozen [-- <folder>]`, after `npm run build`: saves each older release the build
 * made into the folder (default `frozen-releases/`, or `KIT_FROZEN_DIR`), then merges into `build/`
 * every older release a bounded build (`KIT_BUILD_RELEASES`) left out. Keep the folder between
 * deploys (a CI cache or storage bucket): it is how older releases keep their URLs without being
 * built again. See src/lib/node/frozen-releases.ts and the README's design decisions.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { errataContent } from '../lib/node/errata';
import { FrozenReleaseError, mergeFrozen, saveFrozen } from '../lib/node/frozen-releases';
import { readVersions } from '../lib/node/releases';

const root = process.cwd();
const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith('-')) {
  process.stderr.write(
    'usage: npm run releases:frozen [-- <folder>]   (default: $KIT_FROZEN_DIR or frozen-releases)\n',
  );
  process.exit(2);
}
const options = {
  buildDir: resolve(root, 'build'),
  frozenDir: resolve(root, args[0] ?? (process.env.KIT_FROZEN_DIR || 'frozen-releases')),
  releases: readVersions(root),
  errata: errataContent(root),
};
if (!existsSync(options.buildDir)) {
  process.stderr.write('releases:frozen: there is no build/ here; run npm run build first\n');
  process.exit(1);
}
try {
  const saved = saveFrozen(options);
  const merged = mergeFrozen(options);
  process.stdout.write(
    `releases:frozen: saved ${saved.join(', ') || 'none'}; merged into build/ ${merged.join(', ') || 'none'}\n`,
  );
} catch (error) {
  if (!(error instanceof FrozenReleaseError)) throw error;
  process.stderr.write(`releases:frozen: ${error.message}\n`);
  process.exit(1);
}
