import { describe, expect, it } from 'vitest';
import { apiOnDate } from '../support/api-on-date.js';

const { api, chief } = apiOnDate('2026-11-24T09:00:00+01:00');

type Item = { id: string; etag: string; name: string };
const listed = async (path: string, key: string) => (await api().get(path).set(chief).expect(200)).body[key] as Item[];
const remove = (path: string, item: Item) => api().delete(`${path}/${item.id}`).set(chief).set('If-Match', item.etag);

describe('removing a department or an actor', () => {
  it('refuses a department the year’s reports, actions and entries name, and keeps it; one named by nothing goes', async () => {
    const social = (await listed('/api/departments', 'departments')).find((d) => d.name === 'Socialförvaltningen')!;
    const refused = await remove('/api/departments', social).expect(409);
    expect(refused.body).toEqual({
      error: 'in_use',
      message:
        'Förvaltningen har rapporter, åtgärder eller poster i lägesbilden och kan inte tas bort. Byt namn på den i stället.',
      messageEn:
        'The department has reports, actions or entries of the situation picture and cannot be removed. Rename it instead.',
    });
    expect((await listed('/api/departments', 'departments')).map((d) => d.id)).toContain(social.id);
    const report = await api().get(`/api/cycles/2026/reports/${social.id}`).set(chief).expect(200);
    expect(report.body.department.name).toBe('Socialförvaltningen');

    const fresh = (await api().post('/api/departments').set(chief).send({ name: 'Tillfällig förvaltning' }).expect(201))
      .body as Item;
    await remove('/api/departments', fresh).expect(204);
  });

  it('refuses an actor the plan, the lägesbild, an agreement or the council’s material names; one named by nothing goes', async () => {
    const police = (await listed('/api/actors', 'actors')).find((a) => a.name.startsWith('Polisen'))!;
    expect((await remove('/api/actors', police).expect(409)).body.error).toBe('in_use');
    const fresh = (
      await api().post('/api/actors').set(chief).send({ name: 'Tillfällig aktör', kind: 'other' }).expect(201)
    ).body as Item;
    await remove('/api/actors', fresh).expect(204);
  });

  it('refuses an actor the council’s minutes name as present or committed', async () => {
    const create = async (name: string) =>
      (await api().post('/api/actors').set(chief).send({ name, kind: 'business' }).expect(201)).body as Item;
    const present = await create('Närvarande aktör');
    const committed = await create('Åtagande aktör');
    const council = await api()
      .post('/api/councils/2026')
      .set(chief)
      .send({ date: '2026-11-20', place: 'Kommunhuset' })
      .expect(201);
    await api()
      .put('/api/councils/2026/minutes')
      .set(chief)
      .set('If-Match', council.headers.etag ?? council.body.etag)
      .send({
        attendingActorIds: [present.id],
        commitments: [{ id: 'c1', actorId: committed.id, what: 'Fler vuxna ute på fredagar' }],
      })
      .expect(200);
    for (const actor of [present, committed]) {
      const refused = await remove('/api/actors', actor).expect(409);
      expect(refused.body.message).toBe(
        'Aktören har åtgärder, poster i lägesbilden, överenskommelser eller är med i ett strategiskt råd och kan inte tas bort. Byt namn på den i stället.',
      );
    }
  });
});
