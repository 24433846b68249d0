import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compoundFile, mimeMessage, outlookMessage, pdfFile } from '../../test/support/sample-documents.js';
import { DocumentNotCheckable, documentTexts, nestingLimit, unpackedLimitBytes } from './document-text.js';
import { personalDataPlace } from './personal-data-place.js';

const zipOf = async (parts: Record<string, string | Uint8Array>) => {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array' });
};
const docx = (text: string) => zipOf({ 'word/document.xml': `<w:document><w:p><w:t>${text}</w:t></w:p></w:document>` });
const placeOf = async (bytes: Uint8Array, name: string) => (await personalDataPlace(bytes, name))?.sv;

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

  it('reads a package’s properties and charts value by value, so counts side by side make no number', async () => {
    // Word's own statistics: minutes edited, pages, words and characters would run together as 8507099805.
    const counts = await zipOf({
      'word/document.xml': '<w:p><w:t>Text</w:t></w:p>',
      'docProps/app.xml':
        '<Properties><TotalTime>85</TotalTime><Pages>0</Pages><Words>709</Words><Characters>9805</Characters></Properties>',
      'word/charts/chart1.xml':
        '<c:val><c:pt idx="0"><c:v>850709</c:v></c:pt><c:pt idx="1"><c:v>9805</c:v></c:pt></c:val>',
    });
    expect(await placeOf(counts, 'Statistik.docx')).toBeUndefined();
    const creator = await zipOf({
      'docProps/core.xml': '<cp:coreProperties><dc:creator>850709-9805</dc:creator></cp:coreProperties>',
    });
    expect(await placeOf(creator, 'Skapare.docx')).toBe('i dokumentets egenskaper');
  });

  it('refuses a package that declares more XML than it may read', async () => {
    const bomb = new JSZip();
    bomb.file('word/document.xml', 'x'.repeat(unpackedLimitBytes + 1), { compression: 'DEFLATE' });
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(documentTexts(bytes, 'Stor.docx')).rejects.toBeInstanceOf(DocumentNotCheckable);
  });

  it('reads a PDF page by page, and its properties', async () => {
    const pdf = pdfFile([['Lägesbild'], ['Sammanfattning', 'Anmälare 19850709-9805 hördes']]);
    expect(await placeOf(pdf, 'Polisens lägesbild.pdf')).toBe('på sida 2');
    expect(await placeOf(pdfFile([['Lägesbild']], { Author: 'Handläggare 850709-9805' }), 'a.pdf')).toBe(
      'i dokumentets egenskaper',
    );
    expect(await placeOf(pdfFile([['Lägesbild']], { Handlaggare: 'Född 850709-9805' }), 'a.pdf')).toBe(
      'i dokumentets egenskaper',
    );
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description><dc:creator>Handläggare 850709-9805</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>';
    expect(await placeOf(pdfFile([['Lägesbild']], {}, xmp), 'a.pdf')).toBe('i dokumentets egenskaper');
    expect(await placeOf(pdfFile([['Möte 2026-03-14', 'Ärende 1234']]), 'ok.pdf')).toBeUndefined();
    // A table's row: a date, then a count in the next column, is no number; a number in one cell is.
    const row = (left: string, right: string) => [
      { x: 60, text: left },
      { x: 200, text: right },
    ];
    expect(
      await placeOf(pdfFile([[row('2026-03-14', '1234'), row('1985-07-09', '9805')]]), 'Tabell.pdf'),
    ).toBeUndefined();
    expect(await placeOf(pdfFile([[row('Anmälare', '850709-9805')]]), 'Tabell.pdf')).toBe('på sida 1');
    // A document id is no number, though its first groups read as one.
    const ids = '<x:xmpmeta><xmpMM:DocumentID>uuid:19850709-9805-4abc-8def-0123456789ab</xmpMM:DocumentID></x:xmpmeta>';
    expect(await placeOf(pdfFile([['Lägesbild']], {}, ids), 'a.pdf')).toBeUndefined();
  });

  it('still reads what stands uncompressed in a PDF that PDF.js cannot open', async () => {
    expect(await placeOf(new TextEncoder().encode('%PDF-1.4 trasig 850709-9805'), 'Rapport.pdf')).toBe('i dokumentet');
  });

  it('reads a file as what it is, not what its name says', async () => {
    expect(await placeOf(Buffer.from('BMX-banan\nPojke född 850709-9805'), 'Anteckning.txt')).toBe('på rad 2');
    expect(await placeOf(await docx('Född 850709-9805'), 'Omdöpt.pdf')).toBe('i dokumentets text');
    expect(await placeOf(pdfFile([['Född 850709-9805']]), 'Omdöpt.txt')).toBe('på sida 1');
  });

  it('reads an RTF paragraph as a word processor shows it, and leaves picture data out', async () => {
    const split = String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 F\'f6dd 1985{\b 0709}-9805\par}`;
    expect(await placeOf(new TextEncoder().encode(split), 'Anteckning.rtf')).toBe('i dokumentets text');
    // 198507099805 inside a picture's hex would pass for a number if the file were read line by line.
    const picture = String.raw`{\rtf1\ansi Bild:{\*\shppict{\pict\pngblip 89504e47a198507099805ab0}}\par Slut\par}`;
    expect(await placeOf(new TextEncoder().encode(picture), 'Bild.rtf')).toBeUndefined();
  });

  it('reads an e-mail through its transfer encoding, and its attachments as documents', async () => {
    const inBody = mimeMessage({ subject: 'Lägesbild', body: 'Hej!\nBarnet, född 850709-9805, hördes.' });
    expect(await placeOf(inBody, 'Från polisen.eml')).toBe('i meddelandet');
    const inAttachment = mimeMessage({
      subject: 'Lägesbild',
      body: 'Se bilagan.',
      attachments: { 'Rapport.docx': await docx('Född 850709-9805') },
    });
    expect(await placeOf(inAttachment, 'Från polisen.eml')).toBe('i bilagan Rapport.docx, i dokumentets text');
    const inName = mimeMessage({
      subject: 'Hej',
      body: 'Se bilagan.',
      attachments: { '850709-9805.txt': new Uint8Array([0x61]) },
    });
    expect(await placeOf(inName, 'Namn.eml')).toBe('i en bilagas filnamn');
    const inHeaders = Buffer.from('X-Arende: 850709-9805\r\nSubject: Hej\r\nMIME-Version: 1.0\r\n\r\nHej');
    expect(await placeOf(inHeaders, 'Huvud.eml')).toBe('i meddelandets huvud');
    const notAHeader = Buffer.from('Anteckning 850709-9805\r\nMIME-Version: 1.0\r\n\r\nHej');
    expect(await placeOf(notAHeader, 'Anteckning.txt')).toBe('i meddelandets huvud');
  });

  it('reads an Outlook message and an older Office file through their streams', async () => {
    const msg = outlookMessage({ subject: 'Möte', body: 'Anmälare 850709-9805' });
    expect(await placeOf(msg, 'Möte.msg')).toBe('i meddelandet');
    const withAttachment = outlookMessage({
      subject: 'Möte',
      body: 'Se bilagan',
      attachments: { 'Lista.pdf': pdfFile([['Namn', 'Född 850709-9805']]) },
    });
    expect(await placeOf(withAttachment, 'Möte.msg')).toBe('i bilagan Lista.pdf, på sida 1');
    const doc = compoundFile({ WordDocument: 'Ungdom född 19850709-9805 hördes.' });
    expect(await placeOf(doc, 'Gammal.doc')).toBe('i dokumentet');
    // A number typed into an Excel 97–2003 cell without its hyphen is kept as a number (a BIFF NUMBER record).
    const record = (type: number, value: number) => {
      const bytes = Buffer.alloc(18);
      bytes.writeUInt16LE(type, 0);
      bytes.writeUInt16LE(14, 2);
      bytes.writeDoubleLE(value, 10);
      return bytes;
    };
    const xls = (value: number) =>
      compoundFile({ Workbook: Buffer.concat([record(0x0203, 46095), record(0x0203, value)]) });
    expect(await placeOf(xls(198507099805), 'Lista.xls')).toBe('i kalkylbladet');
    expect(await placeOf(xls(5560001234), 'Organisationer.xls')).toBeUndefined();
    // A workbook embedded in a Word 97 document, wrapped in an OLE header.
    const workbook = await zipOf({ 'xl/sharedStrings.xml': '<sst><si><t>850709-9805</t></si></sst>' });
    const wrapped = Buffer.concat([Buffer.from([0x10, 0, 0, 0, 2, 0]), Buffer.from('Blad\0C:\\Blad.xlsx\0'), workbook]);
    expect(
      await placeOf(compoundFile({ WordDocument: 'Text', 'ObjectPool/_1/\x01Ole10Native': wrapped }), 'Med objekt.doc'),
    ).toBe('i ett inbäddat objekt, i kalkylbladet');
    const guid = compoundFile({ WordDocument: 'Id {19850709-9805-4abc-8def-0123456789ab} och text.' });
    expect(await placeOf(guid, 'Guid.doc')).toBeUndefined();
    // Only a whole identifier is left out: a number with hex after it is still a number.
    const suffixed = compoundFile({ WordDocument: 'Elev 850709-9805-abcdef0123 hördes.' });
    expect(await placeOf(suffixed, 'Suffix.doc')).toBe('i dokumentet');
  });

  it('reads a picture’s metadata, and a document embedded in an Office file', async () => {
    const jpeg = new Uint8Array([
      0xff,
      0xd8,
      0xff,
      0xe1,
      ...new TextEncoder().encode('Exif\0\0Foto av 850709-9805'),
      0xff,
      0xd9,
    ]);
    expect(await placeOf(jpeg, 'Foto.jpg')).toBe('i bildens metadata');
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
    };
    const png = (text: Buffer) =>
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        text,
        chunk('IEND', Buffer.alloc(0)),
      ]);
    const zTXt = chunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0'), deflateSync('Foto av 850709-9805')]));
    expect(await placeOf(png(zTXt), 'Foto.png')).toBe('i bildens metadata');
    const iTXt = chunk(
      'iTXt',
      Buffer.concat([Buffer.from('Description\0\x01\0sv\0\0'), deflateSync('Född 850709-9805')]),
    );
    expect(await placeOf(png(iTXt), 'Foto.png')).toBe('i bildens metadata');
    const plain = chunk('iTXt', Buffer.from('Description\0\0\0sv\0\0Solnedgång 2026-03-14'));
    expect(await placeOf(png(plain), 'Foto.png')).toBeUndefined();
    const withEmbedded = await zipOf({
      'word/document.xml': '<w:p><w:t>Se tabellen</w:t></w:p>',
      'word/embeddings/Microsoft_Excel_Worksheet.xlsx': await zipOf({
        'xl/sharedStrings.xml': '<sst><si><t>850709-9805</t></si></sst>',
      }),
    });
    expect(await placeOf(withEmbedded, 'Inbäddat.docx')).toBe('i ett inbäddat objekt, i kalkylbladet');
    const withPhoto = await zipOf({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:p><w:t>Se bilden</w:t></w:p>',
      'word/media/image1.jpeg': jpeg,
    });
    expect(await placeOf(withPhoto, 'Foto.docx')).toBe('i en bild i dokumentet, i bildens metadata');
    // Text Word takes in from an imported chunk (altChunk), here a web archive.
    const withChunk = await zipOf({
      'word/document.xml': '<w:p><w:t>Inledning</w:t></w:p><w:altChunk r:id="c1"/>',
      'word/afchunk.mht': 'MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p>Elev 850709-9805</p>',
    });
    expect(await placeOf(withChunk, 'Sammanfogat.docx')).toBe('i ett inbäddat objekt, i meddelandet');
    // A zip attached to an e-mail: each file in it is read.
    const archive = await zipOf({ 'lista/anteckning.txt': 'Möte\nElev född 850709-9805' });
    const mailed = mimeMessage({ subject: 'Listor', body: 'Se bilagan.', attachments: { 'Listor.zip': archive } });
    expect(await placeOf(mailed, 'Listor.eml')).toBe(
      'i bilagan Listor.zip, i filen anteckning.txt i zip-filen, på rad 2',
    );
  });

  it('reads a file its reader gives up on as far as it can, and never fails on it', async () => {
    const longHeaders = Buffer.from(`Subject: ${'x'.repeat(3_000_000)}\r\n\r\nBarnet, född 850709-9805, hördes.`);
    expect(await placeOf(longHeaders, 'Långt.eml')).toBe('i dokumentet');
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:p><w:t>${'Inget nummer här. '.repeat(50)}</w:t></w:p>`);
    const damaged = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const data = Buffer.from(damaged).indexOf('word/document.xml') + 'word/document.xml'.length;
    damaged.fill(0xff, data + 5, data + 25);
    await expect(documentTexts(damaged, 'Trasig.docx')).resolves.toEqual(expect.any(Array));
  });

  it('refuses documents nested deeper than it reads', async () => {
    let message = mimeMessage({ subject: 'Innerst', body: 'Hej' });
    for (let level = 0; level <= nestingLimit; level += 1)
      message = mimeMessage({ subject: `Nivå ${level}`, body: 'Vidare', attachments: { 'vidare.eml': message } });
    await expect(documentTexts(message, 'Kedja.eml')).rejects.toBeInstanceOf(DocumentNotCheckable);
  });
});
