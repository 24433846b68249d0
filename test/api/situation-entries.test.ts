import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(async () => {
  await server.close();
});

const entry = (fields: Record<string, unknown> = {}) => ({
  date: '2026-11-20',
  area: 'Torget',
  category: 'klotter',
  source: 'est',
  sourceName: 'EST',
  description: 'Klotter på bänkarna',
  ...fields,
});
/** The säkerhetschef's new entry, refused. */
const refused = (body: object) =>
  api().post('/api/situation/entries').set(as(personas.securityChief)).send(body).expect(400);
const list = async (query: Record<string, string | number> = {}, persona = personas.securityChief) =>
  (await api().get('/api/situation/entries').query(query).set(as(persona)).expect(200)).body;

describe('entries of the continuous lägesbild', () => {
  it('lists the demo year newest first, filtered by period, category, area, source and flag, searched and paged', async () => {
    const all = await list({ limit: 500 });
    expect(all.total).toBeGreaterThan(150);
    expect(all.entries[0].date >= all.entries[1].date).toBe(true);
    const klotter = await list({ category: 'klotter', from: '2026-01-01', to: '2026-03-31', limit: 500 });
    expect(
      klotter.entries.every(
        (e: { category: string; date: string }) =>
          e.category === 'klotter' && e.date >= '2026-01-01' && e.date <= '2026-03-31',
      ),
    ).toBe(true);
    const harbour = await list({ area: 'Hamnen', limit: 500 });
    expect(harbour.total).toBeGreaterThan(0);
    expect(harbour.entries.every((e: { area: string }) => e.area === 'Hamnen')).toBe(true);
    // As a person types it: case and spacing aside.
    expect((await list({ area: ' hamnen ', limit: 500 })).total).toBe(harbour.total);
    expect((await list({ area: 'HAMNEN', limit: 500 })).total).toBe(harbour.total);
    expect(
      (await list({ source: 'police', limit: 500 })).entries.every((e: { source: string }) => e.source === 'police'),
    ).toBe(true);
    expect(
      (await list({ newPhenomenon: 'true' })).entries.map((e: { description: string }) => e.description),
    ).toContain('Elsparkcyklar kastas i sjön vid bryggan');
    expect((await list({ q: 'ELSPARK' })).total).toBe(1);
    const page = await list({ limit: 10, offset: 10 });
    expect(page.entries).toHaveLength(10);
    expect(page.entries[0].id).toBe(all.entries[10].id);
    await api().get('/api/situation/entries').query({ from: '24/11/2026' }).set(as(personas.reader)).expect(400);
    const reversed = await api()
      .get('/api/situation/entries')
      .query({ from: '2026-12-01', to: '2026-01-01' })
      .set(as(personas.reader))
      .expect(400);
    expect(reversed.body.issues).toEqual([
      {
        field: 'to',
        message: 'ange ett datum på eller efter startdatumet',
        messageEn: 'give a date on or after the start date',
      },
    ]);
    expect((await list({ from: '2026-03-31', to: '2026-03-31' })).entries.length).toBeGreaterThan(0);
  });

  it('takes a new entry from the säkerhetschef and refuses personal identity numbers in each free-text field, saying why', async () => {
    const created = await api()
      .post('/api/situation/entries')
      .set(as(personas.securityChief))
      .send(entry())
      .expect(201);
    expect(created.body).toMatchObject({ area: 'Torget', source: 'est', count: 1, bob: false });
    for (const [field, number] of [
      ['description', '19121212-1212'],
      ['description', '121212-1212'],
      ['area', '191212121212'],
      ['description', '1212121212'],
    ] as const) {
      const refused = await api()
        .post('/api/situation/entries')
        .set(as(personas.securityChief))
        .send(entry({ [field]: `Gäller ${number} vid torget` }))
        .expect(400);
      expect(refused.body.issues[0]).toMatchObject({ field, message: expect.stringContaining('personnummer') });
    }
    // A number that fails the checksum is an ordinary number.
    await api()
      .post('/api/situation/entries')
      .set(as(personas.securityChief))
      .send(entry({ description: 'Ärende 19121212-1213' }))
      .expect(201);
  });

  it('answers bad input with 400 naming the field', async () => {
    for (const [field, body] of [
      ['category', entry({ category: 'finns-inte' })],
      ['date', entry({ date: '2026-12-24' })],
      ['area', entry({ area: '' })],
      ['source', entry({ source: 'granne' })],
      ['actorId', entry({ source: 'actor', sourceName: 'Okänd förening', actorId: 'finns-inte' })],
      ['departmentId', entry({ source: 'department', departmentId: '9999' })],
    ] as const) {
      const response = await refused(body);
      expect(response.body.issues.map((i: { field: string }) => i.field)).toContain(field);
    }
  });

  it('says in plain Swedish and English what a field should hold where its schema gives no words of its own', async () => {
    for (const [body, sv, en] of [
      [entry({ count: 1.5 }), 'count: ange ett heltal', 'count: give a whole number'],
      [entry({ count: 0 }), 'count: minst 1', 'count: at least 1'],
      [entry({ count: '5' }), 'count: ange ett tal', 'count: give a number'],
      [entry({ bob: 'ja' }), 'bob: ange ja eller nej (true eller false)', 'bob: give yes or no (true or false)'],
      [{ ...entry(), source: undefined }, 'source: saknas', 'source: is missing'],
    ] as const) {
      const response = await refused(body);
      expect(response.body.message).toBe(`Ogiltigt värde i innehållet: ${sv}`);
      expect(response.body.messageEn).toBe(`Invalid value in the body: ${en}`);
    }
  });

  it('writes a head’s entry for the head’s own department, and lets the head change only those', async () => {
    const own = await api()
      .post('/api/situation/entries')
      .set(as(personas.socialHead))
      .send(entry({ source: 'est', sourceName: 'Vad som helst' }))
      .expect(201);
    expect(own.body).toMatchObject({ source: 'department', sourceName: 'Socialförvaltningen' });
    await api()
      .put(`/api/situation/entries/${own.body.id}`)
      .set(as(personas.socialHead))
      .set('If-Match', own.body.etag)
      .send(entry({ description: 'Ändrad' }))
      .expect(200);
    const chiefs = (await list({ q: 'Klotter på bänkarna' })).entries.find(
      (e: { source: string }) => e.source === 'est',
    );
    await api()
      .put(`/api/situation/entries/${chiefs.id}`)
      .set(as(personas.socialHead))
      .set('If-Match', chiefs.etag)
      .send(entry())
      .expect(403);
    await api()
      .delete(`/api/situation/entries/${chiefs.id}`)
      .set(as(personas.schoolHead))
      .set('If-Match', chiefs.etag)
      .expect(403);
    // A reader never writes; the police write as their actor, never as a department (access-matrix.ts covers it).
    await api().post('/api/situation/entries').set(as(personas.reader)).send(entry()).expect(403);
    expect(
      (await api().post('/api/situation/entries').set(as(personas.police)).send(entry()).expect(201)).body,
    ).toMatchObject({ source: 'actor', departmentId: null });
  });

  it('keeps BOB entries from everyone outside the BOB group: not listed, not counted, not found', async () => {
    const before = await list({}, personas.reader);
    const bob = await api()
      .post('/api/situation/entries')
      .set(as(personas.securityChief))
      .send(entry({ bob: true, description: 'Rekrytering av unga vid torget' }))
      .expect(201);
    expect((await list({}, personas.reader)).total).toBe(before.total);
    expect((await list({ q: 'Rekrytering' }, personas.reader)).total).toBe(0);
    expect((await list({ q: 'Rekrytering' }, personas.municipalCeo)).total).toBe(1);
    await api().get(`/api/situation/entries/${bob.body.id}`).set(as(personas.reader)).expect(404);
    await api().get(`/api/situation/entries/${bob.body.id}`).set(as(personas.municipalCeo)).expect(200);
    const refused = await api()
      .post('/api/situation/entries')
      .set(as(personas.socialHead))
      .send(entry({ bob: true }))
      .expect(400);
    expect(refused.body.issues[0].field).toBe('bob');
  });

  it('keeps the category list editable, refusing to remove a category in use', async () => {
    const { body } = await api().get('/api/situation/categories').set(as(personas.reader)).expect(200);
    const withoutKlotter = body.categories.filter((c: { id: string }) => c.id !== 'klotter');
    const refused = await api()
      .put('/api/situation/categories')
      .set(as(personas.securityChief))
      .set('If-Match', body.etag)
      .send({ categories: withoutKlotter })
      .expect(409);
    expect(refused.body.message).toContain('Byt namn');
    const renamed = body.categories.map((c: { id: string; sv: string }) =>
      c.id === 'klotter' ? { ...c, sv: 'Klotter och tags' } : c,
    );
    const saved = await api()
      .put('/api/situation/categories')
      .set(as(personas.securityChief))
      .set('If-Match', body.etag)
      .send({ categories: [...renamed, { id: 'e-scooter', sv: 'Elsparkcyklar', en: 'E-scooters' }] })
      .expect(200);
    expect(saved.body.categories.at(-1)).toEqual({ id: 'e-scooter', sv: 'Elsparkcyklar', en: 'E-scooters' });
    await api()
      .put('/api/situation/categories')
      .set(as(personas.socialHead))
      .set('If-Match', saved.body.etag)
      .send({ categories: renamed })
      .expect(403);
  });
});

describe('entries from the departments’ November reports', () => {
  it('turns a submitted report’s observations into entries, and a second submission replaces them', async () => {
    const departments = (await api().get('/api/departments').set(as(personas.securityChief))).body.departments;
    const school = departments.find((d: { name: string }) => d.name === 'Barn- och utbildningsförvaltningen').id;
    const form = (await api().get(`/api/cycles/2026/reports/${school}`).set(as(personas.schoolHead))).body;
    const content = (
      observations: { area: string; category: string; description: string; newPhenomenon: boolean }[],
    ) => ({
      situation: 'Hösten har varit lugn.',
      observations,
      actions: form.actions.map((a: { id: string }) => ({ actionId: a.id, progress: 'inProgress', comment: '' })),
      proposals: [],
    });
    const first = await api()
      .put(`/api/cycles/2026/reports/${school}`)
      .set(as(personas.schoolHead))
      .send({
        content: content([
          { area: 'Alléskolan', category: 'Klotter', description: 'Klotter i toaletterna', newPhenomenon: false },
          { area: 'Skolgården', category: 'kameror', description: 'Filmning av lärare', newPhenomenon: true },
        ]),
        submit: true,
      })
      .expect(200);
    const fromReport = async () =>
      (await list({ source: 'department', q: 'Barn- och utbildning', limit: 500 })).entries;
    expect(
      (await fromReport()).map((e: { area: string; category: string; newPhenomenon: boolean }) => [
        e.area,
        e.category,
        e.newPhenomenon,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['Alléskolan', 'klotter', false],
        ['Skolgården', 'ovrigt', true],
      ]),
    );
    await api()
      .put(`/api/cycles/2026/reports/${school}`)
      .set(as(personas.schoolHead))
      .set('If-Match', first.body.etag)
      .send({
        content: content([
          { area: 'Alléskolan', category: 'klotter', description: 'Klotter i toaletterna', newPhenomenon: false },
        ]),
        submit: true,
      })
      .expect(200);
    expect(
      (await fromReport()).filter((e: { area: string }) => ['Alléskolan', 'Skolgården'].includes(e.area)),
    ).toHaveLength(1);
  });
});
