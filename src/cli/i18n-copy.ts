/**
 * `npm run i18n:copy -- <release> [<locale>]`: copies the translations of the unreleased docs
 * (i18n/<locale>/docusaurus-plugin-content-docs/current/) into a release that was cut before they
 * were written, for every page whose English text is the same in docs/ and in the release
 * (src/lib/node/translation.ts, copyTranslationsToRelease). `npm run release` needs no such step:
 * `docusaurus docs:version` copies each locale's current translations itself. Locale: fr by default.
 */
import { copyTranslationsToRelease } from '../lib/node/translation';
import { readVersions } from '../lib/node/releases';

const siteDir = process.cwd();
const [release, locale = 'fr', ...rest] = process.argv.slice(2);

try {
  if (!release || rest.length > 0 || release === '--help') {
    throw new Error('usage: npm run i18n:copy -- <release> [<locale>]   (e.g. npm run i18n:copy -- 2027.01 fr)');
  }
  const releases = readVersions(siteDir);
  if (!releases.includes(release)) {
    throw new Error(`Unknown release "${release}"; available: ${releases.join(', ') || '(none)'}`);
  }
  const result = copyTranslationsToRelease(siteDir, locale, release);
  for (const file of result.copied) console.log(`${file}: copied`);
  for (const { file, reason } of result.skipped) console.log(`${file}: not copied, ${reason}`);
  if (result.labels) console.log(`${result.labels}: sidebar labels merged from current.json`);
  console.log(`${result.copied.length} copied, ${result.skipped.length} not copied into ${release} (${locale})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
