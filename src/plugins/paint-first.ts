/**
 * The pages' HTML template: Docusaurus' own, with one change, so that a page paints before the app
 * starts.
 *
 * Docusaurus loads its entry scripts from the head with `defer`. When they have downloaded before
 * the HTML is parsed (a short page, a fast network, a repeat visit), the browser runs them, and
 * React hydrates the page, before it paints anything: on a slow phone the reader looks at a blank
 * screen while the app starts, and the app's start-up runs as one long stretch. Here the head only
 * preloads the scripts, so they download as early as before, and a small script at the end of the
 * body adds them, in order, after the first frame is painted (or after 1.5 s where no frame comes,
 * as in a tab opened in the background). Readers without JavaScript get the same page as before.
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

/** Adds the entry scripts once, in order (`async = false`), after the first paint. */
export const START_AFTER_FIRST_PAINT = `    <script>
      (function (scripts) {
        var started = false;
        function start() {
          if (started) return;
          started = true;
          scripts.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.head.appendChild(script);
          });
        }
        requestAnimationFrame(function () { setTimeout(start); });
        setTimeout(start, 1500);
      })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>);
    </script>
  </body>`;

/** Our template, made from `defaultTemplate` (Docusaurus' own, by default read from @docusaurus/core). */
export function paintFirstTemplate(siteDir: string, defaultTemplate = docusaurusTemplate(siteDir)): string {
  if (!defaultTemplate.includes(DEFERRED_SCRIPTS) || !defaultTemplate.includes('  </body>')) {
    throw new Error(
      "Docusaurus' HTML template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) no longer loads its scripts as " +
        'src/plugins/paint-first.ts expects. Update DEFERRED_SCRIPTS there to match the new template.',
    );
  }
  return defaultTemplate.replace(DEFERRED_SCRIPTS, PRELOADED_SCRIPTS).replace('  </body>', START_AFTER_FIRST_PAINT);
}

function docusaurusTemplate(siteDir: string): string {
  return (siteRequire(siteDir)('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as { default: string }).default;
}
