import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadTemplateSet } from '../../../../src/lib/templates/load';
import { parseTemplate } from '../../../../src/lib/templates/parse';
import { renderTemplate } from '../../../../src/lib/templates/render';
import { templateClauses } from '../../../../src/lib/templates/tree';
import type { Provenance } from '../../../../src/lib/templates/control';

const provenance: Provenance = { kitVersion: '2030.1.0', release: '2030.01', generated: '2030-01-15' };

const set = loadTemplateSet(join(import.meta.dirname, '../../../fixtures/templates/policies'));
const sample = set.templates.find((template) => template.entry.id === 'sample-policy')!.document;

describe('clause ids', () => {
  it('come from the MDX comment at the end of a heading, which leaves the heading text', () => {
    expect(templateClauses(sample.body)).toEqual([{ id: 'reporting', title: 'Reporting', depth: 2 }]);
    expect(JSON.stringify(sample.body)).not.toContain('/*');
  });

  it('are written into the Markdown as {#id} after the heading text', async () => {
    const { markdown } = await renderTemplate(sample, {}, ['md'], provenance);
    expect(markdown).toContain('\n## Reporting {#reporting}\n');
  });

  it('are bookmarks of the same name around the heading in the Word document', async () => {
    const { docx } = await renderTemplate(sample, {}, ['docx'], provenance);
    const xml = strFromU8(unzipSync(docx!)['word/document.xml']!);
    const start = /<w:bookmarkStart w:name="reporting" w:id="(\d+)"\/>/.exec(xml);
    expect(start).not.toBeNull();
    const end = xml.indexOf(`<w:bookmarkEnd w:id="${start![1]}"/>`);
    expect(end).toBeGreaterThan(start!.index);
    expect(xml.slice(start!.index, end)).toContain('Reporting</w:t>');
  });

  it('must be lower-case letters, digits and underscores, or the page is reported', () => {
    const { problems, document } = parseTemplate(
      '---\ntitle: T\n---\n\n## Reporting {/* #Report-Here */}\n',
      't',
      set.registry,
    );
    expect(problems).toEqual([
      {
        line: 5,
        column: 14,
        message:
          'Clause id `Report-Here` is not valid; expected lower-case letters, digits and underscores, starting with a letter, at most 40 characters',
      },
    ]);
    expect(templateClauses(document.body)).toEqual([]);
  });

  it('a heading without an id is no clause', () => {
    const { document } = parseTemplate('---\ntitle: T\n---\n\n## Reporting\n', 't', set.registry);
    expect(templateClauses(document.body)).toEqual([]);
  });
});
