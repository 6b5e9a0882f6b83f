import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { DEFERRED_SCRIPTS, paintFirstTemplate, PRELOADED_SCRIPTS, START_AFTER_FIRST_PAINT } from '../../../src/plugins/paint-first';

const siteDir = process.cwd();

describe('paintFirstTemplate', () => {
  it("changes only how Docusaurus' template loads the entry scripts", () => {
    const template = paintFirstTemplate(siteDir);
    expect(template).not.toContain('defer></script>');
    expect(template).toContain('<link rel="preload" as="script" href="<%= it.baseUrl %><%= script %>" />');
    expect(template).toContain('})(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>);');
    expect(template).toMatch(/requestAnimationFrame\(function \(\) \{ setTimeout\(start\); \}\);\n {8}setTimeout\(start, 1500\);/);
    expect(template).toMatch(/<%~ it\.postBodyTags %>\n {4}<script>[\s\S]*<\/script>\n {2}<\/body>\n<\/html>/);
    // Everything else is the default template, as it is.
    const original = (createRequire(import.meta.url)('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as { default: string }).default;
    expect(template.replace(PRELOADED_SCRIPTS, '').replace(START_AFTER_FIRST_PAINT, '  </body>')).toBe(original.replace(DEFERRED_SCRIPTS, ''));
  });

  it('fails with what to update when a Docusaurus upgrade changes the template', () => {
    expect(() => paintFirstTemplate(siteDir, '<html><head><script type="module" src="x"></script></head><body></body></html>')).toThrow(
      "Docusaurus' HTML template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) no longer loads its scripts as " +
        'src/plugins/paint-first.ts expects. Update DEFERRED_SCRIPTS there to match the new template.',
    );
  });
});
