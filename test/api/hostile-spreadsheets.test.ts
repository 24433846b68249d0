import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { rawXlsx, sheetXml } from '../support/raw-xlsx.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const upload = (bytes: Buffer, fileName = 'est.xlsx') =>
  request(server.url)
    .post('/api/situation/imports/files')
    .query({ fileName })
    .set(chief)
    .set('Content-Type', 'application/octet-stream')
    .send(bytes);

/** Polls liveness every 10 ms while `work` runs; the answer times in ms. */
async function pollWhile(work: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void work.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    await request(server.url).get('/api/health').expect(200);
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return times.sort((a, b) => a - b);
}

describe('spreadsheets made to stall the service', () => {
  it('refuses a sheet with a cell in column XFD on every row, naming the limit, while other requests are answered', async () => {
    const rows = Array.from({ length: 500 }, (_, i): [string, string][] => [
      [`A${i + 1}`, `rad ${i}`],
      [`XFD${i + 1}`, 'x'],
    ]);
    const bytes = await rawXlsx(sheetXml(rows));
    expect(bytes.length).toBeLessThan(20_000);
    const refused = upload(bytes).then((answer) => answer);
    const polls = await pollWhile(refused);
    const response = await refused;
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/kolumn XFD.*högst 200 kolumner/);
    expect(response.body.messageEn).toMatch(/column XFD/);
    // The issue's own yardstick for "other requests keep their latency": p99 of the polls under 200 ms.
    expect(polls[Math.floor(polls.length * 0.99)] ?? 0).toBeLessThan(200);
  });

  it('refuses a zip bomb by the size it unpacks to, before parsing it', async () => {
    const filler = `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(1024 * 1024)}</t></is></c></row>`;
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${filler.repeat(110)}</sheetData></worksheet>`;
    const bytes = await rawXlsx(sheet);
    expect(bytes.length).toBeLessThan(1_000_000);
    const response = await upload(bytes);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/för stor för en import \(\d+ MB uppackad\)/);
  });

  it('still reads an ordinary sheet, with the cells where they are', async () => {
    const bytes = await rawXlsx(
      sheetXml([
        [
          ['A1', 'Datum'],
          ['B1', 'Plats'],
          ['C1', 'Kategori'],
          ['E1', 'Antal'],
        ],
        [
          ['A2', '2026-10-03'],
          ['B2', 'Torget'],
          ['C2', 'Klotter'],
          ['E2', '2'],
        ],
      ]),
    );
    const response = await upload(bytes).expect(201);
    expect(response.body.columns).toEqual(['Datum', 'Plats', 'Kategori', '', 'Antal']);
  });
});
