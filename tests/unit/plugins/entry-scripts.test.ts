import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import {
  DEFERRED_SCRIPTS,
  entryScriptsTemplate,
  PRELOADED_SCRIPTS,
  SCRIPTS_AT_END_OF_BODY,
} from '../../../src/plugins/entry-scripts';

const siteDir = process.cwd();

describe('entryScriptsTemplate', () => {
  it("changes only how Docusaurus' template loads the entry scripts", () => {
    const template = entryScriptsTemplate(siteDir);
    expect(template).not.toContain('defer></script>');
    expect(template).toContain('<link rel="preload" as="script" href="<%= it.baseUrl %><%= script %>" />');
    expect(template).toMatch(
      /<%~ it\.postBodyTags %>\n {4}<% it\.scripts\.forEach\(\(script\) => \{ %>\n {6}<script src="<%= it\.baseUrl %><%= script %>"><\/script>\n {4}<% \}\); %>\n {2}<\/body>\n<\/html>/,
    );
    // Everything else is the default template, as it is.
    const original = (
      createRequire(import.meta.url)('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as { default: string }
    ).default;
    expect(template.replace(PRELOADED_SCRIPTS, '').replace(SCRIPTS_AT_END_OF_BODY, '  </body>')).toBe(
      original.replace(DEFERRED_SCRIPTS, ''),
    );
  });

  it('fails with what to update when a Docusaurus upgrade changes the template', () => {
    expect(() =>
      entryScriptsTemplate(siteDir, '<html><head><script type="module" src="x"></script></head><body></body></html>'),
    ).toThrow(
      "Docusaurus' HTML template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) no longer loads its scripts as " +
        'src/plugins/entry-scripts.ts expects. Update DEFERRED_SCRIPTS there to match the new template.',
    );
  });
});
