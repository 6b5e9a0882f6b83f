/**
 * Docusaurus plugin: after the build, hashes the inline scripts and styles of every built page,
 * and writes the site's security headers (src/lib/node/security-headers.ts) for the common static hosts:
 *
 * - `_headers`, which Netlify and Cloudflare Pages read (and the browser tests serve);
 * - `nginx.conf`, a server block to copy into an nginx configuration;
 * - a `<meta http-equiv="Content-Security-Policy">` at the top of every page's head, for hosts that
 *   cannot set headers (GitHub Pages). A meta policy cannot carry `frame-ancestors` (browsers ignore
 *   it there), so on such hosts the site can be framed; the other headers need a real header too.
 *
 * The hashes come from the built HTML, so they are always those of the scripts the pages carry
 * (Docusaurus' colour-mode script, and any the theme adds): no `'unsafe-inline'` is needed.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';
import {
  contentSecurityPolicy,
  hashInlineCode,
  headersFile,
  nginxServerBlock,
  securityHeaders,
  withCspMeta,
} from '../lib/node/security-headers';

export const HEADERS_FILE = '_headers';
export const NGINX_FILE = 'nginx.conf';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return entry.endsWith('.html') ? [path] : [];
    });
}

/** Writes through a temporary file, so another plugin reading the pages never sees half of one. */
function replaceFile(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export function writeSecurityHeaders(outDir: string): { pages: number; headers: [string, string][] } {
  const files = htmlFiles(outDir);
  const pages = files.map((file) => readFileSync(file, 'utf8'));
  const hashes = hashInlineCode(pages);
  const headers = securityHeaders(hashes);
  writeFileSync(join(outDir, HEADERS_FILE), headersFile(headers));
  writeFileSync(join(outDir, NGINX_FILE), nginxServerBlock(headers));
  const metaPolicy = contentSecurityPolicy(hashes, { forMeta: true });
  files.forEach((file, index) => replaceFile(file, withCspMeta(pages[index]!, metaPolicy)));
  return { pages: files.length, headers };
}

export default function securityHeadersPlugin(): Plugin {
  return {
    name: 'child-safety-kit-security-headers',
    // Docusaurus builds the default locale into the site root first, then each other locale into its
    // own folder (build/fr/). Hosts read one `_headers` at the root, so each locale's build rewrites the
    // root's files from every page built so far: after the last locale, one policy covers them all.
    postBuild({ outDir, i18n }) {
      const translated = i18n.currentLocale !== i18n.defaultLocale;
      const siteRoot = translated ? dirname(outDir) : outDir;
      writeSecurityHeaders(siteRoot);
    },
  };
}
