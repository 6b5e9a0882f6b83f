/**
 * A log as a Word document: its title, what it shows, how long to keep it and the rules that ask
 * for it, then a table with the columns as the header row (repeated on every page) and empty rows
 * to fill. Text goes into text runs only, which the `docx` library escapes, so a platform name is
 * only ever text.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { RecordLog } from '../schema/records';
import { columnLabel, logText } from './records';

const EMPTY_ROWS = 15;

export async function recordDocx(
  log: RecordLog,
  meta: { release: string; platform?: string; lang?: 'en' | 'fr' },
): Promise<Uint8Array> {
  const fr = meta.lang === 'fr';
  const { title, purpose, keep, translated } = logText(log, meta.lang);
  const header = new TableRow({
    tableHeader: true,
    children: log.columns.map(
      (column) =>
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: columnLabel(column, meta.lang), bold: true })] })],
        }),
    ),
  });
  const empty = Array.from(
    { length: EMPTY_ROWS },
    () =>
      new TableRow({ children: log.columns.map(() => new TableCell({ children: [new Paragraph({ children: [] })] })) }),
  );
  const document = new Document({
    creator: 'Child Safety Kit',
    title,
    description: purpose,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: meta.platform ? `${title}${fr ? ' : ' : ': '}${meta.platform}` : title })],
          }),
          new Paragraph({ children: [new TextRun(purpose)] }),
          new Paragraph({
            children: [
              new TextRun({ text: fr ? 'Durée de conservation : ' : 'How long to keep it: ', bold: true }),
              new TextRun(keep),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: fr ? 'Pourquoi vous le conservez : ' : 'Why you keep it: ', bold: true }),
              ...log.sources.flatMap((source, index) => [
                ...(index > 0 ? [new TextRun('; ')] : []),
                new ExternalHyperlink({
                  link: source.url,
                  children: [new TextRun({ text: `${source.title}, ${source.pinpoint}`, style: 'Hyperlink' })],
                }),
              ]),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({
                text: fr
                  ? `Identifiants et références uniquement : ne copiez, ne joignez et ne décrivez jamais le contenu lui-même. ${translated ? 'Les sources de ce registre sont citées sous leur titre original.' : "Le titre, l'objet, la durée de conservation et les sources de ce registre sont cités en anglais : leur traduction n'est pas encore faite."} Tiré de Child Safety Kit ${meta.release}.`
                  : `Record IDs and references only: never copy, attach or describe the material itself. From Child Safety Kit ${meta.release}.`,
                italics: true,
              }),
            ],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...empty] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
