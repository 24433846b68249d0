import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);
const chief = as(personas.securityChief);

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(async () => {
  await server.close();
});

describe('the BOB space', () => {
  it('has the BOB group as its members by default: KS ordförande, säkerhetschef, kommundirektör', async () => {
    const body = (await api().get('/api/bob/members').set(as(personas.boardChair)).expect(200)).body;
    expect(body.members.map((m: { displayName: string }) => m.displayName).sort()).toEqual([
      'Anders Holm',
      'Eva Lund',
      'Karin Ek',
    ]);
    expect(body.managedInEntra).toBe(false);
  });

  it('keeps meetings with notes, refuses a personal identity number and a stale ETag, and saves the notes as a Word document', async () => {
    const demo = (await api().get('/api/bob/meetings').set(as(personas.municipalCeo)).expect(200)).body.meetings;
    expect(demo.map((m: { date: string }) => m.date)).toEqual(['2026-11-10', '2026-09-15']);

    const created = await api()
      .post('/api/bob/meetings')
      .set(chief)
      .send({ date: '2026-11-24', title: 'Uppföljning skolan', notes: 'Tidiga signaler i årskurs 8.' })
      .expect(201);
    const personal = await api()
      .put(`/api/bob/meetings/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .send({ date: '2026-11-24', title: 'Uppföljning skolan', notes: 'Gäller 19121212-1212' })
      .expect(400);
    expect(personal.body.issues[0].field).toBe('notes');
    const changed = await api()
      .put(`/api/bob/meetings/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .send({ date: '2026-11-24', title: 'Uppföljning skolan', notes: 'Tidiga signaler i årskurs 8 och 9.' })
      .expect(200);
    await api()
      .put(`/api/bob/meetings/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .send({ date: '2026-11-24', title: 'x' })
      .expect(412);
    const bad = await api().post('/api/bob/meetings').set(chief).send({ date: '24 november', title: '' }).expect(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['date', 'title']);

    const info = await api()
      .post(`/api/bob/meetings/${created.body.id}/document`)
      .set(as(personas.boardChair))
      .expect(201);
    expect(info.body).toMatchObject({ version: '1.0', path: 'Möten/2026-11-24 Uppföljning skolan.docx' });
    const file = await api()
      .get(`/api/bob/meetings/${created.body.id}/document`)
      .set(chief)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = await wordText(file.body as Buffer);
    expect(text).toContain('BOB-styrgruppen 2026-11-24: Uppföljning skolan');
    expect(text).toContain('Tidiga signaler i årskurs 8 och 9.');
    // Saving the document recorded where it is, so the meeting has a newer ETag than the one changed above.
    await api()
      .delete(`/api/bob/meetings/${changed.body.id}`)
      .set(chief)
      .set('If-Match', changed.body.etag)
      .expect(412);
    const current = (await api().get('/api/bob/meetings').set(chief).expect(200)).body.meetings.find(
      (m: { id: string }) => m.id === changed.body.id,
    );
    expect(current.documentPath).toBe(info.body.path);
    await api().delete(`/api/bob/meetings/${current.id}`).set(chief).set('If-Match', current.etag).expect(204);
  });

  it('keeps documents in the BOB library, a new version for the same name', async () => {
    const upload = (content: string) =>
      api()
        .post('/api/bob/documents')
        .query({ fileName: 'Lägesrapport BOB.docx' })
        .set(as(personas.municipalCeo))
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from(content));
    expect((await upload('första').expect(201)).body.version).toBe('1.0');
    expect((await upload('andra').expect(201)).body.version).toBe('2.0');
    const list = (await api().get('/api/bob/documents').set(chief).expect(200)).body.documents;
    expect(list).toEqual([expect.objectContaining({ name: 'Lägesrapport BOB.docx', version: '2.0' })]);
    const file = await api()
      .get(`/api/bob/documents/${encodeURIComponent('Lägesrapport BOB.docx')}`)
      .set(chief)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(Buffer.from(file.body as Buffer).toString()).toBe('andra');
  });

  it('answers everyone outside the group as if it did not exist, signed in or not', async () => {
    const unknown = await api().get('/api/bob-finns-inte').set(as(personas.reader)).expect(404);
    for (const persona of [personas.police, personas.reader, personas.socialHead, personas.schoolHead]) {
      const response = await api().get('/api/bob/meetings').set(as(persona)).expect(404);
      expect(response.body).toEqual({
        ...unknown.body,
        message: 'Adressen GET /api/bob/meetings finns inte.',
        messageEn: 'The address GET /api/bob/meetings does not exist.',
      });
      await api().post('/api/bob/meetings').set(as(persona)).send({ date: '2026-11-24', title: 'x' }).expect(404);
    }
    await api().get('/api/bob/members').expect(404);
    expect((await api().get('/api/bob/meetings').set(chief).expect(200)).body.meetings).toHaveLength(2);
  });

  it('lets the group change who is in it in local mode, and the change takes effect at once', async () => {
    const bad = await api().put('/api/bob/members').set(chief).send({ objectIds: [] }).expect(400);
    expect(bad.body.issues[0].field).toBe('objectIds');
    const members = [personas.securityChief, personas.municipalCeo, personas.boardChair, personas.schoolHead];
    const body = (await api().put('/api/bob/members').set(chief).send({ objectIds: members }).expect(200)).body;
    expect(body.members.map((m: { displayName: string }) => m.displayName)).toContain('Maria Berg');
    await api().get('/api/bob/meetings').set(as(personas.schoolHead)).expect(200);
    expect((await api().get('/api/me').set(as(personas.schoolHead)).expect(200)).body.can.seeBob).toBe(true);
    await api()
      .put('/api/bob/members')
      .set(chief)
      .send({ objectIds: members.slice(0, 3) })
      .expect(200);
    await api().get('/api/bob/meetings').set(as(personas.schoolHead)).expect(404);
  });
});
