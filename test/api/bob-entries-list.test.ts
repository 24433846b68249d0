import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
let server: TestServer;
const api = () => request(server.url);
const entry = (fields: Record<string, unknown> = {}) => ({
  date: '2026-11-20',
  area: 'Torget',
  category: 'klotter',
  source: 'est',
  sourceName: 'EST',
  description: 'Iakttagelse',
  ...fields,
});
const rows = async (list: string) =>
  (await server.ctx.store.queryItems(list, { top: 500 })).items.map((item) => String(item.fields.description));

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('BOB entries live in the BOB group’s own list', () => {
  it('keeps a BOB entry only in the BOB list, and the demo’s BOB entries too', async () => {
    const created = await api()
      .post('/api/situation/entries')
      .set(chief)
      .send(entry({ bob: true, description: 'Rekrytering BOB' }))
      .expect(201);
    expect(created.body.id).toMatch(/^bob-\d+$/);
    expect(await rows('situationEntriesBob')).toContain('Rekrytering BOB');
    expect(await rows('situationEntries')).not.toContain('Rekrytering BOB');
    const shared = (
      await server.ctx.store.queryItems('situationEntries', { filters: [{ field: 'bob', op: 'eq', value: true }] })
    ).items;
    expect(shared).toEqual([]);
  });

  it('moves an entry between the lists when its BOB mark changes, and the old id is gone', async () => {
    const created = await api()
      .post('/api/situation/entries')
      .set(chief)
      .send(entry({ description: 'Först delad' }))
      .expect(201);
    const moved = await api()
      .put(`/api/situation/entries/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .send(entry({ bob: true, description: 'Först delad' }))
      .expect(200);
    expect(moved.body.id).toMatch(/^bob-/);
    expect(await rows('situationEntries')).not.toContain('Först delad');
    expect(await rows('situationEntriesBob')).toContain('Först delad');
    await api().get(`/api/situation/entries/${created.body.id}`).set(chief).expect(404);
    const back = await api()
      .put(`/api/situation/entries/${moved.body.id}`)
      .set(chief)
      .set('If-Match', moved.body.etag)
      .send(entry({ bob: false, description: 'Först delad' }))
      .expect(200);
    expect(back.body.id).toMatch(/^\d+$/);
    expect(await rows('situationEntriesBob')).not.toContain('Först delad');
    // A stale ETag moves nothing.
    await api()
      .put(`/api/situation/entries/${back.body.id}`)
      .set(chief)
      .set('If-Match', moved.body.etag)
      .send(entry({ bob: true, description: 'Först delad' }))
      .expect(412);
    expect(await rows('situationEntriesBob')).not.toContain('Först delad');
  });

  it('moves BOB entries an earlier version kept in the shared list at start', async () => {
    await server.ctx.store.createItem(
      'situationEntries',
      {
        ...entry({ bob: true, description: 'Gammal BOB-post' }),
        newPhenomenon: false,
        count: 1,
        departmentId: null,
        importId: null,
        importKey: null,
      },
      'test',
    );
    await server.ctx.situationEntries.ensure();
    expect(await rows('situationEntries')).not.toContain('Gammal BOB-post');
    expect(await rows('situationEntriesBob')).toContain('Gammal BOB-post');
  });
});
