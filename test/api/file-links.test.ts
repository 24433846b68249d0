import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody, wordText } from '../support/binary.js';
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

/** The tab opens files through links (no blob URLs): the API says where a file lives and gives a download link. */
describe('links to files', () => {
  it('in local mode there is no SharePoint address: the link downloads the same bytes without any sign-in header', async () => {
    const chief = as(personas.securityChief);
    const meeting = await api()
      .post('/api/bob/meetings')
      .set(chief)
      .send({ date: '2026-11-20', title: 'Läget i centrum' })
      .expect(201);
    await api().post(`/api/bob/meetings/${meeting.body.id}/document`).set(chief).expect(201);
    const address = `/api/bob/meetings/${meeting.body.id}/document`;
    const link = await api().get(address).set(chief).set('X-Open-As', 'link').expect(200);
    expect(link.body).toEqual({ webUrl: null, downloadUrl: expect.stringMatching(new RegExp(`^${address}\\?dl=`)) });

    const file = await api().get(link.body.downloadUrl).buffer(true).parse(binaryBody).expect(200);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('2026-11-20 Läget i centrum.docx')}`,
    );
    expect(await wordText(file.body as Buffer)).toContain('Läget i centrum');
  });

  it('a link is for its own address only, and a changed or missing ticket is refused with a clear error', async () => {
    const chief = as(personas.securityChief);
    const link = (await api().get('/api/cycles/2026/calendar.ics').set(chief).set('X-Open-As', 'link').expect(200)).body
      .downloadUrl as string;
    const ticket = new URL(link, server.url).searchParams.get('dl')!;
    const other = await api().get(`/api/cycles/2027/calendar.ics?dl=${ticket}`).expect(401);
    expect(other.body).toMatchObject({ error: 'link_expired', message: expect.stringMatching(/Länken har gått ut/) });
    await api()
      .get(`/api/cycles/2026/calendar.ics?dl=${ticket.slice(0, -2)}xx`)
      .expect(401);
    await api().get('/api/cycles/2026/calendar.ics').expect(401);
    await api().get(link).expect(200);
  });

  it('BOB stays hidden: outside the group there is no link, and a ticket never opens a write', async () => {
    const meetings = (await api().get('/api/bob/meetings').set(as(personas.securityChief)).expect(200)).body
      .meetings as { id: string }[];
    const address = `/api/bob/meetings/${meetings[0]!.id}/document`;
    await api().get(address).set(as(personas.reader)).set('X-Open-As', 'link').expect(404);
    const link = (
      await api().get('/api/cycles/2026/calendar.ics').set(as(personas.reader)).set('X-Open-As', 'link').expect(200)
    ).body.downloadUrl as string;
    const ticket = new URL(link, server.url).searchParams.get('dl')!;
    await api().get(`${address}?dl=${ticket}`).expect(404);
    await api().post(`/api/actors?dl=${ticket}`).send({ name: 'X', kind: 'other' }).expect(401);
  });
});
