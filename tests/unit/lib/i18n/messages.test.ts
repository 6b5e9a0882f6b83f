import { describe, expect, it } from 'vitest';
import { baseMessages, checkTranslations, englishFromKey, extractMessages, formatTranslationProblems } from '../../../../src/lib/i18n/messages';

describe('extractMessages', () => {
  it('reads translate() calls in either quote style, across lines, and <Translate> elements', () => {
    const source = `
      translate({ id: 'kit.a', message: 'Download', description: 'x' });
      translate({
        id: "kit.b",
        message: "The profile\\'s name",
      });
      <Translate id="kit.c" description="y">Copy the text</Translate>`;
    expect([...extractMessages(source)]).toEqual([
      ['kit.a', 'Download'],
      ['kit.b', "The profile's name"],
      ['kit.c', 'Copy the text'],
    ]);
  });
});

describe('checkTranslations', () => {
  const english = new Map([
    ['kit.download', 'Download'],
    ['kit.version', 'Version'],
  ]);
  it('reports a missing id, an empty message and a message left in English, but not one listed as the same', () => {
    const problems = checkTranslations({
      file: 'i18n/fr/code.json',
      translations: {
        'kit.download': { message: 'Download' },
        'kit.version': { message: 'Version' },
        'kit.empty': { message: ' ' },
        'item.label.Docs': { message: 'Docs' },
      },
      english,
      required: ['kit.download', 'kit.new'],
      sameInBothLanguages: new Set(['Version']),
    });
    expect(formatTranslationProblems(problems)).toEqual([
      'i18n/fr/code.json: kit.new has no translation; run `npx docusaurus write-translations --locale fr` and translate the new entry',
      'i18n/fr/code.json: kit.download repeats the English text "Download"; translate it, or list it as the same in both languages',
      'i18n/fr/code.json: kit.empty has an empty translation',
      'i18n/fr/code.json: item.label.Docs repeats the English text "Docs"; translate it, or list it as the same in both languages',
    ]);
  });

  it('accepts a complete translation', () => {
    expect(checkTranslations({ file: 'f', translations: { 'kit.download': { message: 'Télécharger' } }, english, required: ['kit.download'], sameInBothLanguages: new Set() })).toEqual([]);
  });
});

describe('englishFromKey and baseMessages', () => {
  it('reads the English label from theme and sidebar keys', () => {
    expect(englishFromKey('item.label.Reporting flows')).toBe('Reporting flows');
    expect(englishFromKey('link.item.label.Code: MIT')).toBe('Code: MIT');
    expect(englishFromKey('link.title.Start')).toBe('Start');
    expect(englishFromKey('sidebar.docs.category.Reference')).toBe('Reference');
    expect(englishFromKey('copyright')).toBeUndefined();
  });
  it('drops the descriptions of the base locale', () => {
    expect([...baseMessages({ a: 'Copy', a___DESCRIPTION: 'the label' })]).toEqual([['a', 'Copy']]);
  });
});

describe('extractMessages with placeholders', () => {
  it("reads a <Translate> element whose text is a string literal, as placeholders need: {'… {date}'}", () => {
    const source = `<Translate id="kit.lastUpdated" values={{ date, link }}>
        {'Last updated {date} — {link}'}
      </Translate>`;
    expect([...extractMessages(source)]).toEqual([['kit.lastUpdated', 'Last updated {date} — {link}']]);
  });
});
