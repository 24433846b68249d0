import { describe, expect, it } from 'vitest';
import { actorsMax } from '../../api/domain/organisation.js';
import { apiOnDate } from '../support/api-on-date.js';

const { api, chief } = apiOnDate('2026-11-24T09:00:00+01:00');

type Actor = { id: string; etag: string; name: string };
const actors = async () => (await api().get('/api/actors').set(chief).expect(200)).body.actors as Actor[];

describe('the list of actors', () => {
  it('holds as many actors as a warning sign may name, refuses one more with why, and takes one after one goes', async () => {
    for (let n = (await actors()).length; n < actorsMax; n += 1)
      await api()
        .post('/api/actors')
        .set(chief)
        .send({ name: `Förening ${n}`, kind: 'civilSociety' })
        .expect(201);
    const all = await actors();
    expect(all).toHaveLength(actorsMax);

    const refused = await api().post('/api/actors').set(chief).send({ name: 'En till', kind: 'other' }).expect(409);
    expect(refused.body).toEqual({
      error: 'list_full',
      message: 'Listan rymmer högst 100 aktörer. Ta bort en för att lägga till en ny.',
      messageEn: 'The list holds at most 100 actors. Remove one to add another.',
    });
    expect(await actors()).toHaveLength(actorsMax);

    // Every actor ticked on one warning sign of a plan is taken.
    const plan = (await api().post('/api/action-plans/2027').set(chief).send({}).expect(201)).body;
    const saved = await api()
      .put('/api/action-plans/2027/parts/2')
      .set(chief)
      .set('If-Match', plan.parts[2].etag)
      .send({ signs: [{ id: 's1', sign: 'Skolk', actorIds: all.map((actor) => actor.id) }] })
      .expect(200);
    expect(saved.body.parts[2].content.signs[0].actorIds).toHaveLength(actorsMax);

    const last = all.find((actor) => actor.name === `Förening ${actorsMax - 1}`)!;
    await api().delete(`/api/actors/${last.id}`).set(chief).set('If-Match', last.etag).expect(204);
    await api().post('/api/actors').set(chief).send({ name: 'En till', kind: 'other' }).expect(201);
  });

  it('is the one organisation list whose description names the refusal of a full list', async () => {
    const paths = (await api().get('/api/openapi.json').set(chief).expect(200)).body.paths;
    expect(paths['/api/actors'].post.responses['409'].description).toBe('Listan rymmer högst 100 aktörer');
    expect(paths['/api/departments'].post.responses['409']).toBeUndefined();
  });
});
