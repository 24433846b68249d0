import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody, wordHeaderText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);
const chief = as(personas.securityChief);
const registration = (library: string, path: string) => ({ library, path });

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(() => server.close());

describe('registration and retention of the documents (arkivlagen)', () => {
  it('stamps a saved document with its kind’s line of the plan, registers it, keeps the diarienummer in later versions and their header, and no new version once fastställd', async () => {
    const saved = (await api().post('/api/council-reports/2026/document').set(chief).expect(201)).body;
    expect(saved.registration).toEqual({
      diarienummer: null,
      handlingstyp: 'Rapport',
      sekretess: null,
      bevarande: 'bevaras',
      gallringsfrist: null,
      faststalld: null,
    });
    const where = registration(saved.library, saved.path);

    const registered = { ...saved.registration, diarienummer: 'KS 2026/0123', faststalld: '2026-11-20' };
    const put = await api().put('/api/records/documents').query(where).set(chief).send(registered).expect(200);
    expect(put.body.registration).toEqual(registered);
    expect(
      (await api().get('/api/records/documents').query(where).set(as(personas.reader)).expect(200)).body.registration,
    ).toEqual(registered);

    // Registered as fastställd, the document is the adopted record: no new version changes it.
    const refused = await api().post('/api/council-reports/2026/document').set(chief).expect(409);
    expect(refused.body).toMatchObject({
      error: 'locked',
      message:
        'Rapport till kommunfullmäktige 2026.docx är registrerat som fastställt 2026-11-20 och får ingen ny version. Ta bort datumet under Fastställd i dokumentets registrering om det ska göras om.',
    });
    const draft = { ...registered, faststalld: null };
    await api().put('/api/records/documents').query(where).set(chief).send(draft).expect(200);
    const again = (await api().post('/api/council-reports/2026/document').set(chief).expect(201)).body;
    expect(again.registration).toEqual(draft);
    const file = await api()
      .get('/api/council-reports/2026/document')
      .set(chief)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(await wordHeaderText(file.body)).toContain('Dnr KS 2026/0123');
  });

  it('refuses a registration that is gallras without a period or fastställd on a day to come, and one by anyone but the säkerhetschef', async () => {
    const saved = (await api().post('/api/situation/compilations/2026/4/document').set(chief).expect(201)).body;
    expect(saved.registration).toMatchObject({
      handlingstyp: 'Kvartalssammanställning',
      bevarande: 'gallras',
      gallringsfrist: '5 år',
    });
    const where = registration(saved.library, saved.path);
    const refused = await api()
      .put('/api/records/documents')
      .query(where)
      .set(chief)
      .send({ ...saved.registration, gallringsfrist: '' })
      .expect(400);
    expect(refused.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['gallringsfrist']);
    // Adopted on a day still to come is not yet adopted; today is taken.
    const early = await api()
      .put('/api/records/documents')
      .query(where)
      .set(chief)
      .send({ ...saved.registration, faststalld: '2026-11-25' })
      .expect(409);
    expect(early.body).toMatchObject({
      error: 'too_early',
      message:
        'Fastställandet kan inte registreras med datumet 2026-11-25, som inte har kommit än (i dag är det 2026-11-24).',
      issues: [{ field: 'faststalld' }],
    });
    await api()
      .put('/api/records/documents')
      .query(where)
      .set(as(personas.reader))
      .send(saved.registration)
      .expect(403);
    expect((await api().get('/api/records/documents').query(where).set(chief).expect(200)).body.registration).toEqual(
      saved.registration,
    );
    await api()
      .put('/api/records/documents')
      .query(where)
      .set(chief)
      .send({ ...saved.registration, faststalld: '2026-11-24' })
      .expect(200);
  });

  it('shows a BOB document’s registration to the BOB group alone, with its secrecy', async () => {
    const meeting = (
      await api()
        .post('/api/bob/meetings')
        .set(as(personas.municipalCeo))
        .send({ date: '2026-11-10', title: 'Styrgruppsmöte' })
        .expect(201)
    ).body;
    const saved = (
      await api().post(`/api/bob/meetings/${meeting.id}/document`).set(as(personas.municipalCeo)).expect(201)
    ).body;
    expect(saved.registration).toMatchObject({ handlingstyp: 'Minnesanteckningar', sekretess: 'OSL 26 kap. 1 §' });
    const where = registration(saved.library, saved.path);
    const hidden = await api().get('/api/records/documents').query(where).set(as(personas.reader)).expect(404);
    const unknown = await api()
      .get('/api/records/documents')
      .query({ ...where, path: 'Möten/finns inte.docx' })
      .set(as(personas.reader))
      .expect(404);
    expect(hidden.body).toEqual(unknown.body);
  });

  it('dates a decided plan’s document fastställd on the day KS decided it, and keeps a day set by hand', async () => {
    const plan = (await api().get('/api/action-plans/2026').set(chief).expect(200)).body;
    expect(plan.plan.status).toBe('decided');
    const saved = (await api().post('/api/action-plans/2026/document').set(chief).expect(201)).body;
    expect(saved.registration.faststalld).toBe(plan.plan.decision.meetingDate);
    const where = registration(saved.library, saved.path);
    await api()
      .put('/api/records/documents')
      .query(where)
      .set(chief)
      .send({ ...saved.registration, faststalld: '2026-03-01' })
      .expect(200);
    const again = (await api().post('/api/action-plans/2026/document').set(chief).expect(201)).body;
    expect(again.registration.faststalld).toBe('2026-03-01');
  });

  it('lets the säkerhetschef change the plan with its ETag, and new documents follow it', async () => {
    const current = await api().get('/api/records/plan').set(chief).expect(200);
    await api().get('/api/records/plan').set(as(personas.reader)).expect(403);
    const plan = {
      ...current.body.plan,
      actionPlan: { handlingstyp: 'Plan', sekretess: null, bevarande: 'gallras', gallringsfrist: '10 år' },
    };
    await api().put('/api/records/plan').set(chief).send(plan).expect(428);
    await api()
      .put('/api/records/plan')
      .set(chief)
      .set('If-Match', String(current.headers.etag))
      .send({ ...plan, actionPlan: { ...plan.actionPlan, gallringsfrist: null } })
      .expect(400);
    await api()
      .put('/api/records/plan')
      .set(chief)
      .set('If-Match', String(current.headers.etag))
      .send(plan)
      .expect(200);
    await api().post('/api/action-plans/2027').set(chief).send({}).expect(201);
    const saved = (await api().post('/api/action-plans/2027/document').set(chief).expect(201)).body;
    expect(saved.registration).toMatchObject({ handlingstyp: 'Plan', bevarande: 'gallras', gallringsfrist: '10 år' });
  });

  it('registers an imported file, kept as it came, for the säkerhetschef alone', async () => {
    const preview = (
      await api()
        .post('/api/situation/imports/files')
        .query({ fileName: 'est-november.csv' })
        .set(chief)
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from('Datum;Plats;Händelsetyp\n2026-11-02;Torget;Klotter\n', 'utf8'))
        .expect(201)
    ).body;
    const where = registration('importfiler', `${preview.fileId}/est-november.csv`);
    const read = (await api().get('/api/records/documents').query(where).set(chief).expect(200)).body;
    expect(read.registration).toMatchObject({ handlingstyp: 'Importfil', bevarande: 'gallras' });
    const registered = { ...read.registration, diarienummer: 'KS 2026/0456' };
    await api().put('/api/records/documents').query(where).set(chief).send(registered).expect(200);
    expect((await api().get('/api/records/documents').query(where).set(chief).expect(200)).body.registration).toEqual(
      registered,
    );
    await api().get('/api/records/documents').query(where).set(as(personas.reader)).expect(404);
  });
});
