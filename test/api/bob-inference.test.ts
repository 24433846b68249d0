import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cardOf, say } from '../bot/bot-client.js';

let server: TestServer;
const api = () => request(server.url);

beforeAll(async () => {
  server = await startTestServer();
  // Two categories: one used only by a BOB entry, one used by nothing. Then the säkerhetschef leaves BOB,
  // so she is the outsider who may edit the categories but must learn nothing about BOB.
  const categories = await api().get('/api/situation/categories').set(as(personas.securityChief)).expect(200);
  await api()
    .put('/api/situation/categories')
    .set(as(personas.securityChief))
    .set('If-Match', categories.body.etag)
    .send({
      categories: [
        ...categories.body.categories,
        { id: 'bob-only', sv: 'Rekrytering' },
        { id: 'unused', sv: 'Oanvänd' },
      ],
    })
    .expect(200);
  await api()
    .post('/api/situation/entries')
    .set(as(personas.securityChief))
    .send({
      date: '2026-11-03',
      area: 'Torget',
      category: 'bob-only',
      source: 'est',
      sourceName: 'EST',
      description: 'Rekrytering av unga',
      bob: true,
    })
    .expect(201);
  await api()
    .put('/api/bob/members')
    .set(as(personas.securityChief))
    .send({ objectIds: [personas.municipalCeo, personas.boardChair] })
    .expect(200);
});
afterAll(() => server.close());

async function removeCategory(id: string) {
  const current = await api().get('/api/situation/categories').set(as(personas.securityChief)).expect(200);
  return api()
    .put('/api/situation/categories')
    .set(as(personas.securityChief))
    .set('If-Match', current.body.etag)
    .send({ categories: current.body.categories.filter((c: { id: string }) => c.id !== id) });
}

describe('nothing lets an outsider infer BOB material', () => {
  it('answers removing a category used only by BOB entries exactly as removing an unused one, and keeps it for BOB', async () => {
    const unused = await removeCategory('unused');
    const bobOnly = await removeCategory('bob-only');
    expect(bobOnly.status).toBe(unused.status);
    expect(bobOnly.status).toBe(200);
    expect(bobOnly.body.categories.map((c: { id: string }) => c.id)).not.toContain('bob-only');
    const outsider = await api().get('/api/situation/categories').set(as(personas.securityChief)).expect(200);
    expect(outsider.body.categories.map((c: { id: string }) => c.id)).not.toContain('bob-only');
    const member = await api().get('/api/situation/categories').set(as(personas.municipalCeo)).expect(200);
    expect(member.body.categories.find((c: { id: string }) => c.id === 'bob-only')).toMatchObject({
      sv: 'Rekrytering',
      retired: true,
    });
    const entries = await api()
      .get('/api/situation/entries?category=bob-only&from=2026-01-01&to=2026-12-31')
      .set(as(personas.municipalCeo))
      .expect(200);
    expect(entries.body.entries).toHaveLength(1);
  });

  it('keeps a category retired when a BOB member saves the list back as the tab shows it', async () => {
    await removeCategory('bob-only');
    const members = (objectIds: string[]) =>
      api().put('/api/bob/members').set(as(personas.municipalCeo)).send({ objectIds }).expect(200);
    await members([personas.municipalCeo, personas.boardChair, personas.securityChief]);
    try {
      const read = await api().get('/api/situation/categories').set(as(personas.securityChief)).expect(200);
      expect(read.body.categories.map((c: { id: string }) => c.id)).toContain('bob-only');
      await api()
        .put('/api/situation/categories')
        .set(as(personas.securityChief))
        .set('If-Match', read.body.etag)
        .send({
          categories: read.body.categories.map(({ id, sv, en }: { id: string; sv: string; en: string }) => ({
            id,
            sv,
            en,
          })),
        })
        .expect(200);
    } finally {
      await members([personas.municipalCeo, personas.boardChair]);
    }
    for (const outsider of [personas.securityChief, personas.reader]) {
      const { body } = await api().get('/api/situation/categories').set(as(outsider)).expect(200);
      expect(body.categories.map((c: { id: string }) => c.id)).not.toContain('bob-only');
    }
  });

  it('offers a retired category to nobody for new shared entries: not in a card, an import or an entry', async () => {
    await removeCategory('bob-only');
    // The report card of a head outside BOB: the category's name is nowhere in it.
    const card = cardOf(await say(server.url, { aadObjectId: personas.socialHead, name: 'Alex Wilber' }, 'rapportera'));
    expect(JSON.stringify(card)).toContain('Skadegörelse');
    expect(JSON.stringify(card)).not.toContain('Rekrytering');
    // An entry in it is refused exactly as one in a category that does not exist.
    const entry = (category: string, bob = false) =>
      api().post('/api/situation/entries').set(as(personas.securityChief)).send({
        date: '2026-11-03',
        area: 'Torget',
        category,
        source: 'est',
        sourceName: 'EST',
        description: 'x',
        bob,
      });
    const retired = await entry('bob-only');
    const unknown = await entry('finns-inte');
    expect(retired.status).toBe(400);
    expect(retired.body).toEqual(unknown.body);
    // An import neither sorts a word into it nor takes a mapping to it.
    const csv = Buffer.from('Datum;Plats;Händelsetyp;Beskrivning\n2026-11-02;Torget;Rekrytering;Värvning\n');
    const { fileId } = (
      await api()
        .post('/api/situation/imports/files')
        .query({ fileName: 'est.csv' })
        .set(as(personas.securityChief))
        .set('Content-Type', 'application/octet-stream')
        .send(csv)
        .expect(201)
    ).body;
    const mapping = { date: 0, area: 1, category: 2, description: 3 };
    const mapped = await api()
      .post('/api/situation/imports/check')
      .set(as(personas.securityChief))
      .send({ fileId, source: 'est', mapping: { ...mapping, categoryValues: { Rekrytering: 'bob-only' } } })
      .expect(400);
    expect(mapped.body.issues[0].field).toBe('mapping.categoryValues.Rekrytering');
    await api()
      .post('/api/situation/imports')
      .set(as(personas.securityChief))
      .send({ fileId, source: 'est', mapping })
      .expect(202);
    await server.ctx.imports.settled();
    const shared = await api()
      .get('/api/situation/entries')
      .query({ category: 'bob-only' })
      .set(as(personas.municipalCeo))
      .expect(200);
    expect(shared.body.entries.every((e: { bob: boolean }) => e.bob)).toBe(true);
  });

  it('still refuses removing a category the caller can see in use', async () => {
    const refused = await removeCategory('klotter');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('category_in_use');
  });

  it('shows BOB membership in the people list only to BOB members', async () => {
    const outsider = await api().get('/api/people').set(as(personas.securityChief)).expect(200);
    expect(JSON.stringify(outsider.body)).not.toContain('BobMember');
    await api()
      .put('/api/bob/members')
      .set(as(personas.municipalCeo))
      .send({ objectIds: [personas.municipalCeo, personas.boardChair, personas.securityChief] })
      .expect(200);
    const member = await api().get('/api/people').set(as(personas.securityChief)).expect(200);
    expect(member.body.people.filter((p: { roles: string[] }) => p.roles.includes('BobMember'))).toHaveLength(3);
    await api()
      .put('/api/bob/members')
      .set(as(personas.municipalCeo))
      .send({ objectIds: [personas.municipalCeo, personas.boardChair] })
      .expect(200);
  });

  it('answers OPTIONS and HEAD on a hidden route exactly as on an unknown address', async () => {
    for (const method of ['options', 'head'] as const) {
      const hidden = await api()[method]('/api/bob/meetings').set(as(personas.reader));
      const unknown = await api()[method]('/api/bxb/meetings').set(as(personas.reader));
      expect(hidden.status, method).toBe(404);
      expect(unknown.status, method).toBe(404);
      expect(hidden.headers.allow).toBeUndefined();
      expect(hidden.headers['content-length']).toBe(unknown.headers['content-length']);
    }
  });

  it('describes hidden routes in OpenAPI only to those who may call them', async () => {
    const outsider = await api().get('/api/openapi.json').set(as(personas.reader)).expect(200);
    const anonymous = await api().get('/api/openapi.json').expect(200);
    const member = await api().get('/api/openapi.json').set(as(personas.municipalCeo)).expect(200);
    for (const document of [outsider.body, anonymous.body])
      expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/bob'))).toEqual([]);
    expect(Object.keys(member.body.paths).filter((path) => path.startsWith('/api/bob')).length).toBeGreaterThan(2);
  });
});
