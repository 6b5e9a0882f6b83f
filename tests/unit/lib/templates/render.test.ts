import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applicability } from '../../../../src/lib/templates/applicability';
import { toMarkdown } from '../../../../src/lib/templates/markdown';
import { parseTemplate } from '../../../../src/lib/templates/parse';
import { packZip, renderTemplate } from '../../../../src/lib/templates/render';
import { resolveTemplate } from '../../../../src/lib/templates/resolve';
import { templateUses } from '../../../../src/lib/templates/tree';
import { docxText, filled, fixtureSet, nodeTypes, parseMarkdown, provenance, sample } from './support';

const HOSTILE = {
  html: '<img src=x onerror=alert(1)>',
  markdown: '**bold** [link](javascript:alert(1))',
  rtl: 'متجر الصور',
  emoji: 'Lumen 📸🎉',
};

describe('parsing a template', () => {
  it('keeps the policy text, turns Var and When into template nodes, and leaves out the notes and the imports', () => {
    const document = sample();
    expect(document.title).toBe('Sample policy');
    expect(templateUses(document.body)).toEqual({
      variables: [
        'platform.name',
        'platform.legal_entity',
        'platform.url',
        'contacts.safety_email',
        'users_in',
        'size_band',
      ],
      features: ['live_streaming', 'e2ee'],
      jurisdictions: ['UK'],
    });
    const json = JSON.stringify(document.body);
    expect(json).not.toContain('How to adapt this');
    expect(json).not.toContain('import Var');
    expect(json).not.toContain('"position"');
  });

  it('reports an unknown variable or condition with its line and column', () => {
    const { registry } = fixtureSet();
    const source = [
      '---',
      'title: Bad',
      '---',
      '',
      'Hello <Var name="platform.nmae" />.',
      '',
      '<When feature="telepathy">',
      '  Text.',
      '</When>',
      '',
    ].join('\n');
    expect(parseTemplate(source, 'bad', registry).problems).toEqual([
      {
        line: 5,
        column: 7,
        message:
          'Unknown variable `platform.nmae` (did you mean `platform.name`?); expected a variable declared in policies/_data/variables.yaml',
      },
      {
        line: 7,
        column: 1,
        message: 'Unknown feature `telepathy` in <When feature>; expected one of live_streaming, e2ee',
      },
    ]);
  });

  it('reports a page that is not valid MDX, with its place, instead of throwing', () => {
    const { registry } = fixtureSet();
    const { problems } = parseTemplate('---\ntitle: Bad\n---\n\n<When feature="e2ee">\nText.\n', 'bad', registry);
    expect(problems).toEqual([
      { line: 5, column: 1, message: 'Cannot read the page as MDX: Expected a closing tag for `<When>` (5:1-5:22)' },
    ]);
  });
});

describe('resolving a template against a profile', () => {
  it('fills every variable, with choices and lists as words and addresses as links', async () => {
    const { markdown, unresolved, undecided } = await renderTemplate(sample(), filled, ['md'], provenance);
    expect({ unresolved, undecided }).toEqual({ unresolved: [], undecided: [] });
    expect(markdown).toContain(
      'This policy applies to Lumen Photos, run by Lumen Photos B.V. at <https://lumen.example>.',
    );
    expect(markdown).toContain(
      'Write to <safety@lumen.example>. We serve users in European Union and United Kingdom and employ Fewer than 10 people.',
    );
    expect(markdown).toContain('| Review | Lumen Photos moderators');
  });

  it('shows a condition when it holds and leaves it out when it does not', () => {
    const text = (values: Record<string, unknown>) =>
      toMarkdown(resolveTemplate(sample().body, { ...filled, ...values } as never).tree, 'T');
    const on = text({ 'features.live_streaming': true, 'features.e2ee': true, users_in: ['UK'] });
    const off = text({ 'features.live_streaming': false, 'features.e2ee': false, users_in: ['EU'] });
    expect(on).toContain('- Report a live stream while it is live.');
    expect(on).toContain('We review live streams **first**.');
    expect(off).not.toContain('live stream');
    expect(on).not.toContain('We can read messages');
    expect(off).toContain('We can read messages that users report to us.');
    expect(on).toContain('Emergency services come first (999 in the United Kingdom).');
    expect(off).toContain('Emergency services come first.');
  });

  it('joins a conditional list item to the list before it', () => {
    const markdown = toMarkdown(
      resolveTemplate(sample().body, { ...filled, 'features.live_streaming': true }).tree,
      'T',
    );
    expect(markdown).toContain('- Report in the app.\n- Report by email.\n- Report a live stream while it is live.\n');
  });

  it('without a profile, shows placeholders and says when each condition applies', () => {
    const { tree, unresolved, undecided } = resolveTemplate(sample().body, {});
    expect(unresolved).toEqual([
      'platform.name',
      'platform.legal_entity',
      'platform.url',
      'contacts.safety_email',
      'users_in',
      'size_band',
    ]);
    expect(undecided).toEqual(['feature:live_streaming', 'feature:e2ee', 'jurisdiction:UK']);
    const markdown = toMarkdown(tree, 'T');
    expect(markdown).toContain(
      'This policy applies to \\[Platform name], run by \\[Legal entity] at \\[Website address].',
    );
    expect(markdown).toContain('_Applies if your platform has: Live streaming:_');
    expect(markdown).toContain('_Applies if your platform does not have: End-to-end encryption:_');
    expect(markdown).toContain(
      '\\[Applies if you are established in, or have users in, the United Kingdom: (999 in the United Kingdom)]',
    );
  });

  it('turns links into the kit into plain text, and keeps links to the web', async () => {
    const { markdown } = await renderTemplate(sample(), filled, ['md'], provenance);
    expect(markdown).toContain('See the legal overview.');
    expect(markdown).toContain('[NCMEC CyberTipline](https://report.cybertip.org/)');
  });
});

describe('user input is text, never markup', () => {
  const hostile = {
    ...filled,
    'features.live_streaming': true,
    'platform.name': `${HOSTILE.html} ${HOSTILE.markdown}`,
    'platform.legal_entity': `${HOSTILE.rtl} ${HOSTILE.emoji}`,
  };

  it('in Markdown: escaped, so that a renderer shows it literally', async () => {
    const { markdown } = await renderTemplate(sample(), hostile, ['md'], provenance);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)> \\*\\*bold\\*\\* \\[link]\\(javascript:alert(1))');
    const back = parseMarkdown(markdown!);
    const types = nodeTypes(back);
    expect(types.has('html')).toBe(false);
    expect(types.has('strong')).toBe(true); // the template's own "**first**" only
    const links: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push(node.url!);
      (node.children as never[] | undefined)?.forEach(walk);
    };
    walk(back as never);
    expect(links.filter((url) => url.startsWith('javascript:'))).toEqual([]);
    expect(back.children.slice(0, 3).map((node) => node.type)).toEqual(['yaml', 'heading', 'table']);
    const firstParagraph = back.children.find((node) => node.type === 'paragraph')!;
    const text = JSON.stringify(firstParagraph);
    expect(text).toContain(`${HOSTILE.html} ${HOSTILE.markdown}`);
    expect(text).toContain(`${HOSTILE.rtl} ${HOSTILE.emoji}`);
    // The document-control table holds the platform's name as one literal cell.
    const control = back.children[2] as { children: { children: { children: { value?: string }[] }[] }[] };
    const platformRow = control.children.find((row) => JSON.stringify(row.children[0]).includes('"Platform"'))!;
    expect(platformRow.children[1]!.children).toEqual([
      expect.objectContaining({ type: 'text', value: `${HOSTILE.html} ${HOSTILE.markdown}` }),
    ]);
  });

  it('in Word: XML-escaped text, right-to-left runs marked, emoji kept', async () => {
    const { docx } = await renderTemplate(sample(), hostile, ['docx'], provenance);
    const { xml, text } = docxText(docx!);
    expect(text).toContain(
      `This policy applies to ${HOSTILE.html} ${HOSTILE.markdown}, run by ${HOSTILE.rtl} ${HOSTILE.emoji} at https://lumen.example.`,
    );
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
    expect(xml).toMatch(/<w:rtl\/>[^]*?متجر/);
  });

  it('takes a 10,000-character value whole, in both formats', async () => {
    const long = 'Lumen '.repeat(2000).slice(0, 9_999).concat('x');
    expect(long).toHaveLength(10_000);
    const { markdown, docx } = await renderTemplate(
      sample(),
      { ...filled, 'platform.name': long },
      ['md', 'docx'],
      provenance,
    );
    expect(markdown).toContain(long);
    expect(docxText(docx!).text).toContain(long);
  });
});

describe('Word documents', () => {
  it('are real documents: title, headings, lists, tables, links and page numbers', async () => {
    const { docx } = await renderTemplate(sample(), filled, ['docx'], provenance);
    const { xml, text, files } = docxText(docx!);
    expect(files).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', '[Content_Types].xml']),
    );
    expect(text.startsWith('Sample policy')).toBe(true);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:hyperlink');
    const footer = Object.entries(unzipSync(docx!)).find(([name]) => name.startsWith('word/footer'));
    expect(footer).toBeDefined();
    expect(strFromU8(footer![1])).toContain('PAGE');
    expect(strFromU8(footer![1])).toContain('NUMPAGES');
    expect(text).not.toContain('How to adapt this');
  });
});

/** Every part of a .docx as text. */
const parts = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

/** A .docx's custom document properties (docProps/custom.xml), name to text, from its `parts`. */
const customProperties = (files: Record<string, string>) =>
  Object.fromEntries(
    [...files['docProps/custom.xml']!.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((match) => [
      match[1],
      match[2],
    ]),
  );

describe('document control, stamps and house style', () => {
  const owned = {
    ...filled,
    'documents.owner': 'Head of Trust and Safety',
    'documents.version': '1.2',
    'documents.effective_date': '2027-01-04',
  };

  it('Markdown: front matter with the stamp, then the title, then the document-control table', async () => {
    const { markdown } = await renderTemplate(sample(), owned, ['md'], provenance);
    expect(markdown!.split('\n---\n')[0]).toBe(
      [
        '---',
        'title: "Sample policy"',
        'kit_version: "2026.12.0"',
        'release: "2026.12"',
        'generated: "2026-12-07"',
        'last_reviewed: "2026-11-30"',
        'license: "CC0-1.0"',
        'sources: []',
      ].join('\n'),
    );
    const tree = parseMarkdown(markdown!);
    expect(tree.children.slice(0, 3).map((node) => node.type)).toEqual(['yaml', 'heading', 'table']);
    const rows = (tree.children[2] as { children: { children: unknown[] }[] }).children.map((row) =>
      row.children.map((cell) => JSON.stringify(cell).match(/"value":"([^"]*)"/)?.[1] ?? ''),
    );
    expect(rows).toEqual([
      ['Document control', ''],
      ['Document', 'Sample policy'],
      ['Platform', 'Lumen Photos'],
      ['Owner', 'Head of Trust and Safety'],
      ['Version', '1.2'],
      ['Effective date', '2027-01-04'],
      ['Next review', '2027-07-04'],
      ['Approved by', '[To be completed by your company: name, role and date of approval]'],
      ['Generated from', 'Child Safety Kit 2026.12.0, release 2026.12, generated 2026-12-07'],
    ]);
  });

  it('Word: the document-control table first, in named styles, with the approval marked as a placeholder', async () => {
    const { docx } = await renderTemplate(sample(), owned, ['docx'], provenance);
    const { xml, text } = docxText(docx!);
    expect(
      text.startsWith(
        'Sample policyDocument controlDocumentSample policyPlatformLumen PhotosOwnerHead of Trust and SafetyVersion1.2Effective date2027-01-04Next review2027-07-04Approved by[To be completed by your company',
      ),
    ).toBe(true);
    expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf('This policy applies to'));
    expect(xml).toContain('<w:pStyle w:val="DocumentControlLabel"/>');
    expect(xml).toMatch(/<w:rStyle w:val="Placeholder"\/>(?:(?!<\/w:r>).)*To be completed by your company/);
    expect(xml).toContain('<w:pStyle w:val="ListParagraph"/>');
    expect(xml).toContain('<w:pStyle w:val="TableText"/>');
    expect(xml).toContain('<w:rStyle w:val="Hyperlink"/>');
    // No direct formatting: fonts and highlights come from the styles only.
    expect(xml).not.toContain('<w:rFonts');
    expect(xml).not.toContain('<w:highlight');
  });

  it('Word: styles for title, headings, body, lists, notes and tables, with spacing and a readable font', async () => {
    const { docx } = await renderTemplate(sample(), filled, ['docx'], provenance);
    const styles = parts(docx!)['word/styles.xml']!;
    const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^]*?</w:style>`))?.[0] ?? '';
    for (const id of [
      'Normal',
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'ListParagraph',
      'Note',
      'TableText',
      'TableHeader',
      'DocumentControlLabel',
      'Footer',
      'Placeholder',
      'Hyperlink',
    ]) {
      expect(style(id), id).not.toBe('');
    }
    expect(style('Normal')).toMatch(/<w:spacing [^>]*w:after="160"/);
    expect(style('Normal')).toMatch(/<w:rFonts w:ascii="Calibri"[^>]*w:cs="Arial"/);
    expect(style('Heading1')).toMatch(/<w:spacing [^>]*w:before="360"/);
    expect(style('Heading1')).toContain('<w:keepNext/>');
    expect(style('ListParagraph')).toMatch(/<w:spacing [^>]*w:after="80"/);
    expect(style('Placeholder')).toContain('<w:highlight w:val="yellow"/>');
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);
  });

  it('Word: the stamp in the core and custom properties, and the release in the footer', async () => {
    const { docx } = await renderTemplate(sample(), owned, ['docx'], provenance);
    const files = parts(docx!);
    expect(files['docProps/core.xml']).toContain('<dc:title>Sample policy</dc:title>');
    expect(files['docProps/core.xml']).toContain('<dc:subject>Lumen Photos</dc:subject>');
    expect(files['docProps/core.xml']).toContain('<dc:creator>Child Safety Kit</dc:creator>');
    const custom = customProperties(files);
    expect(custom).toEqual({
      'Kit version': '2026.12.0',
      Release: '2026.12',
      Generated: '2026-12-07',
      'Template last reviewed': '2026-11-30',
      Licence: 'CC0-1.0',
      'Document version': '1.2',
      Owner: 'Head of Trust and Safety',
      'Effective date': '2027-01-04',
      'Next review': '2027-07-04',
    });
    const footer = Object.entries(files).find(([name]) => name.startsWith('word/footer'))![1];
    expect(footer).toContain('Sample policy, version 1.2');
    expect(footer).toContain('From Child Safety Kit 2026.12.0, release 2026.12, generated 2026-12-07. ');
    expect(footer).toContain('<w:pStyle w:val="Footer"/>');
  });

  it('a hostile owner or approver stays literal text in the table, the properties and the Markdown', async () => {
    const hostile = {
      ...filled,
      'platform.name': '</dc:subject><dc:creator>Mallory',
      'documents.owner': `${HOSTILE.html} ${HOSTILE.markdown}`,
      'documents.approved_by': '</vt:lpwstr><vt:bool>true',
    };
    const { docx, markdown } = await renderTemplate(sample(), hostile, ['md', 'docx'], provenance);
    const files = parts(docx!);
    expect(docxText(docx!).text).toContain(`Owner${HOSTILE.html} ${HOSTILE.markdown}Version`);
    expect(files['word/document.xml']).not.toContain('<img');
    expect(files['docProps/custom.xml']).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(files['docProps/custom.xml']).toContain('&lt;/vt:lpwstr&gt;&lt;vt:bool&gt;true');
    expect(files['docProps/custom.xml']).not.toContain('<vt:bool>');
    expect(files['docProps/core.xml']).toContain(
      '<dc:subject>&lt;/dc:subject&gt;&lt;dc:creator&gt;Mallory</dc:subject>',
    );
    expect(files['docProps/core.xml']!.match(/<dc:creator>/g)).toHaveLength(1);
    const ownerRow = markdown!.split('\n').find((line) => line.startsWith('| **Owner**'))!;
    expect(ownerRow).toMatch(
      /^\| \*\*Owner\*\* +\| \\<img src=x onerror=alert\(1\)> \\\*\\\*bold\\\*\\\* \\\[link]\\\(javascript:alert\(1\)\) +\|$/,
    );
  });
});

describe('procedures and playbooks', () => {
  const source = (kind: string) =>
    [
      '---',
      'title: Sample procedure',
      'description: A fixture procedure with steps interrupted by a note.',
      'page_type: template',
      'license: CC0-1.0',
      `document_kind: ${kind}`,
      'last_reviewed: 2026-11-30',
      'review_every_months: 3',
      'variables: []',
      '---',
      '',
      '## Step one',
      '',
      '1. Secure the evidence.',
      '2. Open a case.',
      '',
      'Tell the case owner before you go on.',
      '',
      '3. Report to the authority.',
      '4. Close the case.',
      '',
      '## Step two',
      '',
      '1. A new list starts again at one.',
      '',
    ].join('\n');

  it('open with a table of contents field that Word updates on open, and keep their step numbers', async () => {
    const { document } = parseTemplate(source('procedure'), 'sample-procedure', fixtureSet().registry);
    expect(document.kind).toBe('procedure');
    const { docx, markdown } = await renderTemplate(document, filled, ['md', 'docx'], provenance);
    const files = parts(docx!);
    const xml = files['word/document.xml']!;
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(xml).toContain('w:fldCharType="begin" w:dirty="true"');
    expect(xml).toContain('<w:pStyle w:val="TOCHeading"/>');
    expect(files['word/settings.xml']).toContain('<w:updateFields/>');
    const instances = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]);
    expect(instances).toHaveLength(5);
    // Steps 1-4 share one numbering though a note interrupts them; the next list starts again.
    expect(new Set(instances.slice(0, 4)).size).toBe(1);
    expect(instances[4]).not.toBe(instances[0]);
    expect(markdown).toContain('3. Report to the authority.');
  });

  it('a policy has no table of contents', async () => {
    const { docx } = await renderTemplate(sample(), filled, ['docx'], provenance);
    expect(parts(docx!)['word/document.xml']).not.toContain('TOC \\');
  });
});

describe('a French document: its own wording in French too', () => {
  const owned = {
    ...filled,
    'documents.owner': 'Responsable de la confiance et de la sécurité',
    'documents.version': '1.2',
    'documents.effective_date': '2027-01-04',
  };
  const fr = { lang: 'fr' } as const;

  it('Markdown: the document-control table in French, word for word', async () => {
    const { markdown } = await renderTemplate(sample(), owned, ['md'], provenance, fr);
    const table = markdown!.split('\n').filter((line) => line.startsWith('|'));
    expect(table.slice(0, 10).map((line) => line.replace(/ +/g, ' ').replace(/-+/g, '-'))).toEqual([
      '| Suivi du document | |',
      '| - | - |',
      '| **Intitulé** | Sample policy |',
      '| **Plateforme** | Lumen Photos |',
      '| **Responsable** | Responsable de la confiance et de la sécurité |',
      '| **Version** | 1.2 |',
      "| **Date d'entrée en vigueur** | 2027-01-04 |",
      '| **Prochain réexamen** | 2027-07-04 |',
      "| **Approuvé par** | \\[À compléter par votre entreprise : nom, fonction et date de l'approbation] |",
      '| **Généré à partir de** | Child Safety Kit 2026.12.0, version 2026.12, document généré le 2026-12-07 |',
    ]);
  });

  it('Word: control table, footer, properties and table of contents in French, none of the English', async () => {
    const { docx } = await renderTemplate(sample(), owned, ['docx'], provenance, fr);
    const { text } = docxText(docx!);
    expect(
      text.startsWith(
        "Sample policySuivi du documentIntituléSample policyPlateformeLumen PhotosResponsableResponsable de la confiance et de la sécuritéVersion1.2Date d'entrée en vigueur2027-01-04Prochain réexamen2027-07-04Approuvé par[À compléter par votre entreprise : nom, fonction et date de l'approbation]Généré à partir deChild Safety Kit 2026.12.0, version 2026.12, document généré le 2026-12-07",
      ),
    ).toBe(true);
    const files = parts(docx!);
    const custom = customProperties(files);
    expect(custom).toEqual({
      'Version du kit': '2026.12.0',
      'Version des modèles': '2026.12',
      'Généré le': '2026-12-07',
      'Dernier réexamen du modèle': '2026-11-30',
      Licence: 'CC0-1.0',
      'Version du document': '1.2',
      Responsable: 'Responsable de la confiance et de la sécurité',
      'Date d&apos;entrée en vigueur': '2027-01-04', // the name as written in the XML
      'Prochain réexamen': '2027-07-04',
    });
    expect(files['docProps/core.xml']).toContain('<dc:subject>Lumen Photos</dc:subject>');
    expect(files['docProps/core.xml']).toContain('<cp:keywords>Child Safety Kit; version 2026.12</cp:keywords>');
    const footer = Object.entries(files).find(([name]) => name.startsWith('word/footer'))![1];
    expect(footer).toContain('Sample policy, version 1.2');
    expect(footer).toContain('Tiré de Child Safety Kit 2026.12.0, version 2026.12, document généré le 2026-12-07. ');
    expect(footer).toContain('>Page <');
    expect(footer).toContain('> sur <');
    expect(footer).not.toMatch(/>(?:From|Page of| of )</);
    for (const english of ['Document control', 'Owner', 'Effective date', 'Next review', 'Approved by', 'release'])
      expect(files['word/document.xml']).not.toContain(english);
  });

  it("Word: a procedure's table of contents is headed Sommaire", async () => {
    const { document } = parseTemplate(
      [
        '---',
        'title: Procédure type',
        'description: Une procédure de test.',
        'page_type: template',
        'license: CC0-1.0',
        'document_kind: procedure',
        'last_reviewed: 2026-11-30',
        'variables: []',
        '---',
        '',
        '## Première étape',
        '',
        '1. Conservez les preuves.',
        '',
      ].join('\n'),
      'sample-procedure',
      fixtureSet().registry,
    );
    const { docx } = await renderTemplate(document, filled, ['docx'], provenance, fr);
    const xml = parts(docx!)['word/document.xml']!;
    expect(xml).toMatch(/<w:pStyle w:val="TOCHeading"\/>(?:(?!<\/w:p>).)*>Sommaire</);
    expect(xml).not.toContain('>Contents<');
  });
});

describe('applicability and the pack', () => {
  it('says whether a template applies, and why', () => {
    const { registry, templates } = fixtureSet();
    const streaming = templates.find((template) => template.entry.id === 'streaming-rules')!.entry.applies_when;
    expect(applicability(undefined, {}, registry)).toEqual({ applies: true, reason: 'Applies to every platform.' });
    expect(applicability(streaming, { 'features.live_streaming': true }, registry)).toEqual({
      applies: true,
      reason: 'Applies because your platform has: Live streaming.',
    });
    expect(applicability(streaming, { 'features.live_streaming': false }, registry)).toEqual({
      applies: false,
      reason: 'Applies only if your platform has: Live streaming.',
    });
    expect(applicability({ any_jurisdiction: ['UK', 'AU'] }, { users_in: ['EU'] }, registry).reason).toBe(
      'Applies only if you operate in the United Kingdom or Australia.',
    );
  });

  it('zips Markdown and Word files with a README', async () => {
    const rendered = await Promise.all(
      fixtureSet().templates.map((template) => renderTemplate(template.document, filled, ['md', 'docx'], provenance)),
    );
    const files = unzipSync(packZip(rendered, '# Policy pack\n'));
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'markdown/sample-policy.md',
      'markdown/streaming-rules.md',
      'word/sample-policy.docx',
      'word/streaming-rules.docx',
    ]);
    expect(docxText(files['word/streaming-rules.docx']!).text).toContain('Lumen Photos stops a live stream');
  });
});

describe('a variable with a default', () => {
  const registry = [
    {
      name: 'response_times.critical',
      label: 'Time to act on a Tier 1 report',
      type: 'enum' as const,
      example: '1h',
      default: '1h',
      help: 'How fast you act.',
      options: [
        { value: '1h', label: '1 hour' },
        { value: '4h', label: '4 hours' },
      ],
    },
  ];
  const body = parseTemplate(
    '---\ntitle: Times\n---\n\nimport Var from \'@site/src/components/Var\';\n\nWe act within <Var name="response_times.critical" />.\n',
    'times',
    registry,
  ).document.body;

  it('reads as its default when the profile leaves it out, and as the profile value when given', () => {
    const left = resolveTemplate(body, {});
    expect(toMarkdown(left.tree, 'T')).toContain('We act within 1 hour.');
    expect(left.unresolved).toEqual([]);
    expect(toMarkdown(resolveTemplate(body, { 'response_times.critical': '4h' }).tree, 'T')).toContain(
      'We act within 4 hours.',
    );
  });
});
