/** Reading a generated .docx back in tests: the unit tests of the renderer and the browser tests of downloads share it. */
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
