import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { runImport } from '../support/imports.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
const mapping = { date: 0, area: 1, category: 2, description: 3, count: 4 };
let server: TestServer;
const api = () => request(server.url);
const upload = (bytes: Buffer, fileName: string) =>
  api()
    .post('/api/situation/imports/files')
    .query({ fileName })
    .set(chief)
    .set('Content-Type', 'application/octet-stream')
    .send(bytes);
const importFile = async (bytes: Buffer, fileName: string) => {
  const preview = (await upload(bytes, fileName).expect(201)).body;
  return { preview, answer: await runImport(server.url, chief, { fileId: preview.fileId, source: 'est', mapping }) };
};

const header = ['Datum', 'Plats', 'Händelsetyp', 'Beskrivning', 'Antal'];
const rows = [
  ['2026-09-02', 'Torget', 'Klotter', 'Klotter på muren', '2'],
  ['2026-09-04', 'Hamnen', 'Skadegörelse', 'Krossad ruta', '1'],
];

async function workbook(sheets: { name: string; rows: (string | number | Date)[][] }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) book.addWorksheet(sheet.name).addRows(sheet.rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('spreadsheets as municipalities have them', () => {
  it('honours a sep= line, skips rows of only separators and names errors by the file’s own row numbers', async () => {
    const csv = [
      'sep=;',
      header.join(';'),
      rows[0]!.join(';'),
      ';;;;',
      '2026-13-45;Torget;Klotter;Fel datum;1',
      ';;;;',
      rows[1]!.join(';'),
    ].join('\r\n');
    const { preview, answer } = await importFile(Buffer.from(csv), 'excel-sep.csv');
    expect(preview.columns).toEqual(header);
    expect(preview).toMatchObject({ rowCount: 3, skippedEmptyRows: 2 });
    expect(answer.status).toBe(400);
    expect(answer.body.issues.map((i: { field: string }) => i.field)).toEqual(['rad 5, Datum']);
    expect(answer.body.message).toMatch(/1 rad har fel/);
  });

  it('finds the table below a title row and on the first sheet that has one', async () => {
    const bytes = await workbook([
      { name: 'Försättsblad', rows: [] },
      {
        name: 'Data',
        rows: [
          ['EST-rapport september 2026'],
          [],
          header,
          ...rows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, Number(r[4])]),
        ],
      },
    ]);
    const { preview, answer } = await importFile(bytes, 'titel.xlsx');
    expect(preview.columns).toEqual(header);
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    expect(answer.finished).toMatchObject({ added: 2, status: 'done' });
  });

  it('recognises the same events whether they come as CSV or as XLSX', async () => {
    const more = [
      ['2026-09-10', 'Parken', 'Klotter', 'Nytt klotter', '3'],
      ['2026-09-11', 'Skolan', 'Skadegörelse', 'Trasig dörr', '1'],
    ];
    const first = await importFile(Buffer.from([header, ...more].map((r) => r.join(';')).join('\n')), 'export.csv');
    expect(first.answer.body).toMatchObject({ added: 2 });
    const again = await importFile(
      await workbook([
        { name: 'Blad1', rows: [header, ...more.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, Number(r[4])])] },
      ]),
      'export.xlsx',
    );
    expect(again.answer.body).toMatchObject({ added: 0, skipped: 2 });
  });

  it('answers an old .xls file with what to do', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const refused = await upload(xls, 'gammal.xls').expect(400);
    expect(refused.body.message).toMatch(/\.xls.*Spara som/);
  });

  it('takes the police feed’s summary as the description, not its headline', async () => {
    const feed = [
      {
        id: 1,
        datetime: '2026-09-05 21:10:00 +02:00',
        name: '05 september 21.10, Skadegörelse, Askersund',
        summary: 'Fönster krossat vid skolan.',
        url: '/x',
        type: 'Skadegörelse',
        location: { name: 'Askersund', gps: '58.88,14.9' },
      },
    ];
    const preview = (await upload(Buffer.from(JSON.stringify(feed)), 'polisen.json').expect(201)).body;
    expect(preview.columns[preview.suggestedMapping.description]).toBe('summary');
  });

  it('takes a title merged across the columns for a title, not the header', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Blad1');
    sheet.addRows([
      ['EST-rapport september 2026'],
      header,
      ...rows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, Number(r[4])]),
    ]);
    sheet.mergeCells('A1:E1');
    const { preview, answer } = await importFile(Buffer.from(await book.xlsx.writeBuffer()), 'sammanslagen.xlsx');
    expect(preview).toMatchObject({ columns: header, headerRow: 2, rowCount: 2 });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  });

  it('lets the person choose the sheet and the header row, and imports what they chose', async () => {
    const bytes = await workbook([
      {
        name: 'Sammanfattning',
        rows: [
          ['Period', 'Antal händelser'],
          ['September', 2],
        ],
      },
      {
        name: 'Händelser',
        rows: [
          ['EST-rapport', 'september 2026'],
          header,
          ...rows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, Number(r[4])]),
        ],
      },
    ]);
    const first = (await upload(bytes, 'tva-blad.xlsx').expect(201)).body;
    expect(first).toMatchObject({
      sheets: ['Sammanfattning', 'Händelser'],
      sheet: 0,
      headerRow: 1,
      columns: ['Period', 'Antal händelser'],
    });

    const reshape = (shape: object) =>
      api().post(`/api/situation/imports/files/${first.fileId}/preview`).set(chief).send(shape);
    // On the events' sheet the two-cell title row is taken for the header; the person picks row 2 instead.
    const sheet = (await reshape({ sheet: 1 }).expect(200)).body;
    expect(sheet).toMatchObject({ sheet: 1, headerRow: 1, columns: ['EST-rapport', 'september 2026', '', '', ''] });
    expect(sheet.leadingRows.map((row: { number: number }) => row.number)).toEqual([1, 2, 3, 4]);
    const chosen = (await reshape({ sheet: 1, headerRow: 2 }).expect(200)).body;
    expect(chosen).toMatchObject({ headerRow: 2, columns: header, rowCount: 2 });

    const shape = { sheet: 1, headerRow: 2 };
    const checked = await api()
      .post('/api/situation/imports/check')
      .set(chief)
      .send({ fileId: first.fileId, source: 'est', mapping, shape })
      .expect(200);
    expect(checked.body).toMatchObject({ rowCount: 2, errorCount: 0 });
    const imported = await runImport(server.url, chief, { fileId: first.fileId, source: 'est', mapping, shape });
    expect(imported.finished).toMatchObject({ rows: 2, status: 'done' });

    const empty = await reshape({ sheet: 1, headerRow: 40 }).expect(400);
    expect(empty.body.message).toBe('Rad 40 är tom eller finns inte; välj en annan rubrikrad.');
    expect((await reshape({ sheet: 5 }).expect(400)).body.message).toBe('Arbetsboken har 2 blad; välj ett av dem.');
    await reshape({ sheet: -1 }).expect(400);
    await api()
      .post(`/api/situation/imports/files/${'0'.repeat(64)}/preview`)
      .set(chief)
      .send({})
      .expect(404);
  });

  it('previews values as a person reads them: times, date-times and decimal commas', async () => {
    const at = (iso: string) => new Date(`${iso}Z`);
    const bytes = await workbook([
      {
        name: 'Blad1',
        rows: [
          ['Datum', 'Tid', 'Tidpunkt', 'Plats', 'Kostnad'],
          [at('2026-09-02T00:00:00'), at('1899-12-30T21:15:00'), at('2026-09-02T21:15:00'), 'Torget', 1250.5],
        ],
      },
    ]);
    const preview = (await upload(bytes, 'varden.xlsx').expect(201)).body;
    expect(preview.sample[0]).toEqual(['2026-09-02', '21:15', '2026-09-02 21:15', 'Torget', '1250,5']);
  });
});
