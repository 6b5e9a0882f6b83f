/**
 * The French interface is complete: every string the site's code passes to translate() or
 * <Translate>, and every theme string in i18n/fr/code.json, has a French translation that is not
 * just the English text; the navbar, footer and sidebar files too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  baseMessages,
  checkTranslations,
  extractMessages,
  formatTranslationProblems,
  type TranslationFile,
} from '../../src/lib/i18n/messages';
import { translatedDocs } from '../../src/lib/node/translation';
import { FORMAT_LABELS } from '../../src/lib/applicability-format';
import { DESTINATION_KIND_LABELS, REPORT_ITEM_BASIS_LABELS } from '../../src/schema/destinations';
import { ACCEPTS_LABELS } from '../../src/schema/hotlines';
import { DUTY_KIND_LABELS, STATUS_LABELS } from '../../src/schema/obligations';
import { SIZE_BANDS } from '../../src/schema/profile';
import {
  COST_MODELS,
  INTEGRATION_EFFORTS,
  MEMBERSHIP,
  OUTSIDE_US,
  PROGRAMME_KINDS,
} from '../../src/schema/programme-values';
import { SUPPORT_AUDIENCE_LABELS, SUPPORT_NEED_LABELS } from '../../src/schema/support-services';

const root = join(import.meta.dirname, '../..');
const fr = join(root, 'i18n/fr');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(entry) ? [path] : [];
  });
}

/** Names and labels that French writes as English does. */
const SAME = new Set([
  'Child Safety Kit',
  'Licences',
  'Programmes',
  'Version',
  'Versions',
  'Programme',
  'Sources',
  'Service',
  'Source',
  'Contacts',
  'index',
  'info',
  'danger',
  '2026.12',
  '{authorName} - {nPosts}',
]);

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TranslationFile;

/** The site's own strings: translate() / <Translate> in src/ (our wrappers and components). */
const ownMessages = new Map(
  files(join(root, 'src'), /\.tsx?$/).flatMap((path) => [...extractMessages(readFileSync(path, 'utf8'))]),
);
/** The search plugin's strings, from its client code. */
const searchMessages = new Map(
  files(join(root, 'node_modules/@easyops-cn/docusaurus-search-local/dist/client'), /\.jsx?$/).flatMap((path) => [
    ...extractMessages(readFileSync(path, 'utf8')),
  ]),
);
const themeMessages = baseMessages(
  JSON.parse(
    readFileSync(join(root, 'node_modules/@docusaurus/theme-translations/locales/base/theme-common.json'), 'utf8'),
  ) as Record<string, string>,
);
const english = new Map([...themeMessages, ...searchMessages, ...ownMessages]);

describe('French interface strings', () => {
  it('finds the strings to check', () => {
    expect(ownMessages.get('theme.SearchPage.emptyResultsTitle')).toBe('Search the documentation');
    expect(searchMessages.get('theme.SearchBar.label')).toBe('Search');
    expect(themeMessages.get('theme.CodeBlock.copy')).toBe('Copy');
  });

  it('code.json translates every string of the site and the theme', () => {
    const problems = checkTranslations({
      file: 'i18n/fr/code.json',
      translations: read(join(fr, 'code.json')),
      english,
      required: ownMessages.keys(),
      sameInBothLanguages: SAME,
    });
    expect(formatTranslationProblems(problems)).toEqual([]);
  });

  it.each([
    ['kit.labels.status.', STATUS_LABELS],
    ['kit.labels.dutyKind.', DUTY_KIND_LABELS],
    ['kit.labels.size.', Object.fromEntries(SIZE_BANDS.map((band) => [band, band]))],
    ['kit.labels.programmeKind.', PROGRAMME_KINDS],
    ['kit.labels.answer.', OUTSIDE_US],
    ['kit.labels.answer.', MEMBERSHIP],
    ['kit.labels.cost.', COST_MODELS],
    ['kit.labels.effort.', INTEGRATION_EFFORTS],
    ['kit.labels.need.', SUPPORT_NEED_LABELS],
    ['kit.labels.audience.', SUPPORT_AUDIENCE_LABELS],
    ['kit.labels.accepts.', ACCEPTS_LABELS],
    ['kit.labels.destinationKind.', DESTINATION_KIND_LABELS],
    ['kit.labels.reportItemBasis.', REPORT_ITEM_BASIS_LABELS],
  ] as [string, Record<string, string>][])(
    'the shared labels %s* give every value of the schema constant its English text word for word',
    (prefix, constant) => {
      const shown = Object.fromEntries(Object.keys(constant).map((value) => [value, ownMessages.get(prefix + value)]));
      expect(shown).toEqual(constant);
    },
  );

  it.each(
    [
      ...files(join(fr, 'docusaurus-theme-classic'), /\.json$/),
      ...files(join(fr, 'docusaurus-plugin-content-docs'), /\.json$/),
    ].map((path) => [relative(root, path), path]),
  )('%s translates every label', (name, path) => {
    const problems = checkTranslations({
      file: name,
      translations: read(path),
      english: new Map(),
      sameInBothLanguages: SAME,
    });
    expect(formatTranslationProblems(problems)).toEqual([]);
  });
});

describe('French pages', () => {
  const docs = translatedDocs(root, 'fr');

  it('each records the English page it translates, and that page exists', () => {
    const problems = docs
      .filter((doc) => doc.status.state === 'unstamped' || doc.status.state === 'orphan')
      .map((doc) =>
        doc.status.state === 'orphan'
          ? `${doc.file}: its English source ${doc.english} does not exist`
          : `${doc.file}: no translation_of; run npm run i18n:stamp -- ${doc.file}`,
      );
    expect(problems).toEqual([]);
  });

  it('lists stale translations as a warning, not a failure', () => {
    const stale = docs.filter((doc) => doc.status.state === 'stale');
    for (const doc of stale) {
      console.warn(
        `warning: ${doc.file} may be out of date: ${doc.english} changed since it was translated (npm run i18n:stamp -- ${doc.file} once updated)`,
      );
    }
    expect(stale.every((doc) => doc.english.startsWith('docs/') || doc.english.startsWith('versioned_docs/'))).toBe(
      true,
    );
  });
});

describe('French labels the CLI writes', () => {
  it("applicable --lang fr names a duty's status and kind as the French site does", () => {
    const site = read(join(fr, 'code.json'));
    const cli = [
      ...Object.entries(FORMAT_LABELS.fr.status).map(([key, label]) => [`kit.labels.status.${key}`, label]),
      ...Object.entries(FORMAT_LABELS.fr.dutyKind).map(([key, label]) => [`kit.labels.dutyKind.${key}`, label]),
    ];
    expect(cli.length).toBe(19);
    expect(cli.filter(([id, label]) => site[id!]?.message !== label)).toEqual([]);
  });
});
