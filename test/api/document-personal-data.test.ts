import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiOnDate } from '../support/api-on-date.js';
import { mimeMessage, outlookMessage, pdfFile } from '../support/sample-documents.js';
import { as, personas } from '../support/personas.js';

const { api, chief } = apiOnDate('2026-12-14T09:00:00+01:00');

const upload = (fileName: string, bytes: Buffer) =>
  api()
    .post('/api/bob/documents')
    .query({ fileName })
    .set(as(personas.municipalCeo))
    .set('Content-Type', 'application/octet-stream')
    .send(bytes);
const kept = async () =>
  ((await api().get('/api/bob/documents').set(chief).expect(200)).body.documents as { name: string }[]).map(
    (d) => d.name,
  );
const word = async (options: { body?: (Paragraph | Table)[]; header?: string }) =>
  Buffer.from(
    await Packer.toBuffer(
      new Document({
        sections: [
          {
            ...(options.header
              ? { headers: { default: new Header({ children: [new Paragraph(options.header)] }) } }
              : {}),
            children: options.body ?? [new Paragraph('Lägesbild hösten 2026.')],
          },
        ],
      }),
    ),
  );

describe('an uploaded document holding a personal identity number', () => {
  it('is not kept, and the refusal says where in the document, never the number', async () => {
    // Written in two runs, as Word splits a text where its formatting changes.
    const inText = await word({
      body: [new Paragraph({ children: [new TextRun('Anmälare 850709-'), new TextRun({ text: '9805', bold: true })] })],
    });
    const refused = await upload('Anteckningar.docx', inText).expect(400);
    expect(refused.body).toMatchObject({
      error: 'file_personal_data',
      message:
        'Dokumentet sparades inte: det innehåller ett personnummer eller samordningsnummer i dokumentets text. Ta bort numret ur dokumentet och ladda upp det igen – sådana nummer förs inte in i appen.',
      issues: [{ field: 'file' }],
    });
    expect(JSON.stringify(refused.body)).not.toContain('9805');

    const inHeader = await word({ header: 'Gäller 19850709-9805' });
    expect((await upload('Sidhuvud.docx', inHeader).expect(400)).body.message).toContain('i sidhuvud eller sidfot');

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kontakter').addRow(['Anna', 198507099805]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload('Kontakter.xlsx', xlsx).expect(400)).body.message).toContain('i kalkylbladet');

    const text = Buffer.from('Möte med polisen\n\nUngdom född 850709-9805 hördes.\n');
    expect((await upload('Anteckning.txt', text).expect(400)).body.message).toContain('på rad 3');

    const names = await kept();
    for (const name of ['Anteckningar.docx', 'Sidhuvud.docx', 'Kontakter.xlsx', 'Anteckning.txt'])
      expect(names).not.toContain(name);
  });

  it('is kept when its numbers stand apart: a date and four digits in cells of their own', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const table = new Table({ rows: [new TableRow({ children: [cell('20260314'), cell('1234')] })] });
    await upload('Tabell.docx', await word({ body: [table] })).expect(201);
    await upload('Koder.csv', Buffer.from('Datum;Kod\n20260314;1234\n20260315\t8507099806\n')).expect(201);
    expect(await kept()).toEqual(expect.arrayContaining(['Tabell.docx', 'Koder.csv']));
  });

  it('is not kept as a PDF, an e-mail or an Outlook message either, nor inside one as an attachment', async () => {
    const pdf = pdfFile([['Lägesbild hösten 2026'], ['Bilaga', 'Ungdom född 850709-9805 hördes.']]);
    const refusedPdf = await upload('Polisens lägesbild.pdf', pdf).expect(400);
    expect(refusedPdf.body).toMatchObject({ error: 'file_personal_data', issues: [{ field: 'file' }] });
    expect(refusedPdf.body.message).toContain('på sida 2');
    expect(JSON.stringify(refusedPdf.body)).not.toContain('9805');

    const eml = mimeMessage({ subject: 'Från polisen', body: 'Se bilagan.', attachments: { 'Lista.pdf': pdf } });
    expect((await upload('Från polisen.eml', eml).expect(400)).body.message).toContain(
      'i bilagan Lista.pdf, på sida 2',
    );
    const msg = outlookMessage({ subject: 'Möte', body: 'Anmälare 850709-9805 ringde.' });
    expect((await upload('Möte.msg', msg).expect(400)).body.message).toContain('i meddelandet');

    const names = await kept();
    for (const name of ['Polisens lägesbild.pdf', 'Från polisen.eml', 'Möte.msg']) expect(names).not.toContain(name);
    await upload('Lägesbild.pdf', pdfFile([['Lägesbild hösten 2026', 'Möte 2026-03-14, ärende 1234']])).expect(201);
    expect(await kept()).toContain('Lägesbild.pdf');
  });
});
