import JSZip from 'jszip';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../api/seed/askersund.js';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);

beforeAll(async () => {
  server = await startTestServer({ now: '2026-10-05T09:00:00+02:00', env: { DEMO_DATA: 'false' } });
  for (const person of demoPeople) await server.ctx.organisation.people.create(person, 'test');
  const add = (date: string, area: string, category: string, fields: Record<string, unknown> = {}) =>
    api()
      .post('/api/situation/entries')
      .set(as(personas.securityChief))
      .send({
        date,
        area,
        category,
        source: 'est',
        sourceName: 'EST',
        description: `${category} vid ${area}`,
        ...fields,
      })
      .expect(201);
  await add('2025-08-01', 'Torget', 'klotter');
  await add('2026-05-01', 'Torget', 'klotter', { count: 2 });
  await add('2026-07-01', 'Torget', 'klotter', { count: 3 });
  await add('2026-08-15', 'Hamnen', 'skadegorelse', { newPhenomenon: true, description: 'Elsparkcyklar i sjön' });
  await add('2026-09-30', 'Resecentrum', 'ordningsstorning', { bob: true, description: 'Rekrytering vid stationen' });
});
afterAll(async () => {
  await server.close();
});

describe('the quarterly compilation', () => {
  it('counts the quarter against the one before and a year earlier, with BOB entries only for BOB members', async () => {
    const reader = (await api().get('/api/situation/compilations/2026/3').set(as(personas.reader)).expect(200)).body;
    expect(reader.total).toMatchObject({
      count: 4,
      previousQuarter: 2,
      sameQuarterLastYear: 1,
      changeFromPrevious: { absolute: 2, percent: 100 },
    });
    expect(reader.byArea.map((row: { key: string }) => row.key)).toEqual(['Torget', 'Hamnen']);
    expect(reader.newPhenomena).toEqual([
      expect.objectContaining({ area: 'Hamnen', description: 'Elsparkcyklar i sjön', source: 'est' }),
    ]);
    expect(reader.document).toBeNull();
    const member = (await api().get('/api/situation/compilations/2026/3').set(as(personas.municipalCeo)).expect(200))
      .body;
    expect(member.total.count).toBe(5);
    const bad = await api().get('/api/situation/compilations/2026/5').set(as(personas.reader)).expect(400);
    expect(bad.body.issues[0].field).toBe('quarter');
  });

  it('saves a Word document with the charts as images and the counts, a new version each time, without BOB entries, and marks the milestone done', async () => {
    await api().post('/api/situation/compilations/2026/3/document').set(as(personas.reader)).expect(403);
    const first = await api()
      .post('/api/situation/compilations/2026/3/document')
      .set(as(personas.securityChief))
      .expect(201);
    const second = await api()
      .post('/api/situation/compilations/2026/3/document')
      .set(as(personas.securityChief))
      .expect(201);
    expect([first.body.version, second.body.version]).toEqual(['1.0', '2.0']);
    expect(first.body.path).toBe('Kvartalssammanställningar/2026/Kvartal 3.docx');

    const response = await api()
      .get('/api/situation/compilations/2026/3/document')
      .set(as(personas.police))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const zip = await JSZip.loadAsync(response.body as Buffer);
    const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    // By category, by area, and the trend of eight quarters.
    expect(images).toHaveLength(3);
    const text = await wordText(response.body as Buffer);
    expect(text).toContain('Totalt 4 händelser; kvartalet före 2 (+2 (+100 %))');
    expect(text).toContain('Elsparkcyklar i sjön');
    expect(text).not.toContain('Rekrytering');

    const cycle = (await api().get('/api/cycles/2026').set(as(personas.securityChief))).body;
    expect(cycle.milestones.find((m: { id: string }) => m.id === '2026-est-police-compilation-q3').status).toBe('done');
    expect(first.body.milestoneDone).toBe(true);
    // The fourth quarter runs until 31 December: its compilation saved in October is a draft, its milestone open.
    const early = await api()
      .post('/api/situation/compilations/2026/4/document')
      .set(as(personas.securityChief))
      .expect(201);
    expect(early.body).toMatchObject({ version: '1.0', milestoneDone: false });
    const after = (await api().get('/api/cycles/2026').set(as(personas.securityChief))).body;
    expect(after.milestones.find((m: { id: string }) => m.id === '2026-est-police-compilation-q4').status).not.toBe(
      'done',
    );
    await api().get('/api/situation/compilations/2026/2/document').set(as(personas.reader)).expect(404);
  });
});

describe('the trend of the last eight quarters', () => {
  it('gives each quarter the figures its own compilation gives, BOB entries only for BOB members, in the view and the Word documents', async () => {
    for (const persona of [personas.reader, personas.securityChief]) {
      const { trend } = (await api().get('/api/situation/compilations/2026/3').set(as(persona)).expect(200)).body;
      expect(trend.quarters).toHaveLength(8);
      expect(trend.quarters[0]).toEqual({ year: 2024, quarter: 4 });
      expect(trend.quarters[7]).toEqual({ year: 2026, quarter: 3 });
      for (const [index, { year, quarter }] of (trend.quarters as { year: number; quarter: number }[]).entries()) {
        const compiled = (
          await api().get(`/api/situation/compilations/${year}/${quarter}`).set(as(persona)).expect(200)
        ).body;
        const fromTrend = (trend.byCategory as { key: string; counts: number[] }[])
          .map((row) => [row.key, row.counts[index]])
          .filter(([, count]) => count !== 0);
        const fromCompilation = (compiled.byCategory as { key: string; count: number }[])
          .filter((row) => row.count > 0)
          .map((row) => [row.key, row.count]);
        expect(Object.fromEntries(fromTrend)).toEqual(Object.fromEntries(fromCompilation));
        expect(trend.total[index]).toBe(compiled.total.count);
      }
      const ordningsstorning = (trend.byCategory as { key: string }[]).some((row) => row.key === 'ordningsstorning');
      expect(ordningsstorning).toBe(persona === personas.securityChief);
    }
    const annual = (await api().get('/api/situation/annual/2026').set(as(personas.securityChief)).expect(200)).body;
    expect(annual.material.trend.quarters[7]).toEqual({ year: 2026, quarter: 4 });
    expect(annual.material.trend.byCategory.map((row: { key: string }) => row.key)).not.toContain('ordningsstorning');

    await api().post('/api/situation/compilations/2026/3/document').set(as(personas.securityChief)).expect(201);
    const document = await api()
      .get('/api/situation/compilations/2026/3/document')
      .set(as(personas.reader))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = await wordText(document.body as Buffer);
    expect(text).toContain('Utvecklingen de senaste åtta kvartalen');
    expect(text).toContain('2024 K4');
  });
});
