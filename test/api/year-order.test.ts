import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
let server: TestServer;
const api = () => request(server.url);

// 30 November: the council is planned for 10 December, so nothing about it can have happened yet.
beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-30T09:00:00+01:00' });
});
afterAll(() => server.close());

describe('nothing is recorded before it has happened', () => {
  it('refuses minutes before the council’s day, and the council stays not held', async () => {
    const planned = await api()
      .post('/api/councils/2026')
      .set(chief)
      .send({ date: '2026-12-10', invitedActorIds: [] })
      .expect(201);
    const refused = await api()
      .put('/api/councils/2026/minutes')
      .set(chief)
      .set('If-Match', planned.body.etag)
      .send({ attendingActorIds: [], decisions: [], commitments: [], notes: 'För tidigt' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'too_early', message: expect.stringContaining('2026-12-10') });
    const cycle = (await api().get('/api/cycles/2026').set(chief).expect(200)).body;
    expect(cycle.milestones.find((m: { id: string }) => m.id === '2026-strategic-council').status).not.toBe('done');
    const report = (await api().get('/api/council-reports/2026').set(chief).expect(200)).body;
    expect(JSON.stringify(report)).not.toMatch(/Rådet hölls 2026-12-10/);
  });

  it('refuses a milestone marked done on a day still to come, naming the field', async () => {
    const refused = await api()
      .patch('/api/cycles/2026/milestones/2026-strategic-council')
      .set(chief)
      .send({ done: { doneAt: '2026-12-10' } });
    expect(refused.status).toBe(409);
    expect(refused.body.issues[0].field).toBe('done.doneAt');
    await api()
      .patch('/api/cycles/2026/milestones/2026-council-preparation')
      .set(chief)
      .send({ done: { doneAt: '2026-11-30', note: 'Klar' } })
      .expect(200);
  });

  it('refuses by hand what the app would refuse: a quarter before its end, the council before its day, a year not over', async () => {
    const mark = (id: string, doneAt: string) =>
      api().patch(`/api/cycles/2026/milestones/${id}`).set(chief).send({ done: { doneAt } });
    const cases = [
      [
        '2026-est-police-compilation-q4',
        'Sammanställning av EST och polisens statistik, kvartal 4 kan markeras som klar från och med 2027-01-01, när kvartalet är slut.',
      ],
      ['2026-strategic-council', 'Strategiskt råd kan markeras som klar från och med 2026-12-10, rådets dag.'],
      [
        '2026-annual-situation-picture',
        'Årlig lägesbild kan markeras som klar från och med 2027-01-01, när året är slut.',
      ],
      [
        '2026-council-report',
        'Rapport till kommunfullmäktige kan markeras som klar från och med 2027-01-01, när året är slut.',
      ],
    ] as const;
    for (const [id, message] of cases) {
      const refused = await mark(id, '2026-11-30').expect(409);
      expect(refused.body).toMatchObject({ error: 'too_early', message, issues: [{ field: 'done.doneAt' }] });
    }
    const cycle = (await api().get('/api/cycles/2026').set(chief).expect(200)).body;
    const byId = Object.fromEntries(cycle.milestones.map((m: { id: string }) => [m.id, m]));
    for (const [id] of cases) expect(byId[id].status).not.toBe('done');
    // Each says from when, for the tab's date picker; what may be done whenever says nothing.
    expect(byId['2026-est-police-compilation-q4'].completableFrom).toBe('2027-01-01');
    expect(byId['2026-strategic-council'].completableFrom).toBe('2026-12-10');
    expect(byId['2026-council-preparation'].completableFrom).toBeNull();

    // The third quarter ended on 30 September: its compilation done on 1 October, not on the 30th.
    await mark('2026-est-police-compilation-q3', '2026-09-30').expect(409);
    await mark('2026-est-police-compilation-q3', '2026-10-01').expect(200);
  });
});
