import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  englishSourceOf,
  recordedStamp,
  translatedDocs,
  translatedPath,
  translationStamp,
  translationStamps,
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
