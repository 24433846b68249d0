import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
// The forms the adversarial run got through: a space, an en dash, a no-break space, a zero-width space,
// full-width digits and a samordningsnummer.
const numbers = [
  '850709 9805',
  '19850709 9805',
  '850709–9805',
  '850709\u00A09805',
  '850709\u200B-9805',
  '８５０７０９－９８０５',
  '850769-9802',
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A write through HTTP with a personal identity number in one string field: refused naming the field. */
async function expectRefused(write: request.Test, field: string) {
  const response = await write;
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.body.issues.map((issue: { field: string }) => issue.field)).toContain(field);
  expect(response.body.message).toMatch(/personnummer/);
}

describe('the text policy on every field a person types', () => {
  it('refuses personal identity numbers in names, contacts, reasons, notes, paragraphs, titles and category names', async () => {
    const api = () => request(server.url);
    for (const number of numbers) {
      await expectRefused(
        api()
          .post('/api/departments')
          .set(chief)
          .send({ name: `Förvaltning ${number}` }),
        'name',
      );
      await expectRefused(
        api()
          .post('/api/actors')
          .set(chief)
          .send({ name: 'Polisen', kind: 'police', contact: `kontakt ${number}` }),
        'contact',
      );
      await expectRefused(
        api()
          .patch('/api/cycles/2026/milestones/2026-strategic-council')
          .set(chief)
          .send({ due: '2026-12-09', reason: `p.g.a. ${number}` }),
        'reason',
      );
      await expectRefused(
        api()
          .patch('/api/cycles/2026/milestones/2026-strategic-council')
          .set(chief)
          .send({ done: { doneAt: '2026-11-20', note: number } }),
        'done.note',
      );
      const categories = await api().get('/api/situation/categories').set(chief);
      await expectRefused(
        api()
          .put('/api/situation/categories')
          .set(chief)
          .set('If-Match', categories.body.etag)
          .send({ categories: [...categories.body.categories, { id: 'ny', sv: `Ny ${number}` }] }),
        `categories.${categories.body.categories.length}.sv`,
      );
    }
    const departments = await api().get('/api/departments').set(chief);
    expect(JSON.stringify(departments.body)).not.toMatch(/9805/);
    const cycle = await api().get('/api/cycles/2026').set(chief);
    expect(cycle.body.milestones.find((m: { id: string }) => m.id === '2026-strategic-council').status).not.toBe(
      'done',
    );
  });

  it('keeps numbers with a wrong check digit, and removes characters XML cannot hold', async () => {
    const created = await request(server.url)
      .post('/api/departments')
      .set(chief)
      .send({ name: 'Kultur\uFFFE och fritid 850709 9806' })
      .expect(201);
    expect(created.body.name).toBe('Kultur och fritid 850709 9806');
  });

  it('removes the bidi controls that would turn a name around on screen, and keeps right-to-left text', async () => {
    const created = await request(server.url)
      .post('/api/departments')
      .set(chief)
      .send({ name: 'Fritid \u202Enegrov\u202C och مركز الشباب' })
      .expect(201);
    expect(created.body.name).toBe('Fritid negrov och مركز الشباب');
  });

  it('refuses a lone surrogate, saying what is wrong', async () => {
    const response = await request(server.url)
      .post('/api/departments')
      .set(chief)
      .set('Content-Type', 'application/json')
      .send('{"name":"Kultur \\ud800"}');
    expect(response.status).toBe(400);
    expect(response.body.issues[0].field).toBe('name');
    expect(response.body.message).toMatch(/surrogat/);
  });
});
