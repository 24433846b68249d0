import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiOnDate } from '../support/api-on-date.js';
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
});
