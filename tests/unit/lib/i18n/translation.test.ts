import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishSourceOf, recordedStamp, translatedDocs, translatedPath, translationStamp, withStamp } from '../../../../src/lib/i18n/translation';

describe('translated paths', () => {
  it('maps a translated doc to its English source, current or released', () => {
    expect(translatedPath('i18n/fr/docusaurus-plugin-content-docs/current/policies/appeals-policy.mdx')).toEqual({
      locale: 'fr',
      version: 'current',
      path: 'policies/appeals-policy.mdx',
    });
    expect(englishSourceOf('i18n/fr/docusaurus-plugin-content-docs/current/start-here.mdx')).toBe(join('docs', 'start-here.mdx'));
    expect(englishSourceOf('i18n/fr/docusaurus-plugin-content-docs/version-2026.12/about.mdx')).toBe(join('versioned_docs', 'version-2026.12', 'about.mdx'));
    expect(englishSourceOf('docs/start-here.mdx')).toBeUndefined();
  });
});

describe('stamps', () => {
  it('is the first 16 hex digits of the SHA-256 of the text, line endings normalised', () => {
    expect(translationStamp('abc')).toBe('sha256-ba7816bf8f01cfea');
    expect(translationStamp('a\r\nb')).toBe(translationStamp('a\nb'));
  });

  it('sets or replaces translation_of and keeps the rest of the page', () => {
    expect(withStamp('---\ntitle: A\n---\n\nTexte\n', 'sha256-0123456789abcdef')).toBe('---\ntitle: A\ntranslation_of: sha256-0123456789abcdef\n---\n\nTexte\n');
    expect(withStamp('---\ntranslation_of: sha256-aaaaaaaaaaaaaaaa\ntitle: A\n---\nT\n', 'sha256-0123456789abcdef')).toBe(
      '---\ntranslation_of: sha256-0123456789abcdef\ntitle: A\n---\nT\n',
    );
    expect(recordedStamp('---\ntitle: A\ntranslation_of: sha256-0123456789abcdef\n---\n')).toBe('sha256-0123456789abcdef');
    expect(() => withStamp('Texte', 'sha256-0123456789abcdef')).toThrow('the page has no front matter (--- … ---) to record translation_of in');
  });
});

describe('translatedDocs', () => {
  it('tells current, stale, unstamped and orphan translations apart', () => {
    const site = mkdtempSync(join(tmpdir(), 'csk-i18n-'));
    const fr = join(site, 'i18n/fr/docusaurus-plugin-content-docs/current');
    mkdirSync(join(site, 'docs'), { recursive: true });
    mkdirSync(fr, { recursive: true });
    writeFileSync(join(site, 'docs/a.mdx'), 'A\n');
    writeFileSync(join(site, 'docs/b.mdx'), 'B, changed\n');
    writeFileSync(join(site, 'docs/c.mdx'), 'C\n');
    writeFileSync(join(fr, 'a.mdx'), `---\ntranslation_of: ${translationStamp('A\n')}\n---\n`);
    writeFileSync(join(fr, 'b.mdx'), `---\ntranslation_of: ${translationStamp('B\n')}\n---\n`);
    writeFileSync(join(fr, 'c.mdx'), '---\ntitle: C\n---\n');
    writeFileSync(join(fr, 'd.mdx'), `---\ntranslation_of: ${translationStamp('D\n')}\n---\n`);
    expect(translatedDocs(site, 'fr').map((doc) => [doc.file, doc.english, doc.status.state])).toEqual([
      ['i18n/fr/docusaurus-plugin-content-docs/current/a.mdx', 'docs/a.mdx', 'current'],
      ['i18n/fr/docusaurus-plugin-content-docs/current/b.mdx', 'docs/b.mdx', 'stale'],
      ['i18n/fr/docusaurus-plugin-content-docs/current/c.mdx', 'docs/c.mdx', 'unstamped'],
      ['i18n/fr/docusaurus-plugin-content-docs/current/d.mdx', 'docs/d.mdx', 'orphan'],
    ]);
  });
});

describe('versionRoot of a translated template', () => {
  it('is the English version folder the page translates, so it uses that version\'s variable registry', async () => {
    const { versionRoot } = await import('../../../../src/lib/templates/sources');
    expect(versionRoot(join('/site', 'i18n/fr/docusaurus-plugin-content-docs/current/policies/appeals-policy.mdx'))).toBe(join('/site', 'docs'));
    expect(versionRoot(join('/site', 'i18n/fr/docusaurus-plugin-content-docs/version-2026.12/policies/a.mdx'))).toBe(
      join('/site', 'versioned_docs', 'version-2026.12'),
    );
    expect(versionRoot(join('/site', 'docs/policies/a.mdx'))).toBe(join('/site', 'docs'));
  });
});
