import { describe, expect, it } from 'vitest';
import { permanentPath } from '../../../src/lib/changes';
import { permanentRoutes, redirectPage } from '../../../src/plugins/permanent-urls';

describe('permanent URLs', () => {
  it('puts the newest release under its own name, and leaves older releases where they are', () => {
    expect(permanentPath('/docs/legal/us', '2030.02', true)).toBe('/docs/2030.02/legal/us');
    expect(permanentPath('/docs/', '2030.02', true)).toBe('/docs/2030.02');
    expect(permanentPath('/docs/2030.01/legal/us', '2030.01', false)).toBe('/docs/2030.01/legal/us');
    expect(permanentPath('/docs/legal/', '2030.02', true)).toBe('/docs/2030.02/legal');
  });

  it("redirects only the newest release's doc routes", () => {
    const routes = [
      '/',
      '/search',
      '/docs',
      '/docs/legal/us',
      '/docs/next/legal/us',
      '/docs/2030.01',
      '/docs/2030.01/legal/us',
      '/docs-other',
    ];
    expect(permanentRoutes(routes, '2030.02', ['2030.01'])).toEqual([
      ['/docs', '/docs/2030.02'],
      ['/docs/legal/us', '/docs/2030.02/legal/us'],
    ]);
  });

  it('writes a redirect with a canonical link and no script', () => {
    const page = redirectPage('/docs/legal/us', '2030.02');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/docs/legal/us">');
    expect(page).toContain('<link rel="canonical" href="/docs/legal/us">');
    expect(page).not.toContain('<script');
  });
});
