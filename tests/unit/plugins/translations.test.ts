import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { translationStamp } from '../../../src/lib/node/translation';
import translationsPlugin from '../../../src/plugins/translations';

function context(siteDir: string, currentLocale: string): LoadContext {
  return { siteDir, i18n: { currentLocale, defaultLocale: 'en' } } as unknown as LoadContext;
}

describe('kit-translations plugin', () => {
  const site = mkdtempSync(join(tmpdir(), 'csk-translations-'));
  const fr = join(site, 'i18n/fr/docusaurus-plugin-content-docs/current');
  mkdirSync(join(site, 'docs'), { recursive: true });
  mkdirSync(fr, { recursive: true });
  writeFileSync(join(site, 'docs/current.mdx'), 'Current\n');
  writeFileSync(join(site, 'docs/changed.mdx'), 'Before\n');
  writeFileSync(join(fr, 'current.mdx'), `---\ntranslation_of: ${translationStamp('docs/current.mdx', site)}\n---\n`);
  writeFileSync(join(fr, 'changed.mdx'), `---\ntranslation_of: ${translationStamp('docs/changed.mdx', site)}\n---\n`);
  writeFileSync(join(site, 'docs/changed.mdx'), 'After\n');

  it('lists the stale pages of the locale being built, as useDoc().metadata.source names them', async () => {
    const plugin = translationsPlugin(context(site, 'fr'));
    expect(await plugin.loadContent!()).toEqual({
      stale: ['@site/i18n/fr/docusaurus-plugin-content-docs/current/changed.mdx'],
    });
  });

  it('lists nothing when the English site is built', async () => {
    expect(await translationsPlugin(context(site, 'en')).loadContent!()).toEqual({ stale: [] });
  });
});
