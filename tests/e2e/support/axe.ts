/** axe-core in the page, at WCAG 2.2 AA. Violations are returned as short readable lines. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test driver, which the page's Content Security Policy does not govern: an
  // injected <script> would be refused, as any inline script the build did not hash is.
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const outcome = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return outcome.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  }, WCAG_TAGS);
  return results.map((violation) => `${violation.id}: ${violation.help} at ${violation.targets.join(', ')}`);
}
