/**
 * A resolved template as a Word document (.docx) made with the `docx` library: real headings,
 * bulleted and numbered lists, tables with a header row, links, and page numbers in the footer.
 * Text always goes into text runs, which the library escapes as XML, so a profile value is only
 * ever text. Runs of right-to-left script are marked as such. Loaded only when someone exports.
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
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type {} from './tree';
import type { BlockContent, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
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
    font: format.code ? 'Consolas' : undefined,
    highlight: extra.placeholder ? 'yellow' : undefined,
    style: extra.link ? 'Hyperlink' : undefined,
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
}

function listParagraphs(list: List, level: number, counter: Counter): Paragraph[] {
  const instance = list.ordered ? (counter.lists += 1) : 0;
  return list.children.flatMap((item: ListItem) =>
    item.children.flatMap((child, index): Paragraph[] => {
      if (child.type === 'list') return listParagraphs(child, Math.min(level + 1, 8), counter);
      const children = child.type === 'paragraph' ? runs(child.children) : [run(plain(child), {})];
      if (index > 0) return [new Paragraph({ children, indent: { left: 720 * (level + 1) } })];
      return [
        new Paragraph({
          children,
          ...(list.ordered ? { numbering: { reference: ORDERED, level, instance } } : { bullet: { level } }),
        }),
      ];
    }),
  );
}

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
                children: [new Paragraph({ children: runs(cell.children, { bold: rowIndex === 0 }) })],
              }),
          ),
        }),
    ),
  });
}

function blocks(nodes: readonly (RootContent | BlockContent)[], counter: Counter, quoted = false): (Paragraph | Table)[] {
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
        return [new Paragraph({ children: runs(node.children), indent, border })];
      case 'list':
        return listParagraphs(node, 0, counter);
      case 'table':
        return [table(node), new Paragraph({ children: [] })];
      case 'blockquote':
        return blocks(node.children, counter, true);
      case 'code':
        return node.value.split('\n').map((line) => new Paragraph({ children: [run(line, { code: true })] }));
      case 'thematicBreak':
        return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 1 } } })];
      default:
        return 'children' in node ? blocks(node.children as RootContent[], counter, quoted) : [];
    }
  });
}

export interface DocxMeta {
  title: string;
  description: string;
}

/** The Word document for a resolved template, as bytes. */
export async function toDocx(tree: Root, meta: DocxMeta): Promise<Uint8Array> {
  const counter: Counter = { lists: 0 };
  const document = new Document({
    creator: 'Child Safety Kit',
    title: meta.title,
    description: meta.description,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
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
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(meta.title, {})] }), ...blocks(tree.children, counter)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
