/** Reading a generated .docx back in tests: the unit tests of the renderer and the browser tests of downloads share it. */
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';

/** The text of a .docx as Word reads it: every w:t of word/document.xml, XML entities decoded. */
export function docxText(bytes: Uint8Array): { xml: string; text: string; files: string[] } {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1]!)
    .join('')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
  return { xml, text, files: Object.keys(files) };
}

/** A company's reference document for `--reference-docx`: its own Heading 1 (Georgia, dark red) and body font. */
export async function companyReference(): Promise<Uint8Array> {
  const document = new Document({
    styles: {
      default: { document: { run: { font: 'Georgia', size: 24 } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', run: { font: 'Georgia', color: '8B0000', size: 36 } },
      ],
    },
    sections: [{ children: [new Paragraph('Company letterhead text that must not be copied')] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
