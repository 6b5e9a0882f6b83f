/**
 * The security headers as deployed: the build writes them (`_headers`, nginx.conf, a meta policy in
 * every page), the test server sends them, and Chromium enforces them. The sitemap loop in
 * site.test.ts fails on any violation on any page; this file shows the policy really blocks what it
 * should, so that loop cannot pass by the policy being absent or ignored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  hashInlineCode,
  HEADER_ONLY_DIRECTIVES,
  parseHeadersFile,
} from '../../src/lib/node/security-headers';
import { buildDir, openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const deployed = parseHeadersFile(readFileSync(join(buildDir, '_headers'), 'utf8'));
const policy = Object.fromEntries(deployed)['Content-Security-Policy']!;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

describe('the policy the build wrote', () => {
  const pages = htmlFiles(buildDir).map((file) => readFileSync(file, 'utf8'));

  it('allows exactly the inline code the built pages carry, and no unsafe-inline or unsafe-eval', () => {
    expect(policy).toBe(contentSecurityPolicy(hashInlineCode(pages)));
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toMatch(/script-src 'self' 'sha256-[^;]+;/);
  });

  it('is in every page as a meta element, less what a meta policy cannot carry', () => {
    const meta = policy
      .split('; ')
      .filter((directive) => !HEADER_ONLY_DIRECTIVES.some((name) => directive.startsWith(`${name} `)))
      .join('; ');
    for (const page of pages) {
      const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
        .exec(page)?.[1]
        ?.replaceAll('&#39;', "'");
      expect(content).toBe(meta);
    }
  });

  it('comes with an nginx server block that sends the same headers', () => {
    const nginx = readFileSync(join(buildDir, 'nginx.conf'), 'utf8');
    for (const [name, value] of deployed) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('served and enforced', () => {
  it('sends every header on pages, scripts and the 404 page', async () => {
    for (const path of ['/', '/docs/next/policies/profile', '/does-not-exist']) {
      const response = await fetch(harness.site.origin + path);
      const sent = deployed.map(([name]) => [name, response.headers.get(name)]);
      expect(sent).toEqual(deployed);
    }
    const html = await (await fetch(`${harness.site.origin}/`)).text();
    const script = /<script src=([^ >]+)/.exec(html)![1]!;
    expect((await fetch(harness.site.origin + script)).headers.get('content-security-policy')).toBe(policy);
  });

  it('blocks an inline script and a style attribute the build did not hash, and reports them', async () => {
    await withWatchedPage(harness, async ({ page, cspViolations }) => {
      await openHydrated(page, `${harness.site.origin}/docs`);
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        const styled = document.createElement('p');
        styled.setAttribute('style', 'color: red');
        document.body.append(styled);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return {
          script: (window as unknown as { __injected?: boolean }).__injected === true,
          colour: getComputedStyle(styled).color,
        };
      });
      expect(ran.script).toBe(false);
      expect(ran.colour).not.toBe('rgb(255, 0, 0)');
      // Once by the header's policy and once by the page's meta policy: the browser enforces both.
      await expect
        .poll(() => cspViolations.map((text) => text.split(' ')[0]).sort())
        .toEqual(['script-src-elem', 'script-src-elem', 'style-src-attr', 'style-src-attr']);
    });
  });

  it('refuses to be framed', async () => {
    await withWatchedPage(harness, async ({ page, consoleErrors }) => {
      // A page of no origin and no policy of its own frames the site: only the site's headers refuse.
      await page.setContent(`<iframe title="framed" src="${harness.site.origin}/docs"></iframe>`);
      await expect
        .poll(() => consoleErrors.join('\n'))
        .toContain('violates the following Content Security Policy directive: "frame-ancestors \'none\'"');
      expect(await page.frames()[1]?.$('article')).toBeFalsy();
    });
  });
});
