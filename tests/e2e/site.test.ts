/**
 * Every page of the built site, in light and dark themes, served with the deployed security headers
 * (build/_headers): it loads and hydrates, logs no console error, breaks no rule of the Content
 * Security Policy, makes no request to another origin, and has zero axe violations at WCAG 2.2 AA.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openHydrated, sitemapPaths, startHarness, withWatchedPage, type Harness } from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

// The 404 page is not in the sitemap, but every reader who follows a stale link sees it.
const paths = [...sitemapPaths(), '/404.html'];

describe('every page in the sitemap', () => {
  it('lists the home page, the docs of the release and of next', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/docs');
    expect(paths).toContain('/docs/next');
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      it.each(paths)('%s', async (path) => {
        await withWatchedPage(
          harness,
          async (watch) => {
            await openHydrated(watch.page, harness.site.origin + path);
            expect(await watch.page.getAttribute('html', 'data-theme')).toBe(theme);
            const violations = await axeViolations(watch.page);
            expect({
              consoleErrors: watch.consoleErrors,
              cspViolations: watch.cspViolations,
              foreignRequests: watch.foreignRequests,
              violations,
            }).toEqual({
              consoleErrors: [],
              cspViolations: [],
              foreignRequests: [],
              violations: [],
            });
          },
          theme,
        );
      });
    });
  }
});
