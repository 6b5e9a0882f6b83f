/**
 * `npm run i18n:clause-ids -- <translated template>…`: gives each translated template the clause ids
 * of its English source (`## Titre {/* #clause_id *\/}`, in the order of the English headings;
 * src/lib/node/translation.ts, withClauseIds), so the site's anchors and every generated file carry
 * the same ids in both languages. Run it, check the result, then `npm run i18n:stamp -- <file>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TRANSLATED_NOTES_HEADINGS } from '../lib/templates/parse';
import { englishSourceOf, withClauseIds } from '../lib/node/translation';

const siteDir = process.cwd();
const files = process.argv.slice(2).map((arg) => relative(siteDir, resolve(arg)));
if (files.length === 0) {
  console.error(
    'usage: npm run i18n:clause-ids -- <i18n/<locale>/docusaurus-plugin-content-docs/<version>/policies/<id>.mdx>…',
  );
  process.exitCode = 2;
}
for (const file of files) {
  try {
    const english = englishSourceOf(file);
    if (!english) throw new Error('not a translated page (expected i18n/<locale>/docusaurus-plugin-content-docs/…)');
    const path = join(siteDir, file);
    const next = withClauseIds(
      readFileSync(path, 'utf8'),
      readFileSync(join(siteDir, english), 'utf8'),
      TRANSLATED_NOTES_HEADINGS,
    );
    writeFileSync(path, next);
    console.log(`${file}: clause ids of ${english}`);
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
