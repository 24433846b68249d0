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

describe('a year in an address', () => {
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
});
