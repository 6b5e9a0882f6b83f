/**
 * The site's security headers, defined once as data, and the files that carry them to a host.
 *
 * The build (src/plugins/security-headers.ts) hashes every inline script and style of the built
 * pages, makes the Content Security Policy from the directives below, and writes it three ways:
 * `_headers` (Netlify, Cloudflare Pages), an nginx server block, and a `<meta http-equiv>` in every
 * page for hosts that cannot set headers (GitHub Pages). The browser tests serve the build with the
 * headers read back from `_headers`, so what is tested is what is deployed.
 *
 * Pure: no file system. Hashes use node:crypto, so this module is for Node (build, tests, CLI).
 */
import { createHash } from 'node:crypto';

/** Hashes of the inline code the built pages carry, as CSP sources (`'sha256-…'`). */
export interface InlineHashes {
  /** Contents of `<script>` elements without `src` that a browser runs. */
  scripts: string[];
  /** Contents of `<style>` elements. */
  styles: string[];
  /** Values of `style="…"` attributes in the served HTML. */
  styleAttributes: string[];
}

/**
 * The policy, directive by directive. Nothing from any other origin, anywhere: the site loads no
 * fonts, analytics or embeds. `data:` images are the theme's own icons (Infima draws chevrons and
 * the external-link arrow as inline SVG in its CSS).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  // The search box searches its index in a Web Worker, a script of the site's own.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'media-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a `<meta http-equiv>` policy cannot carry: browsers ignore them there (CSP Level 3, §3.3). */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

/**
 * Powerful features the site never uses, denied to it and to anything it could be framed with.
 * Only names Chromium, Firefox or Safari recognise: an unknown name is a console error in Chromium.
 * The clipboard stays allowed: the "copy" buttons write to it.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Two years, the value the HSTS preload list asks for; subdomains included. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** `'sha256-…'` of a text, as CSP hashes it (UTF-8 bytes, base64). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy with the given hashes; `forMeta` leaves out what a meta element cannot carry. */
export function contentSecurityPolicy(hashes: InlineHashes, { forMeta = false } = {}): string {
  const sorted = (values: string[]) => [...new Set(values)].sort();
  const directives: Record<string, string[]> = Object.fromEntries(
    Object.entries(CSP_DIRECTIVES).map(([name, values]) => [name, [...values]]),
  );
  directives['script-src']!.push(...sorted(hashes.scripts));
  if (hashes.styles.length > 0) directives['style-src-elem'] = [...directives['style-src']!, ...sorted(hashes.styles)];
  if (hashes.styleAttributes.length > 0)
    directives['style-src-attr'] = ["'unsafe-hashes'", ...sorted(hashes.styleAttributes)];
  else directives['style-src-attr'] = ["'none'"];
  return Object.entries(directives)
    .filter(([name]) => !forMeta || !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(name))
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** Every response header the site is served with, in order. */
export function securityHeaders(hashes: InlineHashes): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(hashes)],
    ['Strict-Transport-Security', HSTS],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
}

const BANNER =
  'Security headers of the Child Safety Kit site, written by its build (src/lib/node/security-headers.ts).';

/** The `_headers` file Netlify and Cloudflare Pages read: every path gets every header. */
export function headersFile(headers: [string, string][]): string {
  return [`# ${BANNER}`, '/*', ...headers.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** The headers `_headers` sets for every path (`/*`), in order; an error names the line it cannot read. */
export function parseHeadersFile(text: string): [string, string][] {
  const headers: [string, string][] = [];
  let inAll = false;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      return;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`_headers:${index + 1}: expected "  Name: value", found "${line.trim()}"`);
    if (inAll) headers.push([match[1]!, match[2]!]);
  });
  return headers;
}

/**
 * An nginx `server` block serving the build from `root`, with every header on every response
 * (`always`, so error pages get them too) and URLs resolved as Docusaurus writes pages
 * (`/docs/x` → `docs/x.html` or `docs/x/index.html`). TLS certificates are the operator's.
 */
export function nginxServerBlock(
  headers: [string, string][],
  { serverName = 'kit.example.org', root = '/var/www/child-safety-kit/build' } = {},
): string {
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const headerLines = headers.map(([name, value]) => `    add_header ${name} ${quote(value)} always;`);
  return [
    `# ${BANNER}`,
    '# Replace server_name, root and the certificate paths with your own.',
    'server {',
    '    listen 443 ssl;',
    '    listen [::]:443 ssl;',
    '    http2 on;',
    `    server_name ${serverName};`,
    '    ssl_certificate     /etc/ssl/certs/kit.pem;',
    '    ssl_certificate_key /etc/ssl/private/kit.key;',
    `    root ${root};`,
    '    index index.html;',
    '    server_tokens off;',
    '    charset utf-8;',
    '    gzip on;',
    '    gzip_types text/css text/javascript application/javascript application/json image/svg+xml application/xml text/markdown text/yaml;',
    '',
    ...headerLines,
    '',
    '    location / {',
    '        try_files $uri $uri.html $uri/index.html =404;',
    '    }',
    '    error_page 404 /404.html;',
    '}',
    '',
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    `    server_name ${serverName};`,
    '    return 301 https://$host$request_uri;',
    '}',
    '',
  ].join('\n');
}

/** Decodes the character references an HTML serialiser writes into attribute values. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos|#39);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[lower] ?? whole;
  });
}

/** Script types a browser runs; anything else (`application/ld+json`, …) is a data block that CSP does not govern. */
const RUNNABLE_SCRIPT_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/** The inline code of one built page, as CSP sees it. */
export function inlineCode(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[] } {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (RUNNABLE_SCRIPT_TYPE.test(type)) scripts.push(match[2]!);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
  // Attributes of real tags only: not text that looks like one inside a script, a style or prose.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const styleAttributes: string[] = [];
  for (const tag of markup.matchAll(TAG)) {
    for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
      if (attribute[1]!.toLowerCase() === 'style')
        styleAttributes.push(decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
  }
  return { scripts, styles, styleAttributes };
}

/** The hashes of every page's inline code, together. */
export function hashInlineCode(pages: Iterable<string>): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  for (const html of pages) {
    const code = inlineCode(html);
    code.scripts.forEach((text) => scripts.add(cspHash(text)));
    code.styles.forEach((text) => styles.add(cspHash(text)));
    code.styleAttributes.forEach((text) => styleAttributes.add(cspHash(text)));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), styleAttributes: [...styleAttributes].sort() };
}

/**
 * The page with the policy as the first element of its head (after `<meta charset>`), before any
 * script or style it governs. A policy the page already has is replaced.
 */
export function withCspMeta(html: string, policy: string): string {
  html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/i, '');
  const head = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/i.exec(html);
  if (!head) throw new Error('the page has no <head>');
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // After `<meta charset>`, which must come first; before everything else.
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${escaped}">${html.slice(at)}`;
}
