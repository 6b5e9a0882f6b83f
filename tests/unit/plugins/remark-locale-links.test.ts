import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Link, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkLocaleLinks, { localeTarget, translatedImportTarget } from '../../../src/plugins/remark-locale-links';

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'csk-links-'));
  const files = [
    'docs/start-here.mdx',
    'docs/legal/index.mdx',
    'docs/reference/glossary.mdx',
    'i18n/fr/docusaurus-plugin-content-docs/current/start-here.mdx',
    'i18n/fr/docusaurus-plugin-content-docs/current/reference/glossary.mdx',
    'docs/legal/_data/obligations.yaml',
    'versioned_docs/version-2027.01/legal/_data/obligations.yaml',
    'i18n/fr/docusaurus-plugin-content-docs/version-2027.01/legal/canada.mdx',
    'i18n/fr/docusaurus-plugin-content-docs/current/threats/_data/local.yaml',
  ];
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '---\ntitle: x\n---\n');
  }
  return root;
}

function rewrite(root: string, locale: string, from: string, url: string): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [] }] }],
  };
  remarkLocaleLinks({ siteDir: root, defaultLocale: 'en', locale: () => locale })(
    tree,
    new VFile({ path: join(root, from) }),
  );
  return (tree.children[0] as { children: Link[] }).children[0]!.url;
}

describe('remark-locale-links', () => {
  const root = site();

  it('points an English page at the translation the French site shows, anchors kept', () => {
    expect(
      rewrite(root, 'fr', 'docs/legal/index.mdx', '../reference/glossary.mdx#child-sexual-abuse-material-csam'),
    ).toBe(
      '@site/i18n/fr/docusaurus-plugin-content-docs/current/reference/glossary.mdx#child-sexual-abuse-material-csam',
    );
  });

  it('reads a bare file name as a relative link, as Docusaurus does', () => {
    expect(rewrite(root, 'fr', 'docs/reference/index.mdx', 'glossary.mdx#csam')).toBe(
      '@site/i18n/fr/docusaurus-plugin-content-docs/current/reference/glossary.mdx#csam',
    );
    expect(rewrite(root, 'fr', 'docs/legal/index.mdx', 'https://example.org/glossary.mdx')).toBe(
      'https://example.org/glossary.mdx',
    );
  });

  it('points a French page at the English page when there is no translation yet', () => {
    expect(
      rewrite(root, 'fr', 'i18n/fr/docusaurus-plugin-content-docs/current/start-here.mdx', './legal/index.mdx'),
    ).toBe('@site/docs/legal/index.mdx');
  });

  it('leaves links alone in English, to a translated page from a translated page, and to other URLs', () => {
    expect(rewrite(root, 'en', 'docs/legal/index.mdx', '../reference/glossary.mdx')).toBe('../reference/glossary.mdx');
    expect(
      rewrite(root, 'fr', 'i18n/fr/docusaurus-plugin-content-docs/current/start-here.mdx', './reference/glossary.mdx'),
    ).toBe('./reference/glossary.mdx');
    expect(rewrite(root, 'fr', 'docs/legal/index.mdx', 'https://example.org/a.mdx')).toBe('https://example.org/a.mdx');
    expect(rewrite(root, 'fr', 'docs/legal/index.mdx', '../missing.mdx')).toBe('../missing.mdx');
  });

  it('chooses the English file in the default locale and outside the docs folders, nothing', () => {
    expect(localeTarget(root, 'en', 'en', join(root, 'docs/start-here.mdx'))).toBe(join(root, 'docs/start-here.mdx'));
    expect(localeTarget(root, 'fr', 'en', join(root, 'src/pages/index.tsx'))).toBeUndefined();
  });

  it("resolves a translation's relative imports from its English page's folder, in that page's release", () => {
    const current = join(root, 'i18n/fr/docusaurus-plugin-content-docs/current/legal/canada.mdx');
    const released = join(root, 'i18n/fr/docusaurus-plugin-content-docs/version-2027.01/legal/canada.mdx');
    expect(translatedImportTarget(root, current, './_data/obligations.yaml')).toBe(
      '@site/docs/legal/_data/obligations.yaml',
    );
    expect(translatedImportTarget(root, released, './_data/obligations.yaml')).toBe(
      '@site/versioned_docs/version-2027.01/legal/_data/obligations.yaml',
    );
    expect(
      translatedImportTarget(
        root,
        join(root, 'i18n/fr/docusaurus-plugin-content-docs/current/threats/page.mdx'),
        '../legal/_data/obligations.yaml',
      ),
    ).toBe('@site/docs/legal/_data/obligations.yaml');
  });

  it('leaves imports alone in English pages, when they resolve beside the translation, and when not relative', () => {
    const current = join(root, 'i18n/fr/docusaurus-plugin-content-docs/current/threats/page.mdx');
    expect(
      translatedImportTarget(root, join(root, 'docs/legal/canada.mdx'), './_data/obligations.yaml'),
    ).toBeUndefined();
    expect(translatedImportTarget(root, current, './_data/local.yaml')).toBeUndefined();
    expect(translatedImportTarget(root, current, '@site/src/components/Var')).toBeUndefined();
    expect(translatedImportTarget(root, current, './_data/missing.yaml')).toBeUndefined();
  });
});
