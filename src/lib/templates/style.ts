/**
 * The house style of every Word document the kit makes, in one place: named paragraph and
 * character styles (title, headings, body, lists, notes, tables, document control, footer,
 * placeholders, links, code) with their spacing and a readable default font. The renderer only
 * names styles; it never formats text directly, so a company re-brands every document by editing
 * these styles in Word, or by giving a reference document (`--reference-docx`) whose styles.xml
 * replaces them. Styles a reference document lacks are filled in from here, so nothing falls
 * back to Word's bare defaults.
 */
import type { IStylesOptions } from 'docx';

/** Style ids the renderer uses. Title and HeadingN are Word's own ids, so Word's navigation pane and TOC see them. */
export const STYLE = {
  title: 'Title',
  body: 'Normal',
  list: 'ListParagraph',
  listContinue: 'ListContinue',
  note: 'Note',
  table: 'TableText',
  tableHeader: 'TableHeader',
  controlLabel: 'DocumentControlLabel',
  tocHeading: 'TOCHeading',
  codeBlock: 'CodeBlock',
  footer: 'Footer',
  placeholder: 'Placeholder',
  link: 'Hyperlink',
  code: 'InlineCode',
} as const;

/**
 * A readable default: Word picks the font by script, so Latin text, complex scripts (Arabic,
 * Hebrew) and East Asian text each get a common, legible face. Calibri is on every Word
 * installation; LibreOffice substitutes the metric-compatible Carlito.
 */
export const BODY_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial', eastAsia: 'Yu Gothic' } as const;
export const HEADING_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial', eastAsia: 'Yu Gothic' } as const;
const CODE_FONT = { ascii: 'Consolas', hAnsi: 'Consolas', cs: 'Courier New', eastAsia: 'Consolas' } as const;

const INK = '1F2937';
const ACCENT = '1F4E79';
const MUTED = '4B5563';

/** Spacing is in twentieths of a point: 120 = 6 pt. Line 276 = 1.15 lines. */
const paragraphStyles: NonNullable<IStylesOptions['paragraphStyles']> = [
  {
    id: STYLE.body,
    name: 'Normal',
    quickFormat: true,
    run: { font: BODY_FONT, size: 22, color: INK },
    paragraph: { spacing: { before: 0, after: 160, line: 276 } },
  },
  {
    id: STYLE.title,
    name: 'Title',
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: HEADING_FONT, size: 40, bold: true, color: ACCENT },
    paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
  },
  ...[
    { level: 1, size: 30, before: 360 },
    { level: 2, size: 26, before: 280 },
    { level: 3, size: 23, before: 240 },
    { level: 4, size: 22, before: 200 },
  ].map(({ level, size, before }) => ({
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: HEADING_FONT, size, bold: true, color: level <= 2 ? ACCENT : INK },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  })),
  {
    id: STYLE.list,
    name: 'List Paragraph',
    basedOn: STYLE.body,
    quickFormat: true,
    paragraph: { spacing: { before: 0, after: 80 }, indent: { left: 720 } },
  },
  {
    id: STYLE.listContinue,
    name: 'List Continue',
    basedOn: STYLE.body,
    paragraph: { spacing: { before: 0, after: 80 }, indent: { left: 720 } },
  },
  {
    id: STYLE.note,
    name: 'Note',
    basedOn: STYLE.body,
    quickFormat: true,
    run: { color: MUTED },
    paragraph: { spacing: { before: 80, after: 160 }, indent: { left: 360 } },
  },
  {
    id: STYLE.table,
    name: 'Table Text',
    basedOn: STYLE.body,
    paragraph: { spacing: { before: 40, after: 40, line: 252 } },
  },
  {
    id: STYLE.tableHeader,
    name: 'Table Header',
    basedOn: STYLE.table,
    run: { bold: true },
  },
  {
    id: STYLE.controlLabel,
    name: 'Document Control Label',
    basedOn: STYLE.table,
    run: { bold: true },
  },
  {
    id: STYLE.tocHeading,
    name: 'TOC Heading',
    basedOn: STYLE.body,
    next: STYLE.body,
    run: { font: HEADING_FONT, size: 26, bold: true, color: ACCENT },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  },
  {
    id: STYLE.codeBlock,
    name: 'Code Block',
    basedOn: STYLE.body,
    run: { font: CODE_FONT, size: 20 },
    paragraph: { spacing: { before: 0, after: 0, line: 240 } },
  },
  {
    id: STYLE.footer,
    name: 'Footer',
    basedOn: STYLE.body,
    run: { size: 16, color: MUTED },
    paragraph: { spacing: { before: 0, after: 0 }, alignment: 'center' },
  },
];

const characterStyles: NonNullable<IStylesOptions['characterStyles']> = [
  { id: STYLE.placeholder, name: 'Placeholder', run: { highlight: 'yellow' } },
  { id: STYLE.link, name: 'Hyperlink', run: { color: '0563C1', underline: { type: 'single' } } },
  { id: STYLE.code, name: 'Inline Code', run: { font: CODE_FONT } },
];

/** Every style id a styles.xml defines. */
export function styleIds(stylesXml: string): Set<string> {
  return new Set([...stylesXml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((match) => match[1]!));
}

/**
 * The styles to give the document. Alone: the whole house style. With a reference document's
 * styles.xml: only the styles it lacks, so the reference decides everything it defines.
 */
export function houseStyles(referenceStyles?: string): IStylesOptions {
  if (referenceStyles === undefined) {
    return { default: { document: { run: { font: BODY_FONT, size: 22 } } }, paragraphStyles, characterStyles };
  }
  const defined = styleIds(referenceStyles);
  return {
    paragraphStyles: paragraphStyles.filter((style) => !defined.has(style.id)),
    characterStyles: characterStyles.filter((style) => !defined.has(style.id)),
  };
}
