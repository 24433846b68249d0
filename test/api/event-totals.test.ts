import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-12-14T09:00:00+01:00' });
});
afterAll(() => server.close());

describe('one definition of "händelser"', () => {
  it('gives the same total for a year in the agenda, the annual lägesbild and the report to KF: the sum of counts', async () => {
    const api = () => request(server.url);
    await api().post('/api/councils/2026').set(chief).send({ date: '2026-12-10', invitedActorIds: [] }).expect(201);
    // An EST row can stand for several events.
    await api()
      .post('/api/situation/entries')
      .set(chief)
      .send({
        date: '2026-10-03',
        area: 'Torget',
        category: 'skadegorelse',
        source: 'est',
        sourceName: 'EST',
        description: 'Fem krossade rutor',
        count: 5,
      })
      .expect(201);
    const stored = await server.ctx.situationEntries.between('2026-01-01', '2026-12-31', { includeBob: false });
    const sum = stored.reduce((total, entry) => total + entry.count, 0);
    expect(sum).toBeGreaterThan(stored.length);

    const agenda = (await api().get('/api/councils/2026/agenda').set(chief).expect(200)).body;
    expect(agenda.items[0].text).toContain(`omfattar ${sum} registrerade händelser`);
    const annual = (await api().get('/api/situation/annual/2026').set(chief).expect(200)).body;
    const annualSum = JSON.stringify(annual).match(/"byCategory":(\[[^\]]*\])/)![1];
    expect((JSON.parse(annualSum!) as { count: number }[]).reduce((total, row) => total + row.count, 0)).toBe(sum);
    const report = (await api().get('/api/council-reports/2026').set(chief).expect(200)).body;
    expect(JSON.stringify(report)).toContain(`"total":${sum}`);
  });
});
