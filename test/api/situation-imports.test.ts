import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../api/seed/askersund.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { runImport } from '../support/imports.js';
import { entryInputOf } from '../support/entry-input.js';

let server: TestServer;
const api = () => request(server.url);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url));

beforeAll(async () => {
  // Without the demo year of entries, so what an import adds is all there is; the people are still needed.
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00', env: { DEMO_DATA: 'false' } });
  for (const person of demoPeople) await server.ctx.organisation.people.create(person, 'test');
});
afterAll(async () => {
  await server.close();
});

function upload(bytes: Buffer, fileName: string, persona = personas.securityChief) {
  return api()
    .post('/api/situation/imports/files')
    .query({ fileName })
    .set(as(persona))
    .set('Content-Type', 'application/octet-stream')
    .send(bytes);
}
const estMapping = { date: 0, area: 1, category: 2, description: 3, count: 4 };
/** The files the Importerade filer library keeps for these bytes (a file is kept in a folder named by its SHA-256). */
const keptFiles = async (bytes: Buffer) =>
  (
    await server.ctx.store
      .listFolder('importfiler', createHash('sha256').update(bytes).digest('hex'))
      .catch(() => ({ files: [] }))
  ).files.map((file) => file.path);
const entries = async (query: Record<string, string> = {}) =>
  (
    await api()
      .get('/api/situation/entries')
      .query({ limit: 500, ...query })
      .set(as(personas.securityChief))
      .expect(200)
  ).body;

describe('importing EST exports and police statistics', () => {
  it('reads a UTF-8 file with BOM and semicolons, suggests the mapping, and imports it whole with decimal commas and Swedish dates', async () => {
    const preview = (await upload(fixture('est-utf8-bom-semicolon.csv'), 'est-juli.csv').expect(201)).body;
    expect(preview).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      columns: ['Datum', 'Plats', 'Händelsetyp', 'Beskrivning', 'Antal'],
      rowCount: 3,
      suggestedMapping: estMapping,
    });
    expect(preview.distinctValues['2']).toEqual(['Klotter', 'Nedskräpning', 'Skadegörelse']);
    const imported = await runImport(server.url, as(personas.securityChief), {
      fileId: preview.fileId,
      source: 'est',
      mapping: estMapping,
    });
    expect(imported.status).toBe(202);
    expect(imported.body).toMatchObject({ added: 3, skipped: 0, rows: 3, fileName: 'est-juli.csv' });
    expect(imported.finished).toMatchObject({ status: 'done', written: 3, error: null });
    const july = (await entries({ from: '2026-07-01', to: '2026-07-31' })).entries;
    expect(
      july.map((e: { date: string; area: string; category: string; count: number }) => [
        e.date,
        e.area,
        e.category,
        e.count,
      ]),
    ).toEqual([
      ['2026-07-06', 'Hamnen', 'nedskrapning', 1],
      ['2026-07-05', 'Torget', 'klotter', 2],
      ['2026-07-03', 'Resecentrum', 'skadegorelse', 1],
    ]);
  });

  it('adds nothing the second time the same file is imported, and says it was imported before', async () => {
    const preview = (await upload(fixture('est-utf8-bom-semicolon.csv'), 'samma-fil-nytt-namn.csv').expect(201)).body;
    expect(preview.previousImports).toHaveLength(1);
    const check = (
      await api()
        .post('/api/situation/imports/check')
        .set(as(personas.securityChief))
        .send({ fileId: preview.fileId, source: 'est', mapping: estMapping })
        .expect(200)
    ).body;
    expect(check).toMatchObject({ rowCount: 3, newCount: 0, existingCount: 3, errorCount: 0 });
    const again = await runImport(server.url, as(personas.securityChief), {
      fileId: preview.fileId,
      source: 'est',
      mapping: estMapping,
    });
    expect(again.body).toMatchObject({ added: 0, skipped: 3, status: 'done' });
    expect((await entries({ from: '2026-07-01', to: '2026-07-31' })).total).toBe(3);
  });

  it('leaves out a row a BOB member moved into BOB, so importing the file again does not bring it back for all', async () => {
    const file = Buffer.from(
      'Datum;Plats;Händelsetyp;Beskrivning;Antal\n2026-08-03;Kvarnbacken;Klotter;Tagg på pumphuset;1\n' +
        '2026-08-04;Kvarnbacken;Klotter;Rekrytering av unga vid pumphuset;1\n',
      'utf8',
    );
    const imported = async () => {
      const preview = (await upload(file, 'est-augusti.csv').expect(201)).body;
      return runImport(server.url, as(personas.securityChief), {
        fileId: preview.fileId,
        source: 'est',
        mapping: estMapping,
      });
    };
    expect((await imported()).body).toMatchObject({ added: 2, skipped: 0 });
    const august = { from: '2026-08-01', to: '2026-08-31' };
    const sensitive = (await entries(august)).entries.find((e: { description: string }) =>
      e.description.startsWith('Rekrytering'),
    );
    const { id, etag } = sensitive;
    await api()
      .put(`/api/situation/entries/${id}`)
      .set(as(personas.securityChief))
      .set('If-Match', etag)
      .send({ ...entryInputOf(sensitive), bob: true })
      .expect(200);

    expect((await imported()).body).toMatchObject({ added: 0, skipped: 2 });
    const shared = (
      await api().get('/api/situation/entries').query(august).set(as(personas.reader)).expect(200)
    ).body.entries.map((e: { description: string }) => e.description);
    expect(shared).toEqual(['Tagg på pumphuset']);
    expect((await entries(august)).total).toBe(2);
  });

  it('reads Windows-1252 with å, ä and ö, and comma-separated UTF-8 without BOM', async () => {
    const win = (await upload(fixture('est-windows-1252.csv'), 'gammal-excel.csv').expect(201)).body;
    expect(win).toMatchObject({
      encoding: 'windows-1252',
      columns: ['Datum', 'Plats', 'Händelsetyp', 'Beskrivning', 'Antal'],
    });
    expect(
      (
        await runImport(server.url, as(personas.securityChief), {
          fileId: win.fileId,
          source: 'est',
          mapping: estMapping,
        })
      ).finished,
    ).toMatchObject({ status: 'done' });
    expect((await entries({ q: 'Förstörd belysning' })).entries[0]).toMatchObject({
      area: 'Åmmeberg',
      category: 'skadegorelse',
    });

    const comma = (await upload(fixture('est-utf8-comma.csv'), 'komma.csv').expect(201)).body;
    expect(comma.columns).toEqual(['Datum', 'Plats', 'Typ', 'Text', 'Antal']);
    expect(comma.sample[0]).toEqual(['2026-09-01', 'Stadsparken', 'Klotter', 'Klotter, färsk', '1,0']);
  });

  it('imports nothing from a file with a bad row in the middle, and names each row, column and why', async () => {
    const before = (await entries()).total;
    const preview = (await upload(fixture('est-bad-rows.csv'), 'trasig.csv').expect(201)).body;
    const refused = await api()
      .post('/api/situation/imports')
      .set(as(personas.securityChief))
      .send({ fileId: preview.fileId, source: 'est', mapping: estMapping })
      .expect(400);
    expect(refused.body.error).toBe('import_rows_invalid');
    expect(refused.body.issues.map((i: { field: string }) => i.field)).toEqual([
      'rad 3, Datum',
      'rad 4, Plats',
      'rad 5, Antal',
    ]);
    // Written as a date, but no month has a 13th: said so, not that the form is wrong.
    expect(refused.body.issues[0].message).toBe('”2026-13-40”: datumet finns inte i kalendern');
    expect(refused.body.issues[1].message).toBe('ange område eller plats');
    expect((await entries()).total).toBe(before);
  });

  it('keeps no file holding a personal identity number, however written, and names each cell', async () => {
    const variants = [
      '850709 9805',
      '19850709 9805',
      '850709–9805',
      '850709\u00A09805',
      '8507\u200B09-9805',
      '８５０７０９－９８０５',
      '850769-9802',
      '850709\u20129805',
      '850709 - 9805',
      '19850709−9805',
      '1985-07-09-9805',
      '85 07 09 9805',
      '850709.9805',
      '8\uFE0F\u20E350709/9805',
    ];
    const rows = variants.map(
      (number, i) => `2026-10-${String(i + 1).padStart(2, '0')};Torget;Klotter;Iakttagelse ${number} vid torget;1`,
    );
    const csv = Buffer.from(
      ['Datum;Plats;Händelsetyp;Beskrivning;Antal', ...rows, '2026-10-20;Torget;Klotter;Ärende 850709 9806;1'].join(
        '\n',
      ),
      'utf8',
    );
    const refused = (await upload(csv, 'personnummer.csv').expect(400)).body;
    expect(refused.error).toBe('import_file_personal_data');
    expect(refused.issues.map((i: { field: string }) => i.field)).toEqual(
      variants.map((_, i) => `rad ${i + 2}, kolumn D (Beskrivning)`),
    );
    expect(refused.message).toBe(
      'Filen sparades inte: den innehåller personnummer eller samordningsnummer i 14 celler, första på rad 2, kolumn D (Beskrivning). Ta bort numren ur filen, spara den och välj den igen – sådana nummer förs inte in i appen.',
    );
    // Neither the number nor any part of the row is said back.
    expect(JSON.stringify(refused)).not.toMatch(/9805|Iakttagelse/);
    expect(await keptFiles(csv)).toEqual([]);
  });

  it('keeps no file with a number where the import does not look: a column not mapped, above the header, another sheet, a field of the feed', async () => {
    const unmapped = Buffer.from(
      'EST-rapport för 850709-9805\nDatum;Plats;Händelsetyp;Anmälare\n2026-10-01;Torget;Klotter;19850709-9805\n',
    );
    const first = (await upload(unmapped, 'anmalare.csv').expect(400)).body;
    expect(first.issues.map((i: { field: string }) => i.field)).toEqual([
      'rad 1, kolumn A',
      'rad 3, kolumn D (Anmälare)',
    ]);
    expect(await keptFiles(unmapped)).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    const events = workbook.addWorksheet('EST');
    events.addRow(['Datum', 'Plats', 'Kategori']);
    events.addRow([new Date(Date.UTC(2026, 9, 12)), 'Torget', 'Klotter']);
    const people = workbook.addWorksheet('Kontakter');
    people.addRow(['Namn', 'Personnummer']);
    // A number cell, as Excel keeps a number typed without its hyphen.
    people.addRow(['Anna', 198507099805]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const second = (await upload(xlsx, 'med-kontakter.xlsx').expect(400)).body;
    expect(second.issues.map((i: { field: string }) => i.field)).toEqual(['rad 2, kolumn B på bladet ”Kontakter”']);
    expect(second.messageEn).toContain('row 2, column B on the sheet “Kontakter”');
    expect(await keptFiles(xlsx)).toEqual([]);

    const feed = Buffer.from(
      JSON.stringify([
        {
          id: 1,
          datetime: '2026-10-01 10:00:00 +02:00',
          name: '1 oktober, Klotter, Askersund',
          summary: 'Klotter på skolan.',
          type: 'Klotter',
          location: { name: 'Askersund', gps: '58.88,14.90' },
          involved: [{ role: 'anmälare', id: '850709-9805' }],
        },
      ]),
    );
    const third = (await upload(feed, 'polisen.json').expect(400)).body;
    expect(third.issues.map((i: { field: string }) => i.field)).toEqual(['rad 2, involved.0.id']);
    expect(await keptFiles(feed)).toEqual([]);

    // Nor outside the cells: an Excel comment, and the workbook's properties, are kept with the file.
    const commented = new ExcelJS.Workbook();
    const sheet = commented.addWorksheet('EST');
    sheet.addRow(['Datum', 'Plats', 'Kategori']);
    sheet.addRow([new Date(Date.UTC(2026, 9, 12)), 'Torget', 'Klotter']);
    sheet.getCell('C2').note = 'Anmälare 850709-9805';
    const withComment = Buffer.from(await commented.xlsx.writeBuffer());
    const fourth = (await upload(withComment, 'med-kommentar.xlsx').expect(400)).body;
    expect(fourth).toMatchObject({ error: 'file_personal_data', issues: [{ field: 'file' }] });
    expect(fourth.message).toContain('i en kommentar');
    expect(await keptFiles(withComment)).toEqual([]);
    const authored = new ExcelJS.Workbook();
    authored.creator = 'Handläggare 850709-9805';
    authored.addWorksheet('EST').addRows([
      ['Datum', 'Plats', 'Kategori'],
      [new Date(Date.UTC(2026, 9, 12)), 'Torget', 'Klotter'],
    ]);
    const withCreator = Buffer.from(await authored.xlsx.writeBuffer());
    expect((await upload(withCreator, 'skapare.xlsx').expect(400)).body.message).toContain('i dokumentets egenskaper');
    expect(await keptFiles(withCreator)).toEqual([]);
  });

  it('names no header or sheet that itself holds a number, and scans the sheets’ names too', async () => {
    const workbook = new ExcelJS.Workbook();
    const events = workbook.addWorksheet('EST');
    events.addRow(['Datum', 'Plats', 'Anmälare 850709-9805']);
    events.addRow([new Date(Date.UTC(2026, 9, 12)), 'Torget', '19850709-9805']);
    workbook.addWorksheet('Anna 850709-9805').addRow(['850709-9805']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = (await upload(xlsx, 'namn.xlsx').expect(400)).body;
    expect(refused.issues.map((i: { field: string }) => i.field)).toEqual([
      'namnet på blad 2',
      'rad 1, kolumn C',
      'rad 2, kolumn C',
      'rad 1, kolumn A på ett annat blad',
    ]);
    expect(JSON.stringify(refused)).not.toMatch(/9805|Anna/);
    expect(await keptFiles(xlsx)).toEqual([]);
  });

  it('keeps a file whose numbers are apart in cells of their own (a date beside four digits), tab-separated or not', async () => {
    for (const separator of ['\t', ';']) {
      const file = Buffer.from(
        ['Datum', 'Plats', 'Händelsetyp', 'Kod'].join(separator) +
          '\n' +
          ['20260314', 'Torget', 'Klotter', '1234'].join(separator) +
          '\n' +
          ['2026-03-14', 'Torget', 'Klotter', '8507099806'].join(separator) +
          '\n',
      );
      await upload(file, 'koder.csv').expect(201);
      expect(await keptFiles(file)).toHaveLength(1);
    }
  });

  it('imports a file whose SHA-256 holds ten digits that pass as a personal identity number', async () => {
    // This file's id is 7a89f730…2014042cf759: 6412014042 would be refused as 641201-4042 in any text field.
    const csv = Buffer.from(
      'Datum;Plats;Händelsetyp;Beskrivning;Antal\n2026-06-01;Torget;Klotter;Klotter på väggen nummer 6731;1\n',
    );
    const preview = (await upload(csv, 'hash-med-siffror.csv').expect(201)).body;
    expect(preview.fileId).toContain('6412014042');
    const imported = await runImport(server.url, as(personas.securityChief), {
      fileId: preview.fileId,
      source: 'est',
      mapping: estMapping,
    });
    expect(imported.finished).toMatchObject({ status: 'done', written: 1 });
    // The kept file is registered by its path, which holds the hash too.
    const where = { library: 'importfiler', path: `${preview.fileId}/hash-med-siffror.csv` };
    const { registration } = (
      await api().get('/api/records/documents').query(where).set(as(personas.securityChief)).expect(200)
    ).body;
    await api()
      .put('/api/records/documents')
      .query(where)
      .set(as(personas.securityChief))
      .send({ ...registration, diarienummer: 'KS 2026/0042' })
      .expect(200);
  });

  it('reads an XLSX export with real dates, and maps category words the person chose', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('EST');
    sheet.addRow(['Inrapporterad', 'Område', 'Kategori', 'Beskrivning']);
    sheet.addRow([new Date(Date.UTC(2026, 9, 12)), 'Sundsbro idrottsplats', 'Tags', 'Tags på omklädningsrummet']);
    sheet.addRow([new Date(Date.UTC(2026, 9, 13)), 'Stadsparken', 'Mopedåkning', 'Mopeder på gångvägen']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = (await upload(bytes, 'est-oktober.xlsx').expect(201)).body;
    expect(preview).toMatchObject({
      format: 'xlsx',
      rowCount: 2,
      suggestedMapping: { date: 0, area: 1, category: 2, description: 3 },
    });
    expect(preview.sample[0][0]).toBe('2026-10-12');
    const mapping = {
      date: 0,
      area: 1,
      category: 2,
      description: 3,
      categoryValues: { Mopedåkning: 'fordon-buskorning' },
    };
    expect(
      (await runImport(server.url, as(personas.securityChief), { fileId: preview.fileId, source: 'est', mapping }))
        .finished,
    ).toMatchObject({ status: 'done' });
    const october = (await entries({ from: '2026-10-12', to: '2026-10-13' })).entries;
    expect(october.map((e: { category: string }) => e.category).sort()).toEqual(['fordon-buskorning', 'klotter']);
  });

  it('reads the police events feed and sorts its types into categories', async () => {
    const preview = (await upload(fixture('police-events.json'), 'polisen.json').expect(201)).body;
    expect(preview).toMatchObject({
      format: 'police-json',
      rowCount: 2,
      suggestedMapping: { date: 1, area: 6, category: 5 },
    });
    const mapping = { date: 1, area: 6, category: 5, description: 3 };
    expect(
      (await runImport(server.url, as(personas.securityChief), { fileId: preview.fileId, source: 'police', mapping }))
        .finished,
    ).toMatchObject({ status: 'done' });
    const police = (await entries({ source: 'police' })).entries;
    expect(
      police.map((e: { date: string; category: string; sourceName: string }) => [e.date, e.category, e.sourceName]),
    ).toEqual([
      ['2026-10-05', 'vald', 'Polisen'],
      ['2026-10-03', 'skadegorelse', 'Polisen'],
    ]);
  });

  it('refuses what is not a table, and everyone but the säkerhetschef', async () => {
    expect((await upload(Buffer.from('bara en rad utan kolumner'), 'x.csv').expect(400)).body.error).toBe(
      'unreadable_file',
    );
    expect((await upload(Buffer.from('[{"id": 1}]'), 'x.json').expect(400)).body.message).toBe(
      'Filen följer inte polisens händelseformat (fel vid 0.datetime).',
    );
    expect((await upload(Buffer.from('{"events": []}'), 'x.json').expect(400)).body.message).toBe(
      'Filen följer inte polisens händelseformat (en lista av händelser, [ … ]).',
    );
    expect((await upload(Buffer.alloc(0), 'tom.csv').expect(400)).body.error).toBe('empty_file');
    await api()
      .post('/api/situation/imports/files')
      .query({ fileName: 'x.csv' })
      .set(as(personas.securityChief))
      .send({ a: 1 })
      .expect(415);
    // A name no library would take is kept in a safe form rather than refused (api/domain/file-names.ts).
    await api()
      .post('/api/situation/imports/files')
      .query({ fileName: 'a/b.csv' })
      .set(as(personas.securityChief))
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from('a;b'))
      .expect(201);
    for (const persona of [personas.socialHead, personas.reader, personas.police])
      await upload(fixture('est-utf8-comma.csv'), 'x.csv', persona).expect(403);
    await api()
      .post('/api/situation/imports')
      .set(as(personas.securityChief))
      .send({ fileId: 'f'.repeat(64), source: 'est', mapping: estMapping })
      .expect(404);
    const history = (await api().get('/api/situation/imports').set(as(personas.securityChief)).expect(200)).body
      .imports;
    expect(history.length).toBeGreaterThanOrEqual(5);
  });
});
