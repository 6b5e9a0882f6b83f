/**
 * A reference document for `generate --reference-docx`: a Word file whose styles (word/styles.xml)
 * replace the kit's house style in every generated document, as document converters commonly
 * allow. Only the styles are taken; the reference's text, headers and footers are ignored.
 * Pure (bytes in, XML out), so the CLI reads the file and this checks it.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The file is not a Word document with styles; the message names the file and the fix. */
export class ReferenceDocxError extends Error {}

const FIX = 'give a .docx saved by Word or LibreOffice (File › Save As › Word Document)';

/** The styles.xml of a reference .docx, or a ReferenceDocxError saying what is wrong with it. */
export function referenceStyles(bytes: Uint8Array, name: string): string {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ReferenceDocxError(`${name}: not a Word document (.docx is a zip file, and this is not one); ${FIX}`);
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.name === 'word/styles.xml' || file.name === '[Content_Types].xml',
    });
  } catch (error) {
    throw new ReferenceDocxError(`${name}: cannot read the file as a zip (${(error as Error).message}); ${FIX}`);
  }
  if (!files['[Content_Types].xml']) {
    throw new ReferenceDocxError(`${name}: not a Word document (it has no [Content_Types].xml); ${FIX}`);
  }
  const styles = files['word/styles.xml'];
  if (!styles) throw new ReferenceDocxError(`${name}: the document has no styles (word/styles.xml is missing); ${FIX}`);
  const xml = strFromU8(styles);
  if (!/<w:styles[\s>]/.test(xml) || !/<\/w:styles>\s*$/.test(xml)) {
    throw new ReferenceDocxError(
      `${name}: word/styles.xml is not a Word styles part (expected <w:styles> … </w:styles>); ${FIX}`,
    );
  }
  return xml;
}
