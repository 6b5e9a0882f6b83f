import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspHash,
  hashInlineCode,
  headersFile,
  inlineCode,
  nginxServerBlock,
  parseHeadersFile,
  securityHeaders,
  withCspMeta,
} from '../../../../src/lib/node/security-headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGE = [
  '<!doctype html><html lang=en><head><meta charset=UTF-8><title>x</title>',
  '<script type=application/ld+json>{"@type":"BreadcrumbList"}</script>',
  '</head><body><svg style="display: none;"><defs></defs></svg>',
  '<script>!function(){document.documentElement.dataset.theme="dark"}()</script>',
  '<div style=display:contents><p>Write style="color:red" in prose</p></div>',
  '<pre style="--prism-color:#393A34;--prism-background-color:#f6f8fa" class=a><code>x</code></pre>',
  '<script src=/assets/js/main.js></script>',
  '<script>var s = \'<b style="font-weight:bold">\';</script>',
  '</body></html>',
].join('');

describe('inlineCode', () => {
  it('finds the scripts a browser runs, and the style attributes of real tags only', () => {
    expect(inlineCode(PAGE)).toEqual({
      scripts: [
        '!function(){document.documentElement.dataset.theme="dark"}()',
        'var s = \'<b style="font-weight:bold">\';',
      ],
      styles: [],
      styleAttributes: ['display: none;', 'display:contents', '--prism-color:#393A34;--prism-background-color:#f6f8fa'],
    });
  });

  it('decodes character references in attribute values, as the browser hashes the value it parsed', () => {
    expect(inlineCode('<p style="font-family:&quot;A&quot; &amp; b">x</p>').styleAttributes).toEqual([
      'font-family:"A" & b',
    ]);
  });
});

describe('contentSecurityPolicy', () => {
  const hashes = hashInlineCode([PAGE, PAGE]);

  it('allows the inline scripts by hash, once each, with no unsafe-inline or unsafe-eval', () => {
    expect(hashes.scripts).toEqual(
      [
        sha('!function(){document.documentElement.dataset.theme="dark"}()'),
        sha('var s = \'<b style="font-weight:bold">\';'),
      ].sort(),
    );
    const policy = contentSecurityPolicy(hashes);
    expect(policy).toContain(`script-src 'self' ${hashes.scripts.join(' ')};`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toMatch(/^default-src 'self'; /);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${hashes.styleAttributes.join(' ')}`);
  });

  it('leaves out of a meta policy the directives a meta element cannot carry', () => {
    const meta = contentSecurityPolicy(hashes, { forMeta: true });
    expect(meta).not.toContain('frame-ancestors');
    expect(meta.split('; ')).toEqual(
      contentSecurityPolicy(hashes)
        .split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors')),
    );
  });

  it('forbids every style attribute when the pages have none', () => {
    expect(contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] })).toContain("style-src-attr 'none'");
  });

  it('hashes as CSP does: sha256 of the UTF-8 bytes, in base64', () => {
    expect(cspHash('é')).toBe(`'sha256-${createHash('sha256').update(Buffer.from('é', 'utf8')).digest('base64')}'`);
  });
});

describe('headers for hosts', () => {
  const headers = securityHeaders({ scripts: [cspHash('a()')], styles: [], styleAttributes: [] });

  it('sets every header the site needs', () => {
    expect(headers.map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
    ]);
    expect(Object.fromEntries(headers)).toMatchObject({
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    });
    expect(Object.fromEntries(headers)['Permissions-Policy']).toMatch(
      /^accelerometer=\(\), .*camera=\(\), .*microphone=\(\)/,
    );
  });

  it('writes _headers for every path, and reads it back exactly', () => {
    const text = headersFile(headers);
    expect(text.split('\n').slice(1, 3)).toEqual(['/*', `  Content-Security-Policy: ${headers[0]![1]}`]);
    expect(parseHeadersFile(text)).toEqual(headers);
  });

  it('reads only the headers for every path, and names a line it cannot read', () => {
    expect(parseHeadersFile('/docs/*\n  X-Robots-Tag: noindex\n/*\n  Referrer-Policy: no-referrer\n')).toEqual([
      ['Referrer-Policy', 'no-referrer'],
    ]);
    expect(() => parseHeadersFile('/*\n  Referrer-Policy no-referrer\n')).toThrow(
      '_headers:2: expected "  Name: value", found "Referrer-Policy no-referrer"',
    );
  });

  it('writes an nginx server block that sends every header on every response, quoted', () => {
    const block = nginxServerBlock(headers);
    for (const [name, value] of headers) expect(block).toContain(`    add_header ${name} "${value}" always;`);
    expect(block).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(block).toContain('return 301 https://$host$request_uri;');
  });
});

describe('withCspMeta', () => {
  it('puts the policy right after <meta charset>, escaped, and replaces an older one', () => {
    const once = withCspMeta('<html><head><meta charset=UTF-8><title>x</title></head></html>', "default-src 'self'");
    expect(once).toBe(
      `<html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>x</title></head></html>`,
    );
    expect(withCspMeta(once, 'a "b"')).toBe(
      `<html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot;"><title>x</title></head></html>`,
    );
  });

  it('fails on a page without a head', () => {
    expect(() => withCspMeta('<p>x</p>', 'x')).toThrow('the page has no <head>');
  });
});
