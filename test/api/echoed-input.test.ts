import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);
const chief = as(personas.securityChief);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** What a refusal may quote of the caller: short, on one line, nothing that turns the text around. */
function expectShortAndPlain(body: { message: string; messageEn: string; issues?: unknown[] }) {
  expect(JSON.stringify(body).length).toBeLessThan(3_000);
  for (const text of [body.message, body.messageEn]) {
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\n\r]/);
    expect(text).not.toContain('(hela)');
  }
}

async function department() {
  const { departments } = (await api().get('/api/departments').set(chief).expect(200)).body;
  return departments[0] as { id: string; etag: string };
}

describe('what a refusal quotes of the request', () => {
  it('names an unknown field of any length shortly, at most five of thousands, and never reversed', async () => {
    const { id, etag } = await department();
    const patch = (body: object) =>
      api().patch(`/api/departments/${id}`).set(chief).set('If-Match', etag).send(body).expect(400);

    const long = (await patch({ ['k'.repeat(50_000)]: 1 })).body;
    expectShortAndPlain(long);
    expect(long.message).toBe(`Ogiltigt värde i innehållet: okända fält: ${'k'.repeat(39)}…`);

    const many = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`fält${i}`, i]));
    const manyBody = (await patch(many)).body;
    expectShortAndPlain(manyBody);
    expect(manyBody.message).toContain('fält0, fält1, fält2, fält3, fält4 och 2995 till');
    expect(manyBody.messageEn).toContain('fält0, fält1, fält2, fält3, fält4 and 2995 more');

    const turned = (await patch({ 'namn\u202Eevil\nrad två': 1 })).body;
    expectShortAndPlain(turned);
    expect(turned.message).toContain('namnevil rad två');
  });

  it('lists at most a hundred of thousands of refused values, the first in the message', async () => {
    const response = await api()
      .post('/api/actors')
      .set(chief)
      .send({ name: 'Aktör', kind: 'other', memberIds: Array.from({ length: 5_000 }, () => '19121212-1212') })
      .expect(400);
    expect(response.body.issues).toHaveLength(100);
    expect(response.body.message).toContain('memberIds.0: texten innehåller ett personnummer');
  });

  it('refuses an id longer than any id with a 400 or a 401, before anything looks it up', async () => {
    const id = 'z'.repeat(300);
    for (const [url, field, body] of [
      ['/api/agreements', 'actorId', { actorId: id, title: 'Samverkan', signedOn: '2026-06-01' }],
      ['/api/action-plans/2026/actions', 'actorId', { title: 'Åtgärd', part: 1, actorId: id }],
      ['/api/action-plans/2026/actions', 'departmentId', { title: 'Åtgärd', part: 1, departmentId: id }],
    ] as const) {
      const response = await api().post(url).set(chief).send(body);
      expect(response.status, url).toBe(400);
      expect(response.body.message, url).toMatch(new RegExp(`^Ogiltigt värde i innehållet: ${field}: `));
    }
    // The demo sign-in looks the person up by the header: an id longer than any names nobody.
    expect((await api().get('/api/me').set('X-Dev-Persona', id).expect(401)).body.error).toBe('unauthorized');
  });

  it('quotes a long address, sign-in or JSON text shortly', async () => {
    const address = (
      await api()
        .get(`/api/${'x'.repeat(8_000)}`)
        .set(chief)
        .expect(404)
    ).body;
    expectShortAndPlain(address);
    expect(address.message).toMatch(/^Adressen GET \/api\/x+… finns inte\.$/);

    const persona = (await api().get('/api/me').set('X-Dev-Persona', 'y'.repeat(5_000)).expect(401)).body;
    expectShortAndPlain(persona);

    const json = await api()
      .post('/api/departments')
      .set(chief)
      .set('Content-Type', 'application/json')
      .send(`{"name": "${'a'.repeat(5_000)}\u202E`)
      .expect(400);
    expectShortAndPlain(json.body);
  });

  it('quotes a cell of an imported file shortly when it is refused', async () => {
    const cell = `2026\u202E${'9'.repeat(30_000)}`;
    const header = `Datum\u202E${'d'.repeat(30_000)}`;
    const csv = Buffer.from(
      `${header};Plats;Händelsetyp;Beskrivning;Antal\n${cell};Torget;Klotter;Klotter på väggen;${cell}\n`,
    );
    const preview = (
      await api()
        .post('/api/situation/imports/files')
        .query({ fileName: 'lång-cell.csv' })
        .set(chief)
        .set('Content-Type', 'application/octet-stream')
        .send(csv)
        .expect(201)
    ).body;
    const check = await api()
      .post('/api/situation/imports/check')
      .set(chief)
      .send({
        fileId: preview.fileId,
        source: 'est',
        mapping: { date: 0, area: 1, category: 2, description: 3, count: 4 },
      })
      .expect(200);
    expect(check.body.errorCount).toBe(1);
    const [error] = check.body.errors as { column: string; sv: string; en: string }[];
    expect(error!.sv).toMatch(/^”20269+…” är inget datum/);
    expect(error!.column).toMatch(/^Datumd+…$/);
    expect(JSON.stringify(check.body.errors).length).toBeLessThan(1_000);
  });

  it('shows a file’s header, cells and name without the controls that turn text around, and maps its words as read', async () => {
    const turn = '\u202E';
    const csv = Buffer.from(
      `Datum;Plats${turn}ästa;Händelsetyp;Beskrivning;Antal\n2026-11-02;Torget${turn}gäv;Klot${turn}ter;Text${turn}mer;1\n`,
    );
    const { body } = await api()
      .post('/api/situation/imports/files')
      .query({ fileName: `rapport${turn}vsc.csv` })
      .set(chief)
      .set('Content-Type', 'application/octet-stream')
      .send(csv)
      .expect(201);
    expect(body.fileName).toBe('rapportvsc.csv');
    expect(body.columns[1]).toBe('Platsästa');
    expect(body.sample[0]).toEqual(['2026-11-02', 'Torgetgäv', 'Klotter', 'Textmer', '1']);
    const { distinctValues, ...shown } = body;
    expect(JSON.stringify(shown)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // The mapping of category words is keyed by the file's own word, so that one stays as the file has it.
    expect(distinctValues['2']).toEqual([`Klot${turn}ter`]);
  });
});
