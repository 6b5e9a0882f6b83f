/**
 * `npm run i18n:stamp -- <translated page>…`: records in each page's front matter which version of
 * its English source it translates (`translation_of`, src/lib/i18n/translation.ts). Run it when you
 * finish a translation or bring one up to date. Without arguments it stamps only the pages that have
 * no stamp yet, and lists the stale ones (it never marks a stale translation as current by itself).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { englishSourceOf, translatedDocs, translationStamp, withStamp } from '../lib/node/translation';

const siteDir = process.cwd();

function stamp(file: string): string {
  const english = englishSourceOf(file);
  if (!english)
    throw new Error(
      `${file}: not a translated page; expected a file under i18n/<locale>/docusaurus-plugin-content-docs/`,
    );
  const englishPath = join(siteDir, english);
  if (!existsSync(englishPath))
    throw new Error(`${file}: its English source ${english} does not exist; remove or move the translation`);
  const path = join(siteDir, file);
  const next = withStamp(readFileSync(path, 'utf8'), translationStamp(english, siteDir));
  writeFileSync(path, next);
  return `${file}: stamped as a translation of ${english.split(sep).join('/')}`;
}

try {
  const args = process.argv.slice(2).map((arg) => relative(siteDir, resolve(arg)));
  if (args.length > 0) {
    for (const file of args) console.log(stamp(file));
  } else {
    const docs = translatedDocs(siteDir);
    for (const doc of docs.filter((d) => d.status.state === 'unstamped')) console.log(stamp(doc.file));
    for (const doc of docs.filter((d) => d.status.state === 'stale')) {
      console.log(
        `${doc.file}: stale, ${doc.english} changed since it was translated; update the text, then run npm run i18n:stamp -- ${doc.file}`,
      );
    }
    for (const doc of docs.filter((d) => d.status.state === 'orphan'))
      console.log(`${doc.file}: ${doc.english} no longer exists`);
    if (docs.some((d) => d.status.state === 'unknown'))
      console.log('git could not be run, so no page could be compared with its English source');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
