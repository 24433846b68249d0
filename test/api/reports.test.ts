import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let socialId: string;
let schoolId: string;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
  const { body } = await request(server.url).get('/api/departments').set(as(personas.securityChief));
  socialId = body.departments.find((d: { name: string }) => d.name === 'Socialförvaltningen').id;
  schoolId = body.departments.find((d: { name: string }) => d.name === 'Barn- och utbildningsförvaltningen').id;
});
afterAll(async () => {
  await server.close();
});

async function formOf(departmentId: string, persona = personas.socialHead) {
  return (await request(server.url).get(`/api/cycles/2026/reports/${departmentId}`).set(as(persona)).expect(200)).body;
}

function contentFor(actions: { id: string }[]) {
  return {
    situation: 'Ökad oro kring stationsområdet på kvällstid; fler orosanmälningar under hösten.',
    observations: [
      { area: 'Stationsområdet', category: 'otrygg plats', description: 'Dålig belysning', newPhenomenon: true },
    ],
    actions: actions.map((a, i) => ({ actionId: a.id, progress: i === 0 ? 'done' : 'inProgress', comment: '' })),
    proposals: ['Fältassistenter fredagskvällar'],
  };
}

describe('department reports through the API', () => {
  it('shows the head the department’s actions of the current plan and an empty report', async () => {
    const form = await formOf(socialId);
    expect(form).toMatchObject({
      year: 2026,
      due: '2026-11-30',
      department: { name: 'Socialförvaltningen' },
      status: 'notStarted',
      content: null,
      canChange: true,
    });
    expect(form.actions.map((a: { title: string }) => a.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('SSPF'), expect.stringContaining('Föräldrastöd')]),
    );
  });

  it('lets only the department’s own head write it, and keeps others out', async () => {
    const form = await formOf(socialId);
    const body = { content: contentFor(form.actions) };
    await request(server.url)
      .put(`/api/cycles/2026/reports/${socialId}`)
      .set(as(personas.schoolHead))
      .send(body)
      .expect(403);
    await request(server.url)
      .put(`/api/cycles/2026/reports/${socialId}`)
      .set(as(personas.securityChief))
      .send(body)
      .expect(403);
    await request(server.url).get(`/api/cycles/2026/reports/${socialId}`).set(as(personas.schoolHead)).expect(403);
    await request(server.url).get(`/api/cycles/2026/reports/${socialId}`).set(as(personas.police)).expect(403);
    await request(server.url).get('/api/cycles/2026/reports').set(as(personas.police)).expect(403);
  });

  it('refuses a submission without a status for every action, naming what is missing, and stores nothing', async () => {
    const form = await formOf(schoolId, personas.schoolHead);
    const content = { ...contentFor(form.actions), actions: [] };
    const response = await request(server.url)
      .put(`/api/cycles/2026/reports/${schoolId}`)
      .set(as(personas.schoolHead))
      .send({ content, submit: true })
      .expect(400);
    expect(response.body.issues.map((i: { field: string }) => i.field)).toEqual(
      form.actions.map((a: { id: string }) => `actions.${a.id}`),
    );
    const empty = await request(server.url)
      .put(`/api/cycles/2026/reports/${schoolId}`)
      .set(as(personas.schoolHead))
      .send({ content: { ...content, situation: '' } })
      .expect(400);
    expect(empty.body.issues[0]).toMatchObject({
      field: 'content.situation',
      message: 'beskriv förvaltningens lägesbild',
    });
    const personal = await request(server.url)
      .put(`/api/cycles/2026/reports/${schoolId}`)
      .set(as(personas.schoolHead))
      .send({ content: { ...content, situation: 'Eleven 19900101-0017 har setts vid stationen' } })
      .expect(400);
    expect(personal.body.issues[0]).toMatchObject({
      field: 'content.situation',
      message: expect.stringContaining('personnummer'),
      messageEn: expect.stringContaining('personal identity number'),
    });
    expect((await formOf(schoolId, personas.schoolHead)).status).toBe('notStarted');
  });

  it('takes no report, not even a draft, for a year that has not begun, and says from when', async () => {
    const next = (
      await request(server.url).get(`/api/cycles/2027/reports/${socialId}`).set(as(personas.socialHead)).expect(200)
    ).body;
    expect(next).toMatchObject({ year: 2027, opensOn: '2027-01-01', canChange: false, status: 'notStarted' });
    expect((await formOf(socialId)).opensOn).toBe('2026-01-01');
    for (const submit of [false, true]) {
      const refused = await request(server.url)
        .put(`/api/cycles/2027/reports/${socialId}`)
        .set(as(personas.socialHead))
        .send({ content: contentFor([]), submit, ...(submit ? { submissionId: 'card-2027-early' } : {}) })
        .expect(409);
      expect(refused.body).toMatchObject({
        error: 'too_early',
        message: 'Rapporten för 2027 kan skrivas från och med 2027-01-01, när året den gäller har börjat.',
        issues: [{ field: 'year' }],
      });
    }
    expect(
      (await request(server.url).get(`/api/cycles/2027/reports/${socialId}`).set(as(personas.socialHead))).body.status,
    ).toBe('notStarted');
  });

  it('saves a draft, then submits once even when the same submission arrives twice', async () => {
    const form = await formOf(socialId);
    const draft = await request(server.url)
      .put(`/api/cycles/2026/reports/${socialId}`)
      .set(as(personas.socialHead))
      .send({ content: { ...contentFor(form.actions), actions: [] } })
      .expect(200);
    expect(draft.body.status).toBe('draft');
    const overview = await request(server.url)
      .get('/api/cycles/2026/reports')
      .set(as(personas.securityChief))
      .expect(200);
    expect(overview.body.departments.find((d: { departmentId: string }) => d.departmentId === socialId).state).toBe(
      'draft',
    );

    const submission = { content: contentFor(form.actions), submit: true, submissionId: 'card-7f3c9a21' };
    const put = () => request(server.url).put(`/api/cycles/2026/reports/${socialId}`).set(as(personas.socialHead));
    const unguarded = await put().send(submission).expect(428);
    expect(unguarded.body.error).toBe('precondition_required');
    expect((await formOf(socialId)).status).toBe('draft');
    const first = await put().set('If-Match', draft.body.etag).send(submission).expect(200);
    const second = await put().set('If-Match', draft.body.etag).send(submission).expect(200);
    expect(first.body).toMatchObject({
      status: 'submitted',
      submittedBy: 'Alex Wilber',
      submittedAt: '2026-11-24T08:00:00.000Z',
    });
    expect(second.body.etag).toBe(first.body.etag);
    const rows = await server.ctx.store.queryItems('departmentReports', {
      filters: [{ field: 'departmentId', op: 'eq', value: socialId }],
    });
    expect(rows.items).toHaveLength(1);

    const cycle = await request(server.url).get('/api/cycles/2026').set(as(personas.securityChief));
    const report = cycle.body.milestones.find((m: { kind: string }) => m.kind === 'department-report');
    expect(report.departments.find((d: { departmentId: string }) => d.departmentId === socialId).state).toBe(
      'submitted',
    );
    expect(report.status).toBe('dueSoon');
  });

  it('answers a stale If-Match with 412 and lets a reader see submitted reports only', async () => {
    const form = await formOf(socialId);
    await request(server.url)
      .put(`/api/cycles/2026/reports/${socialId}`)
      .set(as(personas.socialHead))
      .set('If-Match', '"1,1"')
      .send({ content: form.content })
      .expect(412);
    await request(server.url).get(`/api/cycles/2026/reports/${socialId}`).set(as(personas.reader)).expect(200);
    await request(server.url).get(`/api/cycles/2026/reports/${schoolId}`).set(as(personas.reader)).expect(403);
    const mine = await request(server.url).get('/api/cycles/2026/reports').set(as(personas.socialHead)).expect(200);
    expect(mine.body.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([socialId]);
  });
});

describe('the Word document of all reports', () => {
  it('holds every department, the submitted report’s content and each action’s status; säkerhetschef only', async () => {
    await request(server.url).get('/api/cycles/2026/reports.docx').set(as(personas.socialHead)).expect(403);
    const response = await request(server.url)
      .get('/api/cycles/2026/reports.docx')
      .set(as(personas.securityChief))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(response.headers['content-disposition']).toContain('forvaltningsrapporter-askersund-2026.docx');
    const text = await wordText(response.body as Buffer);
    for (const name of ['Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Folkhälsoteamet'])
      expect(text).toContain(name);
    expect(text).toContain('Ökad oro kring stationsområdet');
    expect(text).toContain('Stationsområdet – otrygg plats (ny typ av händelse eller fenomen)');
    expect(text).toContain('Genomförd');
    expect(text).toContain('Fältassistenter fredagskvällar');
    expect(text).toContain('Rapporten har inte lämnats in');
  });
});

describe('the compiled reports in their library', () => {
  it('is kept as a new version each time, for the säkerhetschef to save and readers to open', async () => {
    await request(server.url).post('/api/cycles/2026/reports/document').set(as(personas.socialHead)).expect(403);
    const first = await request(server.url)
      .post('/api/cycles/2026/reports/document')
      .set(as(personas.securityChief))
      .expect(201);
    const second = await request(server.url)
      .post('/api/cycles/2026/reports/document')
      .set(as(personas.securityChief))
      .expect(201);
    expect(first.body).toMatchObject({ version: '1.0', path: '2026/Förvaltningsrapporter 2026.docx' });
    expect(second.body.version).toBe('2.0');
    const stored = await server.ctx.store.getFile('forvaltningsrapporter', '2026/Förvaltningsrapporter 2026.docx');
    expect(await wordText(Buffer.from(stored!.content))).toContain('Socialförvaltningen');
  });
});

describe('after the deadline', () => {
  it('keeps a submitted report locked and shows late departments', async () => {
    const late = await startTestServer({ now: '2026-12-02T09:00:00+01:00', dataDir: server.dataDir });
    try {
      const form = (
        await request(late.url).get(`/api/cycles/2026/reports/${socialId}`).set(as(personas.socialHead)).expect(200)
      ).body;
      expect(form.canChange).toBe(false);
      const refused = await request(late.url)
        .put(`/api/cycles/2026/reports/${socialId}`)
        .set(as(personas.socialHead))
        .send({ content: form.content, submit: true })
        .expect(409);
      expect(refused.body.message).toContain('sista dagen');
      const overview = await request(late.url)
        .get('/api/cycles/2026/reports')
        .set(as(personas.securityChief))
        .expect(200);
      const states = Object.fromEntries(
        overview.body.departments.map((d: { name: string; state: string }) => [d.name, d.state]),
      );
      expect(states.Socialförvaltningen).toBe('submitted');
      expect(states['Barn- och utbildningsförvaltningen']).toBe('late');
    } finally {
      await late.close();
    }
  });
});
