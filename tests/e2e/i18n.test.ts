/**
 * The French edition in Chromium, on a few pages of each kind (the full French sitemap runs in
 * site.test.ts once it covers build/fr/sitemap.xml): html lang and hreflang alternates, the
 * language menu, the notice on a page not yet translated (its English text marked lang="en"),
 * and, in both themes, hydration, no console error, no request to another origin, zero axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { noticeLook } from './support/notice';
import { openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const TRANSLATED = [
  '/fr/docs',
  '/fr/docs/about',
  '/fr/docs/next/reference/glossary',
  '/fr/docs/next/policies/appeals-policy',
  '/fr/docs/policies/moderator-wellbeing',
  '/fr/docs/policies/child-safety-standards',
];
const UNTRANSLATED = ['/fr/docs/legal', '/fr/docs/next/policies/records/decision-log'];

describe('French pages', () => {
  for (const theme of ['light', 'dark'] as const) {
    it.each([...TRANSLATED, ...UNTRANSLATED])(
      `%s (${theme}): hydrates, no console error, no foreign request, no axe violation`,
      async (path) => {
        await withWatchedPage(
          harness,
          async (watch) => {
            await openHydrated(watch.page, harness.site.origin + path);
            expect(await watch.page.getAttribute('html', 'lang')).toBe('fr-FR');
            const violations = await axeViolations(watch.page);
            expect({ consoleErrors: watch.consoleErrors, foreignRequests: watch.foreignRequests, violations }).toEqual({
              consoleErrors: [],
              foreignRequests: [],
              violations: [],
            });
          },
          theme,
        );
      },
    );
  }

  it('links each page to its English and French versions with hreflang', async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, `${harness.site.origin}/fr/docs/about`);
      const alternates = await watch.page.$$eval('link[rel="alternate"][hreflang]', (links) =>
        links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`),
      );
      expect(alternates).toEqual(['en /docs/about', 'fr-FR /fr/docs/about', 'x-default /docs/about']);
      expect(await watch.page.textContent('h1')).toBe('À propos du kit');
      expect(await watch.page.locator('[data-translation]').count()).toBe(0);
    });
  });

  it('says when a page is not translated yet, links the English page and marks the English text', async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, `${harness.site.origin}/fr/docs/legal`);
      const notice = watch.page.locator('[data-translation="untranslated"]');
      expect(await notice.textContent()).toBe(
        "Cette page n'est pas encore traduite : le texte ci-dessous est l'original anglais. Lire la page en anglais",
      );
      expect(await notice.locator('a').getAttribute('href')).toBe('/docs/legal');
      // Its look: an info-coloured rule on the left, as src/css/notice.module.css draws every notice,
      // and an underlined link (told apart by more than its colour).
      const look = await noticeLook(notice, 'var(--ifm-color-info-dark)');
      expect(look.actual).toEqual(look.expected);
      expect(await notice.locator('a').evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('underline');
      expect(
        await watch.page
          .locator('.theme-doc-markdown')
          .first()
          .evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
      ).toBe('en');
    });
  });

  it('shows a value the profile leaves out as a French placeholder on a French template', async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, `${harness.site.origin}/fr/docs/next/policies/appeals-policy`);
      const placeholder = watch.page.locator('mark[data-variable="platform.name"]').first();
      expect(await placeholder.textContent()).toBe('Valeur à remplir : [Nom de la plateforme]');
    });
  });

  it('labels the profile form in French on the French profile page', async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, `${harness.site.origin}/fr/docs/next/policies/profile`);
      expect(await watch.page.locator('label[for="field-platform-name"]').textContent()).toBe('Nom de la plateforme');
      expect(await watch.page.locator('label[for="field-users-in-uk"]').textContent()).toBe('Royaume-Uni');
      expect(await watch.page.locator('#field-size-band option[value="micro"]').textContent()).toBe(
        'Moins de 10 personnes',
      );
    });
  });

  it("shows a record log's French title, purpose and column labels on the French site, marked French", async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, `${harness.site.origin}/fr/docs/next/policies/records/decision-log`);
      const table = watch.page.locator('table', { has: watch.page.locator('caption') }).first();
      expect(await table.locator('caption').textContent()).toBe('Colonnes du registre : Registre des décisions');
      expect(await table.locator('tbody th[scope="row"]').first().textContent()).toBe('Référence du dossier');
      expect(await table.locator('tbody td[lang="en"]').first().textContent()).toBe(
        'Your own reference for the case; never a user name.',
      );
      expect(await table.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('fr-FR');
      expect(await watch.page.getByText('Durée de conservation :').first().isVisible()).toBe(true);
    });
  });

  it('offers the other language in the navbar menu', async () => {
    await withWatchedPage(harness, async (watch) => {
      await openHydrated(watch.page, `${harness.site.origin}/docs/about`);
      const english = await watch.page.getAttribute('html', 'lang');
      expect(english).toBe('en');
      const french = watch.page.locator('.navbar a[href="/fr/docs/about"]');
      expect(await french.count()).toBeGreaterThan(0);
      expect(await french.first().textContent()).toBe('Français');
    });
  });
});
