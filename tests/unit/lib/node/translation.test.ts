import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copyTranslationsToRelease,
  englishSourceOf,
  recordedStamp,
  translatedDocs,
  translatedPath,
  translationStamp,
  translationStamps,
  withClauseIds,
  withStamp,
} from '../../../../src/lib/node/translation';

describe('translated paths', () => {
  it('maps a translated doc to its English source, current or released', () => {
    expect(translatedPath('i18n/fr/docusaurus-plugin-content-docs/current/policies/appeals-policy.mdx')).toEqual({
      locale: 'fr',
      version: 'current',
      path: 'policies/appeals-policy.mdx',
    });
    expect(englishSourceOf('i18n/fr/docusaurus-plugin-content-docs/current/start-here.mdx')).toBe(
      join('docs', 'start-here.mdx'),
    );
    expect(englishSourceOf('i18n/fr/docusaurus-plugin-content-docs/version-2026.12/about.mdx')).toBe(
      join('versioned_docs', 'version-2026.12', 'about.mdx'),
    );
    expect(englishSourceOf('docs/start-here.mdx')).toBeUndefined();
  });
});

describe('stamps', () => {
  it('is the git blob id of the English file, from git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csk-stamp-'));
    writeFileSync(join(dir, 'abc.mdx'), 'abc');
    writeFileSync(join(dir, 'a.mdx'), 'A\n');
    // The ids `git hash-object` gives these contents (git's blob ids; nothing here computes a hash itself).
    expect(translationStamp('abc.mdx', dir)).toBe('f2ba8f84ab5c1bce84a7b441cb1959cfc7093b7f');
    expect([...translationStamps(['abc.mdx', 'a.mdx'], dir)!]).toEqual([
      ['abc.mdx', 'f2ba8f84ab5c1bce84a7b441cb1959cfc7093b7f'],
      ['a.mdx', 'f70f10e4db19068f79bc43844b49f3eece45c4e8'],
    ]);
  });

  it('sets or replaces translation_of and keeps the rest of the page', () => {
    expect(withStamp('---\ntitle: A\n---\n\nTexte\n', '0123456789abcdef0123456789abcdef01234567')).toBe(
      '---\ntitle: A\ntranslation_of: 0123456789abcdef0123456789abcdef01234567\n---\n\nTexte\n',
    );
    expect(
      withStamp(
        '---\ntranslation_of: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\ntitle: A\n---\nT\n',
        '0123456789abcdef0123456789abcdef01234567',
      ),
    ).toBe('---\ntranslation_of: 0123456789abcdef0123456789abcdef01234567\ntitle: A\n---\nT\n');
    expect(recordedStamp('---\ntitle: A\ntranslation_of: 0123456789abcdef0123456789abcdef01234567\n---\n')).toBe(
      '0123456789abcdef0123456789abcdef01234567',
    );
    expect(() => withStamp('Texte', '0123456789abcdef0123456789abcdef01234567')).toThrow(
      'the page has no front matter (--- … ---) to record translation_of in',
    );
  });
});

describe('translatedDocs', () => {
  it('tells current, stale, unstamped and orphan translations apart', () => {
    const site = mkdtempSync(join(tmpdir(), 'csk-i18n-'));
    const fr = join(site, 'i18n/fr/docusaurus-plugin-content-docs/current');
    mkdirSync(join(site, 'docs'), { recursive: true });
    mkdirSync(fr, { recursive: true });
    writeFileSync(join(site, 'docs/a.mdx'), 'A\n');
    writeFileSync(join(site, 'docs/b.mdx'), 'B\n');
    writeFileSync(join(site, 'docs/c.mdx'), 'C\n');
    writeFileSync(join(fr, 'a.mdx'), `---\ntranslation_of: ${translationStamp('docs/a.mdx', site)}\n---\n`);
    writeFileSync(join(fr, 'b.mdx'), `---\ntranslation_of: ${translationStamp('docs/b.mdx', site)}\n---\n`);
    writeFileSync(join(site, 'docs/b.mdx'), 'B, changed\n');
    writeFileSync(join(fr, 'c.mdx'), '---\ntitle: C\n---\n');
    writeFileSync(join(fr, 'd.mdx'), `---\ntranslation_of: ${'d'.repeat(40)}\n---\n`);
    expect(translatedDocs(site, 'fr').map((doc) => [doc.file, doc.english, doc.status.state])).toEqual([
      ['i18n/fr/docusaurus-plugin-content-docs/current/a.mdx', 'docs/a.mdx', 'current'],
      ['i18n/fr/docusaurus-plugin-content-docs/current/b.mdx', 'docs/b.mdx', 'stale'],
      ['i18n/fr/docusaurus-plugin-content-docs/current/c.mdx', 'docs/c.mdx', 'unstamped'],
      ['i18n/fr/docusaurus-plugin-content-docs/current/d.mdx', 'docs/d.mdx', 'orphan'],
    ]);
  });
});

describe('versionRoot of a translated template', () => {
  it("is the English version folder the page translates, so it uses that version's variable registry", async () => {
    const { versionRoot } = await import('../../../../src/lib/node/template-sources');
    expect(
      versionRoot(join('/site', 'i18n/fr/docusaurus-plugin-content-docs/current/policies/appeals-policy.mdx')),
    ).toBe(join('/site', 'docs'));
    expect(versionRoot(join('/site', 'i18n/fr/docusaurus-plugin-content-docs/version-2026.12/policies/a.mdx'))).toBe(
      join('/site', 'versioned_docs', 'version-2026.12'),
    );
    expect(versionRoot(join('/site', 'docs/policies/a.mdx'))).toBe(join('/site', 'docs'));
  });
});

describe('copying translations into a release cut before they were written', () => {
  /** A site with a release 2027.01 and French translations of the next docs. */
  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'csk-copy-'));
    const write = (path: string, text: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    const fr = 'i18n/fr/docusaurus-plugin-content-docs';
    write('docs/same.mdx', '---\ntitle: Same\n---\nSame text\n');
    write('versioned_docs/version-2027.01/same.mdx', '---\ntitle: Same\n---\nSame text\n');
    write('docs/policies/changed.mdx', '---\ntitle: Changed\n---\nNew text\n');
    write('versioned_docs/version-2027.01/policies/changed.mdx', '---\ntitle: Changed\n---\nOld text\n');
    write('docs/new-page.mdx', '---\ntitle: New\n---\nOnly next\n');
    write(`${fr}/current/same.mdx`, '---\ntitle: Pareil\n---\nMême texte\n');
    write(`${fr}/current/policies/changed.mdx`, '---\ntitle: Changé\n---\nNouveau texte\n');
    write(`${fr}/current/new-page.mdx`, '---\ntitle: Nouveau\n---\nSeulement la prochaine\n');
    write(
      `${fr}/current.json`,
      JSON.stringify({
        'version.label': { message: 'Prochaine version', description: 'The label for version current' },
        'sidebar.docs.category.Reference': { message: 'Référence' },
        'sidebar.docs.category.Policies': { message: 'Politiques' },
      }),
    );
    write(`${fr}/version-2027.01.json`, JSON.stringify({ 'sidebar.docs.category.Policies': { message: 'Modèles' } }));
    return dir;
  }

  it('copies the pages whose English is the same in docs/ and in the release, and says why it skips the others', () => {
    const dir = site();
    const fr = 'i18n/fr/docusaurus-plugin-content-docs';
    const result = copyTranslationsToRelease(dir, 'fr', '2027.01');
    expect(result.copied).toEqual([`${fr}/version-2027.01/same.mdx`]);
    expect(result.skipped).toEqual([
      { file: `${fr}/current/new-page.mdx`, reason: 'release 2027.01 has no English page new-page.mdx' },
      {
        file: `${fr}/current/policies/changed.mdx`,
        reason:
          "the English policies/changed.mdx differs between docs/ and release 2027.01; translate the release's page",
      },
    ]);
    expect(readFileSync(join(dir, fr, 'version-2027.01/same.mdx'), 'utf8')).toBe(
      '---\ntitle: Pareil\n---\nMême texte\n',
    );
    expect(existsSync(join(dir, fr, 'version-2027.01/policies/changed.mdx'))).toBe(false);
    expect(existsSync(join(dir, fr, 'version-2027.01/new-page.mdx'))).toBe(false);
    // The release's own labels win; the version is named after the release, not "next".
    expect(JSON.parse(readFileSync(join(dir, fr, 'version-2027.01.json'), 'utf8'))).toEqual({
      'version.label': { message: '2027.01', description: 'The label for version 2027.01' },
      'sidebar.docs.category.Reference': { message: 'Référence' },
      'sidebar.docs.category.Policies': { message: 'Modèles' },
    });
  });

  it('keeps the stamp, so a copied translation is current exactly when it is current for docs/', () => {
    const dir = site();
    const fr = 'i18n/fr/docusaurus-plugin-content-docs';
    const page = join(dir, fr, 'current/same.mdx');
    writeFileSync(page, withStamp(readFileSync(page, 'utf8'), translationStamp('docs/same.mdx', dir)));
    copyTranslationsToRelease(dir, 'fr', '2027.01');
    const copied = translatedDocs(dir, 'fr').find((doc) => doc.file === `${fr}/version-2027.01/same.mdx`);
    expect(copied?.status).toEqual({ state: 'current' });
  });

  it("copies a translation made from the release's own English even when docs/ has moved on since", () => {
    const dir = site();
    const fr = 'i18n/fr/docusaurus-plugin-content-docs';
    const page = join(dir, fr, 'current/policies/changed.mdx');
    const releaseStamp = translationStamp('versioned_docs/version-2027.01/policies/changed.mdx', dir);
    writeFileSync(page, withStamp(readFileSync(page, 'utf8'), releaseStamp));
    const result = copyTranslationsToRelease(dir, 'fr', '2027.01');
    expect(result.copied).toContain(`${fr}/version-2027.01/policies/changed.mdx`);
    const docs = translatedDocs(dir, 'fr');
    expect(docs.find((doc) => doc.file === `${fr}/version-2027.01/policies/changed.mdx`)?.status).toEqual({
      state: 'current',
    });
    expect(docs.find((doc) => doc.file === `${fr}/current/policies/changed.mdx`)?.status.state).toBe('stale');
  });

  it('names the missing release folder', () => {
    expect(() => copyTranslationsToRelease(site(), 'fr', '2030.01')).toThrow(
      'release 2030.01 has no English docs (expected versioned_docs/version-2030.01)',
    );
  });
});

describe('clause ids on a translated template', () => {
  const english =
    '## What you can appeal {/* #scope */}\n\nText\n\n## How to appeal {/* #how_to_appeal */}\n\n## How to adapt this\n';

  it('puts the English clause ids on the translated headings in order, replacing old anchors, and leaves the notes heading', () => {
    const french =
      '## Ce que vous pouvez contester \\{#what-you-can-appeal\\}\n\nTexte\n\n## Comment former un recours\n\n## Comment adapter ce modèle \\{#how-to-adapt-this\\}\n';
    expect(withClauseIds(french, english, ['Comment adapter ce modèle'])).toBe(
      '## Ce que vous pouvez contester {/* #scope */}\n\nTexte\n\n## Comment former un recours {/* #how_to_appeal */}\n\n## Comment adapter ce modèle \\{#how-to-adapt-this\\}\n',
    );
  });

  it('refuses to guess when the headings do not match one to one', () => {
    expect(() => withClauseIds('## Seul titre\n', english, [])).toThrow(
      'the English page has 2 headings with clause ids, the translation 1 level-2 headings (besides its notes); match them by hand',
    );
  });
});
