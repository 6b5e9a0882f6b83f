/**
 * Writes the site's security headers into a built site (src/lib/node/security-headers.ts defines them):
 * hashes the inline scripts and styles of every page under `outDir`, then writes `_headers`,
 * `nginx.conf` and each page's `<meta>` policy. Run by the build (src/plugins/security-headers.ts)
 * and again after frozen releases are merged into a build (src/lib/node/frozen-releases.ts), so the
 * policy covers the merged pages too. Node only: it reads and writes files.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  contentSecurityPolicy,
  hashInlineCode,
  headersFile,
  nginxServerBlock,
  securityHeaders,
  withCspMeta,
} from './security-headers';

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
