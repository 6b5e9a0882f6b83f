/**
 * The pages' HTML template: Docusaurus' own, with one change to how the app's entry scripts load.
 *
 * Docusaurus loads its entry scripts from the head with `defer`, which browsers fetch at low
 * priority. Here the head preloads them, so they download early and at high priority, and they run
 * as ordinary scripts, in order, at the end of the body. On a slow network the browser paints the
 * parsed page while it waits for them. When they have already downloaded, they run as soon as the
 * body is parsed; React hydrates the page later, once the page's own chunks have loaded. Readers
 * without JavaScript get the same page.
 *
 * Before, a small script added the entry scripts after the first animation frame. In
 * Lighthouse (mobile, 36 runs of three page types against each build), the first paint then
 * sometimes reached the screen before the app's modules ran, and the simulation counted their
 * evaluation and the first layout as blocking time: total blocking time averaged 200 ms against
 * 116 ms with the scripts at the end of the body, and the performance score 0.936 against 0.956.
 */
import { siteRequire } from './site-require';

/** The default template's entry scripts, as Docusaurus 3.10 writes them. */
export const DEFERRED_SCRIPTS = `    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>
`;

export const PRELOADED_SCRIPTS = `    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
`;

/** The entry scripts, run in order at the end of the body. */
export const SCRIPTS_AT_END_OF_BODY = `    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>"></script>
    <% }); %>
  </body>`;

/** Our template, made from `defaultTemplate` (Docusaurus' own, by default read from @docusaurus/core). */
export function entryScriptsTemplate(siteDir: string, defaultTemplate = docusaurusTemplate(siteDir)): string {
  if (!defaultTemplate.includes(DEFERRED_SCRIPTS) || !defaultTemplate.includes('  </body>')) {
    throw new Error(
      "Docusaurus' HTML template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) no longer loads its scripts as " +
        'src/plugins/entry-scripts.ts expects. Update DEFERRED_SCRIPTS there to match the new template.',
    );
  }
  return defaultTemplate.replace(DEFERRED_SCRIPTS, PRELOADED_SCRIPTS).replace('  </body>', SCRIPTS_AT_END_OF_BODY);
}

function docusaurusTemplate(siteDir: string): string {
  return (siteRequire(siteDir)('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as { default: string }).default;
}
