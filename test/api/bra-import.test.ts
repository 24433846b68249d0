import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsOf, normalisedCounts } from '../../api/domain/situation/counts.js';
import { demoPeople } from '../../api/seed/askersund.js';
import { runImport } from '../support/imports.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);
const chief = as(personas.securityChief);

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00', env: { DEMO_DATA: 'false' } });
  for (const person of demoPeople) await server.ctx.organisation.people.create(person, 'test');
});
afterAll(() => server.close());

// Brå's reported crimes per municipality as published: period, municipality, crime category, count, status.
const braFile = (status: string, rows: [string, string, number][]) =>
  Buffer.from(
    [
      'Period;Kommun;Brottskategori;Antal;Status',
      ...rows.map(([period, category, count]) => `${period};Askersund;${category};${count};${status}`),
    ].join('\n'),
    'utf8',
  );
const mapping = {
  date: 0,
  area: 1,
  category: 2,
  description: null,
  count: 3,
  preliminary: 4,
  categoryValues: { Misshandel: 'vald', Skadegörelse: 'skadegorelse' },
};

async function importBra(file: Buffer, name: string) {
  const preview = (
    await api()
      .post('/api/situation/imports/files')
      .query({ fileName: name })
      .set(chief)
      .set('Content-Type', 'application/octet-stream')
      .send(file)
      .expect(201)
  ).body;
  expect(preview.suggestedMapping).toMatchObject({ date: 0, category: 2, count: 3, preliminary: 4 });
  const check = (
    await api()
      .post('/api/situation/imports/check')
      .set(chief)
      .send({ fileId: preview.fileId, source: 'bra', mapping })
      .expect(200)
  ).body;
  return { check, imported: await runImport(server.url, chief, { fileId: preview.fileId, source: 'bra', mapping }) };
}

describe('Brå’s statistics, preliminary then final', () => {
  it('imports preliminary figures marked "prel.", and final ones replace them for the same period, saying so', async () => {
    const first = await importBra(
      braFile('Preliminär', [
        ['2026K3', 'Misshandel', 12],
        ['2026K3', 'Skadegörelse', 30],
      ]),
      'bra-prel.csv',
    );
    expect(first.check).toMatchObject({ newCount: 2, replacesPreliminary: 0 });
    expect(first.imported.finished).toMatchObject({ status: 'done', added: 2, replaced: 0 });
    const entries = (await api().get('/api/situation/entries').query({ source: 'bra' }).set(chief).expect(200)).body
      .entries;
    const rows = (list: { date: string; category: string; count: number; preliminary: boolean }[]) =>
      list
        .map((e) => [e.date, e.category, e.count, e.preliminary])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(rows(entries)).toEqual([
      ['2026-07-01', 'skadegorelse', 30, true],
      ['2026-07-01', 'vald', 12, true],
    ]);
    const preliminary = (await api().get('/api/situation/compilations/2026/3').set(chief).expect(200)).body;
    expect(preliminary.byCategory.find((row: { key: string }) => row.key === 'vald')).toMatchObject({
      count: 12,
      preliminary: true,
    });

    // The final figures for the quarter: one count changed, one the same.
    const final = await importBra(
      braFile('Slutlig', [
        ['2026K3', 'Misshandel', 14],
        ['2026K3', 'Skadegörelse', 30],
      ]),
      'bra-slutlig.csv',
    );
    expect(final.check).toMatchObject({ newCount: 2, replacesPreliminary: 2 });
    expect(final.imported.finished).toMatchObject({ status: 'done', added: 2, replaced: 2 });
    const after = (await api().get('/api/situation/entries').query({ source: 'bra' }).set(chief).expect(200)).body
      .entries;
    expect(rows(after)).toEqual([
      ['2026-07-01', 'skadegorelse', 30, false],
      ['2026-07-01', 'vald', 14, false],
    ]);
    const compiled = (await api().get('/api/situation/compilations/2026/3').set(chief).expect(200)).body;
    expect(compiled.byCategory.find((row: { key: string }) => row.key === 'vald')).toMatchObject({
      count: 14,
      preliminary: false,
    });
    expect(compiled.trend.byCategory.find((row: { key: string }) => row.key === 'vald').preliminary.at(-1)).toBe(false);

    // The same final file again adds nothing and replaces nothing; the stored counts still equal the entries'.
    const again = await importBra(
      braFile('Slutlig', [
        ['2026K3', 'Misshandel', 14],
        ['2026K3', 'Skadegörelse', 30],
      ]),
      'bra-slutlig-igen.csv',
    );
    expect(again.imported.body).toMatchObject({ added: 0, replaced: 0 });
    const all = { from: { year: 2000, quarter: 1 as const }, to: { year: 2100, quarter: 4 as const } };
    expect(await server.ctx.situationCounts.between(all.from, all.to, true)).toEqual(
      normalisedCounts(countsOf(await server.ctx.situationEntries.all())),
    );
  });
});
