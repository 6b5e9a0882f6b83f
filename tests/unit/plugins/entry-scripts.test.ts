import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFERRED_SCRIPTS,
  ENTRY_SCRIPTS_TEMPLATE,
  PRELOADED_SCRIPTS,
  SCRIPTS_AT_END_OF_BODY,
} from '../../../src/plugins/entry-scripts';

/**
 * Docusaurus' default template, as text: the site never loads it (it passes its own through the
 * documented `ssrTemplate` option); this test reads it to catch an upgrade that changes it.
 */
function docusaurusDefaultTemplate(): string {
  const core = dirname(createRequire(import.meta.url).resolve('@docusaurus/core/package.json'));
  const source = readFileSync(join(core, 'lib/ssg/ssgTemplate.html.js'), 'utf8');
  return /exports\.default = `([\s\S]*)`;/.exec(source)![1]!;
}

describe('the site HTML template', () => {
  it('preloads the entry scripts in the head and runs them at the end of the body', () => {
    expect(ENTRY_SCRIPTS_TEMPLATE).not.toContain('defer></script>');
    expect(ENTRY_SCRIPTS_TEMPLATE).toContain(
      '<link rel="preload" as="script" href="<%= it.baseUrl %><%= script %>" />',
    );
    expect(ENTRY_SCRIPTS_TEMPLATE).toMatch(
      /<%~ it\.postBodyTags %>\n {4}<% it\.scripts\.forEach\(\(script\) => \{ %>\n {6}<script src="<%= it\.baseUrl %><%= script %>"><\/script>\n {4}<% \}\); %>\n {2}<\/body>\n<\/html>/,
    );
  });

  it("is Docusaurus' installed default template with only that change (an upgrade that changes it fails here)", () => {
    const original = docusaurusDefaultTemplate();
    expect(original).toContain(DEFERRED_SCRIPTS);
    expect(ENTRY_SCRIPTS_TEMPLATE).toBe(
      original.replace(DEFERRED_SCRIPTS, PRELOADED_SCRIPTS).replace('  </body>', SCRIPTS_AT_END_OF_BODY),
    );
  });
});
