/**
 * A minimal static server for the built site, resolving URLs as a static host does (`/docs/x` →
 * `docs/x.html`) and compressing text with gzip as production hosts do, so byte counts and timings are realistic.
 * Every response carries the headers of the build's `_headers` file (Content Security Policy and the
 * rest, written by src/plugins/security-headers.ts), as Netlify and Cloudflare Pages serve them.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from '../../../src/lib/node/security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.zip': 'application/zip',
  '.woff2': 'font/woff2',
};

export function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return undefined;
  const candidates = clean.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/** The headers the build's `_headers` file sets for every path; none when the build has no such file. */
export function deployedHeaders(root: string): [string, string][] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

export async function serveStatic(
  root: string,
  headers: [string, string][] = deployedHeaders(root),
): Promise<StaticSite> {
  const fixed = Object.fromEntries(headers);
  // Text is compressed once per file and kept, as static hosts and CDNs serve stored gzip, so a
  // response's timing does not include compressing it.
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(root, url.pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const compress =
      /^(text\/|application\/(json|xml))|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (!compress) {
      response.writeHead(status, { ...fixed, 'content-type': type });
      createReadStream(path).pipe(response);
      return;
    }
    let body = gzipped.get(path);
    if (!body) gzipped.set(path, (body = gzipSync(readFileSync(path))));
    response.writeHead(status, {
      ...fixed,
      'content-type': type,
      'content-encoding': 'gzip',
      'content-length': body.length,
      vary: 'accept-encoding',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
