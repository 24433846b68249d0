import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocumentTooLargeToRead, documentTexts, scannedXmlLimitBytes } from './document-text.js';

const zipOf = async (parts: Record<string, string>) => {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array' });
};

describe('the text of an uploaded document', () => {
  it('reads an OpenDocument paragraph whole across its spans, and entities as characters', async () => {
    const odt = await zipOf({
      'content.xml':
        '<office:text><text:p>Född 850709-<text:span>9805</text:span></text:p><text:p>A &amp; B &#8211; C</text:p></office:text>',
    });
    expect((await documentTexts(odt, 'Anteckning.odt')).map((piece) => piece.text)).toEqual(
      expect.arrayContaining(['Född 850709-9805', 'A & B – C']),
    );
  });

  it('says on which slide a PowerPoint text stands, and keeps table cells apart', async () => {
    const pptx = await zipOf({
      'ppt/slides/slide2.xml': '<p:sld><a:p><a:r><a:t>Punkt</a:t></a:r></a:p></p:sld>',
      'word/document.xml':
        '<w:tbl><w:tc><w:p><w:t>20260314</w:t></w:p></w:tc><w:tc><w:p><w:t>1234</w:t></w:p></w:tc></w:tbl>',
    });
    const pieces = await documentTexts(pptx, 'Bilder.pptx');
    expect(pieces.find((piece) => piece.text === 'Punkt')?.where.sv).toBe('på bild 2');
    expect(pieces.map((piece) => piece.text)).toEqual(expect.arrayContaining(['20260314', '1234']));
  });

  it('refuses a package that declares more XML than it may read, and reads nothing of a PDF or a picture', async () => {
    const bomb = new JSZip();
    bomb.file('word/document.xml', 'x'.repeat(scannedXmlLimitBytes + 1), { compression: 'DEFLATE' });
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(documentTexts(bytes, 'Stor.docx')).rejects.toBeInstanceOf(DocumentTooLargeToRead);
    expect(await documentTexts(new TextEncoder().encode('%PDF-1.4 850709-9805'), 'Rapport.pdf')).toEqual([]);
  });
});
