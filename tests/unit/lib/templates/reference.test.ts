import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReferenceDocxError, referenceStyles } from '../../../../src/lib/templates/reference';
import { renderTemplate } from '../../../../src/lib/templates/render';
import { companyReference } from '../../../support/docx';
import { filled, provenance, sample } from './support';

const fails = (bytes: Uint8Array) => {
  try {
    referenceStyles(bytes, 'brand.docx');
  } catch (error) {
    expect(error).toBeInstanceOf(ReferenceDocxError);
    return (error as Error).message;
  }
  throw new Error('expected a ReferenceDocxError');
};

describe('a reference document', () => {
  it('gives its styles.xml', async () => {
    const xml = referenceStyles(await companyReference(), 'brand.docx');
    expect(xml).toMatch(/<w:styles[\s>]/);
    expect(xml).toContain('8B0000');
  });

  it('is rejected with the file name and the fix when it is not a Word document with styles', () => {
    const fix = 'give a .docx saved by Word or LibreOffice (File › Save As › Word Document)';
    expect(fails(strToU8('just some text'))).toBe(
      `brand.docx: not a Word document (.docx is a zip file, and this is not one); ${fix}`,
    );
    expect(fails(zipSync({ 'word/styles.xml': strToU8('<w:styles></w:styles>') }))).toBe(
      `brand.docx: not a Word document (it has no [Content_Types].xml); ${fix}`,
    );
    expect(fails(zipSync({ '[Content_Types].xml': strToU8('<Types/>') }))).toBe(
      `brand.docx: the document has no styles (word/styles.xml is missing); ${fix}`,
    );
    expect(
      fails(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8('<html>nope</html>') })),
    ).toBe(`brand.docx: word/styles.xml is not a Word styles part (expected <w:styles> … </w:styles>); ${fix}`);
    const truncated = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/styles.xml': strToU8('<w:styles></w:styles>'),
    }).slice(0, 40);
    expect(fails(truncated)).toMatch(/^brand\.docx: cannot read the file as a zip \(.+\); give a \.docx/);
  });

  it('restyles a generated document: its styles win, the house style fills only what it lacks, its text is not copied', async () => {
    const referenceXml = referenceStyles(await companyReference(), 'brand.docx');
    const { docx } = await renderTemplate(sample(), filled, ['docx'], provenance, { referenceStyles: referenceXml });
    const files = unzipSync(docx!);
    const styles = strFromU8(files['word/styles.xml']!);
    const heading1 = styles.match(/<w:style [^>]*w:styleId="Heading1"[^]*?<\/w:style>/g)!;
    expect(heading1).toHaveLength(1);
    expect(heading1[0]).toContain('8B0000');
    expect(heading1[0]).toContain('Georgia');
    // The reference has no document-control style: the house style supplies it.
    expect(styles).toContain('w:styleId="DocumentControlLabel"');
    // The document defaults (body font) are the reference's, not the house style's.
    const defaults = styles.match(/<w:docDefaults>[^]*?<\/w:docDefaults>/)![0];
    expect(defaults).toContain('Georgia');
    expect(defaults).not.toContain('Calibri');
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).not.toContain('Company letterhead');
  });
});
