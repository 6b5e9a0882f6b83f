/**
 * A resolved template as a Word document (.docx) made with the `docx` library: a document-control
 * table first, real headings, bulleted and numbered lists, tables with a header row, links, a table
 * of contents for procedures and playbooks, and a footer with the release and page numbers.
 * Every paragraph and character carries a named style from `style.ts` (the house style), so a
 * company re-brands every document by editing those styles, or by giving a reference document
 * whose styles.xml replaces them. Text always goes into text runs, which the library escapes as
 * XML, so a profile value is only ever text. Runs of right-to-left script are marked as such.
 * Loaded only when someone exports.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type {} from './tree';
import type { BlockContent, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { CONTROL_TEXT, provenanceLine, type ControlRow, type DocumentLanguage, type Stamp } from './control';
import { houseStyles, STYLE } from './style';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;
const ORDERED = 'ordered-list';
/** Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

interface Format {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

function run(text: string, format: Format, extra: { placeholder?: boolean; link?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    bold: format.bold,
    italics: format.italics,
    strike: format.strike,
    // A placeholder, a link and code each have a character style: restyle them in one place.
    style: extra.placeholder ? STYLE.placeholder : extra.link ? STYLE.link : format.code ? STYLE.code : undefined,
    rightToLeft: RTL.test(text) || undefined,
  });
}

const isExternal = (url: string) => /^(https:|http:|mailto:)/i.test(url);

function runs(nodes: readonly PhrasingContent[], format: Format = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text': {
        const placeholder = Boolean((node.data as { placeholder?: string } | undefined)?.placeholder);
        return [run(node.value, format, { placeholder })];
      }
      case 'strong':
        return runs(node.children, { ...format, bold: true });
      case 'emphasis':
        return runs(node.children, { ...format, italics: true });
      case 'delete':
        return runs(node.children, { ...format, strike: true });
      case 'inlineCode':
        return [run(node.value, { ...format, code: true })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link': {
        // Links inside the kit (relative) mean nothing in a document of your own: keep their text.
        if (!isExternal(node.url)) return runs(node.children, format);
        const text = node.children.map(plain).join('');
        return [new ExternalHyperlink({ link: node.url, children: [run(text, format, { link: true })] })];
      }
      default:
        return 'children' in node ? runs(node.children as PhrasingContent[], format) : [];
    }
  });
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
}

interface Counter {
  lists: number;
  /** The numbering instance of the last top-level numbered list, which a list starting after 1 continues. */
  lastTop: number;
}

function listParagraphs(list: List, level: number, counter: Counter): Paragraph[] {
  // A numbered list that starts after 1 (steps interrupted by a note) continues the one before it.
  const continues = list.ordered && level === 0 && (list.start ?? 1) > 1 && counter.lastTop > 0;
  const instance = !list.ordered ? 0 : continues ? counter.lastTop : (counter.lists += 1);
  if (list.ordered && level === 0) counter.lastTop = instance;
  return list.children.flatMap((item: ListItem) =>
    item.children.flatMap((child, index): Paragraph[] => {
      if (child.type === 'list') return listParagraphs(child, Math.min(level + 1, 8), counter);
      const children = child.type === 'paragraph' ? runs(child.children) : [run(plain(child), {})];
      if (index > 0)
        return [new Paragraph({ style: STYLE.listContinue, children, indent: { left: 720 * (level + 1) } })];
      return [
        new Paragraph({
          style: STYLE.list,
          children,
          ...(list.ordered ? { numbering: { reference: ORDERED, level, instance } } : { bullet: { level } }),
        }),
      ];
    }),
  );
}

const HEADER_SHADING = { fill: 'E8EEF4', type: 'clear', color: 'auto' } as const;

function table(node: MdTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          children: row.children.map(
            (cell) =>
              new TableCell({
                shading: rowIndex === 0 ? HEADER_SHADING : undefined,
                children: [
                  new Paragraph({
                    style: rowIndex === 0 ? STYLE.tableHeader : STYLE.table,
                    children: runs(cell.children),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** The document-control block: a two-column table of labels and values, kept on the first page. */
function controlTable(rows: readonly ControlRow[], lang: DocumentLanguage): Table {
  const cell = (children: ParagraphChild[], style: string, width: number, shaded = false) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      shading: shaded ? HEADER_SHADING : undefined,
      children: [new Paragraph({ style, keepNext: true, children })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          new TableCell({
            columnSpan: 2,
            shading: HEADER_SHADING,
            children: [
              new Paragraph({
                style: STYLE.tableHeader,
                keepNext: true,
                children: [run(CONTROL_TEXT[lang].caption, {})],
              }),
            ],
          }),
        ],
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([run(row.label, {})], STYLE.controlLabel, 30, true),
              cell(
                [run(row.placeholder ? `[${row.value}]` : row.value, {}, { placeholder: row.placeholder })],
                STYLE.table,
                70,
              ),
            ],
          }),
      ),
    ],
  });
}

function blocks(
  nodes: readonly (RootContent | BlockContent)[],
  counter: Counter,
  quoted = false,
): (Paragraph | Table)[] {
  const indent = quoted ? { left: 720 } : undefined;
  const border = quoted ? { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 12 } } : undefined;
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'heading': {
        // A clause id becomes a bookmark of the same name around the heading's text.
        const id = node.data?.id;
        const children = id === undefined ? runs(node.children) : [new Bookmark({ id, children: runs(node.children) })];
        return [new Paragraph({ heading: HEADINGS[Math.min(Math.max(node.depth - 2, 0), 3)], children })];
      }
      case 'paragraph':
        return [
          new Paragraph({ style: quoted ? STYLE.note : undefined, children: runs(node.children), indent, border }),
        ];
      case 'list':
        return listParagraphs(node, 0, counter);
      case 'table':
        return [table(node), new Paragraph({ children: [] })];
      case 'blockquote':
        return blocks(node.children, counter, true);
      case 'code':
        return node.value
          .split('\n')
          .map((line) => new Paragraph({ style: STYLE.codeBlock, children: [run(line, { code: true })] }));
      case 'thematicBreak':
        return [
          new Paragraph({
            children: [],
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 1 } },
          }),
        ];
      default:
        return 'children' in node ? blocks(node.children as RootContent[], counter, quoted) : [];
    }
  });
}

export interface DocxMeta {
  title: string;
  description: string;
  /** Where the document came from: written to its properties and its footer. */
  stamp: Stamp;
  /** The document-control block shown first. */
  control: readonly ControlRow[];
  /** Procedures and playbooks open with a table of contents. */
  toc?: boolean;
  /** The styles.xml of a reference document, whose styles replace the house style. */
  referenceStyles?: string;
  /** The language of the document's own wording (control table, footer, properties); English by default. */
  lang?: DocumentLanguage;
}

/** Custom document properties: what a reviewer finds under File › Properties › Custom. */
function customProperties(meta: DocxMeta): { name: string; value: string }[] {
  const t = CONTROL_TEXT[meta.lang ?? 'en'];
  const value = (label: string) => meta.control.find((row) => row.label === label && !row.placeholder)?.value;
  const entries: [string, string | undefined][] = [
    [t.properties.kitVersion, meta.stamp.kit_version],
    [t.properties.release, meta.stamp.release],
    [t.properties.generated, meta.stamp.generated],
    [t.properties.lastReviewed, meta.stamp.last_reviewed],
    [t.properties.licence, meta.stamp.license],
    [
      t.properties.sources,
      meta.stamp.sources.map((source) => `${source.title} <${source.url}>`).join('; ') || undefined,
    ],
    [t.properties.documentVersion, value(t.version)],
    [t.owner, value(t.owner)],
    [t.effective, value(t.effective)],
    [t.review, value(t.review)],
    [t.approved, value(t.approved)],
  ];
  return entries
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, v]) => ({ name, value: v }));
}

/** The Word document for a resolved template, as bytes. */
export async function toDocx(tree: Root, meta: DocxMeta): Promise<Uint8Array> {
  const counter: Counter = { lists: 0, lastTop: 0 };
  const lang = meta.lang ?? 'en';
  const t = CONTROL_TEXT[lang];
  const version = meta.control.find((row) => row.label === t.version)?.value;
  const from = provenanceLine(
    {
      kitVersion: meta.stamp.kit_version,
      release: meta.stamp.release,
      generated: meta.stamp.generated,
    },
    lang,
  );
  const document = new Document({
    creator: 'Child Safety Kit',
    lastModifiedBy: 'Child Safety Kit',
    title: meta.title,
    subject: meta.control.find((row) => row.label === t.platform && !row.placeholder)?.value,
    description: meta.description,
    keywords: t.keywords(meta.stamp.release),
    customProperties: customProperties(meta),
    // Word fills in the table of contents and the page count when it opens the document.
    features: meta.toc ? { updateFields: true } : undefined,
    ...(meta.referenceStyles !== undefined ? { externalStyles: meta.referenceStyles } : {}),
    styles: houseStyles(meta.referenceStyles),
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                children: [run(`${meta.title}${version ? t.versionSuffix(version) : ''}`, {})],
              }),
              new Paragraph({
                style: STYLE.footer,
                children: [
                  run(t.from(from), {}),
                  new TextRun({ children: [t.page[0], PageNumber.CURRENT, t.page[1], PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [run(meta.title, {})] }),
          controlTable(meta.control, lang),
          new Paragraph({ children: [] }),
          ...(meta.toc
            ? [
                new Paragraph({ style: STYLE.tocHeading, children: [run(t.contents, {})] }),
                new TableOfContents(t.contents, { hyperlink: true, headingStyleRange: '1-2' }),
              ]
            : []),
          ...blocks(tree.children, counter),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
