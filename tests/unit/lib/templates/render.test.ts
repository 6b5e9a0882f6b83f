import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applicability } from '../../../../src/lib/templates/applicability';
import { toMarkdown } from '../../../../src/lib/templates/markdown';
import { parseTemplate } from '../../../../src/lib/templates/parse';
import { packZip, renderTemplate } from '../../../../src/lib/templates/render';
import { resolveTemplate } from '../../../../src/lib/templates/resolve';
import { templateUses } from '../../../../src/lib/templates/tree';
import { docxText, filled, fixtureSet, nodeTypes, parseMarkdown, sample } from './support';

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
      variables: ['platform.name', 'platform.legal_entity', 'platform.url', 'contacts.safety_email', 'users_in', 'size_band'],
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
    const source = ['---', 'title: Bad', '---', '', 'Hello <Var name="platform.nmae" />.', '', '<When feature="telepathy">', '  Text.', '</When>', ''].join('\n');
    expect(parseTemplate(source, 'bad', registry).problems).toEqual([
      { line: 5, column: 7, message: 'Unknown variable `platform.nmae` (did you mean `platform.name`?); expected a variable declared in policies/_data/variables.yaml' },
      { line: 7, column: 1, message: 'Unknown feature `telepathy` in <When feature>; expected one of live_streaming, e2ee' },
    ]);
  });

  it('reports a page that is not valid MDX, with its place, instead of throwing', () => {
    const { registry } = fixtureSet();
    const { problems } = parseTemplate('---\ntitle: Bad\n---\n\n<When feature="e2ee">\nText.\n', 'bad', registry);
    expect(problems).toEqual([{ line: 5, column: 1, message: 'Cannot read the page as MDX: Expected a closing tag for `<When>` (5:1-5:22)' }]);
  });
});

describe('resolving a template against a profile', () => {
  it('fills every variable, with choices and lists as words and addresses as links', async () => {
    const { markdown, unresolved, undecided } = await renderTemplate(sample(), filled, ['md']);
    expect({ unresolved, undecided }).toEqual({ unresolved: [], undecided: [] });
    expect(markdown).toContain('This policy applies to Lumen Photos, run by Lumen Photos B.V. at <https://lumen.example>.');
    expect(markdown).toContain('Write to <safety@lumen.example>. We serve users in European Union and United Kingdom and employ Fewer than 10 people.');
    expect(markdown).toContain('| Review | Lumen Photos moderators');
  });

  it('shows a condition when it holds and leaves it out when it does not', () => {
    const text = (values: Record<string, unknown>) => toMarkdown(resolveTemplate(sample().body, { ...filled, ...values } as never).tree, 'T');
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
    const markdown = toMarkdown(resolveTemplate(sample().body, { ...filled, 'features.live_streaming': true }).tree, 'T');
    expect(markdown).toContain('- Report in the app.\n- Report by email.\n- Report a live stream while it is live.\n');
  });

  it('without a profile, shows placeholders and says when each condition applies', () => {
    const { tree, unresolved, undecided } = resolveTemplate(sample().body, {});
    expect(unresolved).toEqual(['platform.name', 'platform.legal_entity', 'platform.url', 'contacts.safety_email', 'users_in', 'size_band']);
    expect(undecided).toEqual(['feature:live_streaming', 'feature:e2ee', 'jurisdiction:UK']);
    const markdown = toMarkdown(tree, 'T');
    expect(markdown).toContain('This policy applies to \\[Platform name], run by \\[Legal entity] at \\[Website address].');
    expect(markdown).toContain('_Applies if your platform has: Live streaming:_');
    expect(markdown).toContain('_Applies if your platform does not have: End-to-end encryption:_');
    expect(markdown).toContain('\\[Applies if you are established in, or have users in, the United Kingdom: (999 in the United Kingdom)]');
  });

  it('turns links into the kit into plain text, and keeps links to the web', async () => {
    const { markdown } = await renderTemplate(sample(), filled, ['md']);
    expect(markdown).toContain('See the legal overview.');
    expect(markdown).toContain('[NCMEC CyberTipline](https://report.cybertip.org/)');
  });
});

describe('user input is text, never markup', () => {
  const hostile = { ...filled, 'features.live_streaming': true, 'platform.name': `${HOSTILE.html} ${HOSTILE.markdown}`, 'platform.legal_entity': `${HOSTILE.rtl} ${HOSTILE.emoji}` };

  it('in Markdown: escaped, so that a renderer shows it literally', async () => {
    const { markdown } = await renderTemplate(sample(), hostile, ['md']);
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
    const firstParagraph = back.children[1]!;
    const text = JSON.stringify(firstParagraph);
    expect(text).toContain(`${HOSTILE.html} ${HOSTILE.markdown}`);
    expect(text).toContain(`${HOSTILE.rtl} ${HOSTILE.emoji}`);
  });

  it('in Word: XML-escaped text, right-to-left runs marked, emoji kept', async () => {
    const { docx } = await renderTemplate(sample(), hostile, ['docx']);
    const { xml, text } = docxText(docx!);
    expect(text).toContain(`This policy applies to ${HOSTILE.html} ${HOSTILE.markdown}, run by ${HOSTILE.rtl} ${HOSTILE.emoji} at https://lumen.example.`);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
    expect(xml).toMatch(/<w:rtl\/>[^]*?متجر/);
  });

  it('takes a 10,000-character value whole, in both formats', async () => {
    const long = 'Lumen '.repeat(2000).slice(0, 9_999).concat('x');
    expect(long).toHaveLength(10_000);
    const { markdown, docx } = await renderTemplate(sample(), { ...filled, 'platform.name': long }, ['md', 'docx']);
    expect(markdown).toContain(long);
    expect(docxText(docx!).text).toContain(long);
  });
});

describe('Word documents', () => {
  it('are real documents: title, headings, lists, tables, links and page numbers', async () => {
    const { docx } = await renderTemplate(sample(), filled, ['docx']);
    const { xml, text, files } = docxText(docx!);
    expect(files).toEqual(expect.arrayContaining(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', '[Content_Types].xml']));
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
    const rendered = await Promise.all(fixtureSet().templates.map((template) => renderTemplate(template.document, filled, ['md', 'docx'])));
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
