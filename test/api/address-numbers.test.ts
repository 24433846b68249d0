import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const chief = as(personas.securityChief);

beforeAll(async () => {
  server = await startTestServer({ now: '2026-12-14T09:00:00+01:00' });
});
afterAll(() => server.close());

describe('numbers in an address or a query', () => {
  it('is four digits, as the tab writes it, and says which years there are', async () => {
    await request(server.url).get('/api/action-plans/2026').set(chief).expect(200);
    for (const year of ['0x7EA', '+2026', '2026.0', '02026', '1e3', '2026abc']) {
      const refused = await request(server.url).get(`/api/action-plans/${year}`).set(chief).expect(400);
      expect(refused.body.message, year).toBe(
        'Ogiltigt värde i sökvägen: year: ange ett årtal med fyra siffror, till exempel 2026',
      );
    }
    for (const year of ['1999', '2101']) {
      const refused = await request(server.url).get(`/api/cycles/${year}`).set(chief).expect(400);
      expect(refused.body.message, year).toBe('Ogiltigt värde i sökvägen: year: ange ett år från 2000 till 2100');
      expect(refused.body.messageEn, year).toBe('Invalid value in the path: year: give a year from 2000 to 2100');
    }
  });

  it('takes a quarter, a part and a page as the digits the tab writes', async () => {
    await request(server.url).get('/api/situation/compilations/2026/3').set(chief).expect(200);
    for (const quarter of ['0x3', '3.0', '+3', '03', '5']) {
      const refused = await request(server.url)
        .get(`/api/situation/compilations/2026/${quarter}`)
        .set(chief)
        .expect(400);
      expect(refused.body.message, quarter).toBe('Ogiltigt värde i sökvägen: quarter: ange kvartal 1–4');
    }
    const part = await request(server.url)
      .put('/api/action-plans/2026/parts/0x1')
      .set(chief)
      .set('If-Match', '"1,1"')
      .send({ content: {} })
      .expect(400);
    expect(part.body.message).toBe('Ogiltigt värde i sökvägen: part: ange del 1–4');
    const page = (limit: string) => request(server.url).get('/api/situation/entries').query({ limit }).set(chief);
    expect((await page('5')).body.entries).toHaveLength(5);
    for (const limit of ['0x10', '1e2', '10.0', '-1']) {
      expect((await page(limit)).body.message, limit).toBe(
        'Ogiltigt värde i frågeparametrarna: limit: ange ett heltal med siffror',
      );
    }
    expect((await page('501')).body.message).toBe('Ogiltigt värde i frågeparametrarna: limit: högst 500');
  });
});
