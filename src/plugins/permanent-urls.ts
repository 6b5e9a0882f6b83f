/**
 * Docusaurus plugin: every page of the newest release also answers at its permanent URL,
 * `/docs/<release>/x`, with a small redirect page to `/docs/x` (where readers see the newest
 * release by default). When the next release is cut, Docusaurus itself serves the old release at
 * exactly those URLs, so a URL cited from "Cite this page" keeps working in every release.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { listReleases } from '../lib/node/releases';
import { permanentPath } from '../lib/changes';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The redirect page for one permanent path: no script, no request to another origin. */
export function redirectPage(target: string, release: string): string {
  const href = escape(target);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Child Safety Kit, release ${escape(release)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>Release ${escape(release)} is the newest release: this page is at <a href="${href}">${href}</a>.</p>
</body>
</html>
`;
}

/** Each doc route of the newest release (not next, not an older release) with its permanent path. */
export function permanentRoutes(
  routesPaths: readonly string[],
  newest: string,
  others: readonly string[],
  docsBase = '/docs',
): [string, string][] {
  const versioned = [...others, 'next'].map((name) => `${docsBase}/${name}`);
  return routesPaths
    .filter(
      (path) =>
        (path === docsBase || path.startsWith(`${docsBase}/`)) &&
        !versioned.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)),
    )
    .map((path): [string, string] => [
      path,
      permanentPath(path === docsBase ? `${docsBase}/` : path, newest, true, docsBase),
    ])
    .filter(([path, permanent]) => path !== permanent);
}

export default function permanentUrlsPlugin(context: LoadContext): Plugin {
  const { siteDir, baseUrl } = context;
  return {
    name: 'child-safety-kit-permanent-urls',
    async postBuild({ routesPaths, outDir }) {
      const releases = listReleases(siteDir).filter((release) => release.name !== 'next');
      const newest = releases.find((release) => release.newest);
      if (!newest) return;
      const docsBase = `${baseUrl.replace(/\/$/, '')}/docs`;
      const others = releases.filter((release) => !release.newest).map((release) => release.name);
      for (const [path, permanent] of permanentRoutes(routesPaths, newest.name, others, docsBase)) {
        const file = join(outDir, `${permanent.slice(baseUrl.length)}.html`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, redirectPage(path, newest.name));
      }
    },
  };
}
