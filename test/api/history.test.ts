import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);
const history = (kind: string, id: string, persona: string) =>
  api().get('/api/history').query({ kind, id }).set(as(persona));

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(() => server.close());

const entry = {
  date: '2026-11-02',
  area: 'Torget',
  category: 'klotter',
  source: 'est',
  sourceName: 'EST',
  description: 'Klotter på muren',
};

describe('the history of what people change', () => {
  it('says who changed which field of an entry from what to what, newest first, and as CSV for an auditor', async () => {
    const created = (await api().post('/api/situation/entries').set(as(personas.securityChief)).send(entry).expect(201))
      .body;
    await api()
      .put(`/api/situation/entries/${created.id}`)
      .set(as(personas.securityChief))
      .set('If-Match', created.etag)
      .send({ ...entry, area: 'Hamnen' })
      .expect(200);
    const { entries } = (await history('entry', created.id, personas.reader).expect(200)).body;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      action: 'changed',
      byName: 'Karin Ek',
      changes: [{ field: 'area', before: 'Torget', after: 'Hamnen' }],
    });
    expect(entries[1]).toMatchObject({ action: 'created', byName: 'Karin Ek' });
    expect(entries[1].changes).toEqual(
      expect.arrayContaining([{ field: 'description', before: '', after: 'Klotter på muren' }]),
    );

    const csv = await history('entry', created.id, personas.reader).query({ format: 'csv' }).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Tidpunkt;Vem;Händelse;Fält;Före;Efter');
    expect(lines[1]).toMatch(/;Karin Ek;Ändrad;area;Torget;Hamnen$/);
  });

  it('shows a BOB entry’s history to the BOB group alone, and answers others as if it did not exist', async () => {
    const bob = (
      await api()
        .post('/api/situation/entries')
        .set(as(personas.securityChief))
        .send({ ...entry, bob: true, description: 'BOB-iakttagelse' })
        .expect(201)
    ).body;
    await history('entry', bob.id, personas.municipalCeo).expect(200);
    const refused = await history('entry', bob.id, personas.reader).expect(404);
    const unknown = await history('entry', 'bob-999999', personas.reader).expect(404);
    expect(refused.body).toEqual(unknown.body);
  });

  it('keeps a draft plan’s history for those who see drafts, a draft report’s for its own head and the säkerhetschef, and refuses an unknown kind', async () => {
    await api().post('/api/action-plans/2031').set(as(personas.securityChief)).send({}).expect(201);
    const plan = (await api().get('/api/action-plans/2031').set(as(personas.securityChief)).expect(200)).body;
    const part = plan.parts[1];
    const saved = await api()
      .put('/api/action-plans/2031/parts/1')
      .set(as(personas.securityChief))
      .set('If-Match', part.etag)
      .send({ problems: [{ id: 'p1', title: 'Skadegörelse' }], factors: [] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const [stored] = (
      await server.ctx.store.queryItems('actionPlanParts', {
        filters: [
          { field: 'year', op: 'eq', value: 2031 },
          { field: 'part', op: 'eq', value: 1 },
        ],
      })
    ).items;
    const partId = stored!.id;
    const partHistory = (await history('planPart', partId, personas.schoolHead).expect(200)).body.entries;
    expect(partHistory[0].changes.map((c: { field: string }) => c.field)).toContain('content');
    await history('planPart', partId, personas.reader).expect(404);

    // Two heads save a draft each: the school's head reads the school's history, not the other's.
    const head = (await api().get('/api/me').set(as(personas.schoolHead)).expect(200)).body;
    const social = (await api().get('/api/me').set(as(personas.socialHead)).expect(200)).body;
    const draft = { content: { situation: 'Lugnt', observations: [], actions: [], proposals: [] } };
    await api()
      .put(`/api/cycles/2026/reports/${head.departmentId}`)
      .set(as(personas.schoolHead))
      .send(draft)
      .expect(200);
    await api()
      .put(`/api/cycles/2026/reports/${social.departmentId}`)
      .set(as(personas.socialHead))
      .send(draft)
      .expect(200);
    const reports = await server.ctx.store.queryItems('departmentReports', { top: 50 });
    const own = reports.items.find((item) => item.fields.departmentId === head.departmentId);
    const other = reports.items.find((item) => item.fields.departmentId !== head.departmentId);
    expect(own && other).toBeDefined();
    await history('report', own!.id, personas.schoolHead).expect(200);
    await history('report', other!.id, personas.schoolHead).expect(404);
    // As the report itself: a reader sees a department's report once it is submitted, not a draft.
    await history('report', other!.id, personas.reader).expect(404);
    await history('report', other!.id, personas.securityChief).expect(200);
    await history('nothing', '1', personas.securityChief).expect(400);
  });
});
