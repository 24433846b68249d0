import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { apiOnDate } from '../support/api-on-date.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { entryInputOf } from '../support/entry-input.js';

const firstDay = apiOnDate('2026-11-24T09:00:00+01:00');
const { api, chief } = firstDay;
const later: TestServer[] = [];
afterAll(async () => {
  for (const instance of later) await instance.close();
});
const head = as(personas.socialHead);

type Entry = { id: string; etag: string; area: string; description: string; [field: string]: unknown };

describe('a department report’s observation a BOB member moved into BOB', () => {
  it('stays in BOB when the report comes again (a retried card, a changed report), not back in the shared list', async () => {
    const { departmentId } = (await api().get('/api/cycles/2026/reports').set(head).expect(200)).body.departments[0];
    const form = (await api().get(`/api/cycles/2026/reports/${departmentId}`).set(head).expect(200)).body;
    const observation = (area: string, description: string) => ({
      area,
      category: 'klotter',
      description,
      newPhenomenon: false,
    });
    const submission = {
      content: {
        situation: 'Lugnt på det hela',
        observations: [
          observation('Torget', 'Klotter på bänkarna'),
          observation('Kvarnbacken', 'Unga värvas vid kiosken'),
        ],
        actions: form.actions.map((a: { id: string }) => ({ actionId: a.id, progress: 'done', comment: '' })),
        proposals: [],
      },
      submit: true,
      submissionId: 'card-bob-0001',
    };
    const put = () => {
      const request = api().put(`/api/cycles/2026/reports/${departmentId}`).set(head);
      return form.report?.etag ? request.set('If-Match', form.report.etag) : request;
    };
    const sent = await put().send(submission);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);

    const fromReport = { source: 'department', from: '2026-11-24', to: '2026-11-25', limit: '500' };
    const listed = async (headers: Record<string, string>) =>
      (await api().get('/api/situation/entries').query(fromReport).set(headers).expect(200)).body.entries as Entry[];
    const sensitive = (await listed(chief)).find((entry) => entry.description === 'Unga värvas vid kiosken')!;
    await api()
      .put(`/api/situation/entries/${sensitive.id}`)
      .set(chief)
      .set('If-Match', sensitive.etag)
      .send({ ...entryInputOf(sensitive), bob: true })
      .expect(200);

    await put().send(submission).expect(200);
    const shared = (await listed(as(personas.reader))).map((entry) => entry.description);
    expect(shared).toContain('Klotter på bänkarna');
    expect(shared).not.toContain('Unga värvas vid kiosken');
    const all = (await listed(chief)).map((entry) => entry.description);
    expect(all.filter((description) => description === 'Unga värvas vid kiosken')).toHaveLength(1);

    // The next day the head changes the report and submits it again, the observation as before (a second
    // instance on the same store, its clock a day on): the observation stays in BOB alone.
    const nextDay = await startTestServer({ now: '2026-11-25T10:00:00+01:00', dataDir: firstDay.server.dataDir });
    later.push(nextDay);
    const current = (await request(nextDay.url).get(`/api/cycles/2026/reports/${departmentId}`).set(head).expect(200))
      .body;
    const changed = { ...submission, content: { ...submission.content, situation: 'Lugnt, utom vid kiosken' } };
    await request(nextDay.url)
      .put(`/api/cycles/2026/reports/${departmentId}`)
      .set(head)
      .set('If-Match', current.etag)
      .send({ ...changed, submissionId: 'card-bob-0002' })
      .expect(200);
    const sharedAgain = (await listed(as(personas.reader))).map((entry) => entry.description);
    expect(sharedAgain).toContain('Klotter på bänkarna');
    expect(sharedAgain).not.toContain('Unga värvas vid kiosken');
    // That submission's retry finds it all written and writes nothing again (the entries keep their ids).
    const ids = (await listed(chief)).map((entry) => entry.id);
    await request(nextDay.url)
      .put(`/api/cycles/2026/reports/${departmentId}`)
      .set(head)
      .send({ ...changed, submissionId: 'card-bob-0002' })
      .expect(200);
    expect((await listed(chief)).map((entry) => entry.id)).toEqual(ids);
    const allAgain = (await listed(chief)).map((entry) => entry.description);
    expect(allAgain.filter((description) => description === 'Unga värvas vid kiosken')).toHaveLength(1);

    // The BOB member then edits the entry (its text and place), and the head changes the report once more: the
    // observation as the head wrote it is still the one in BOB, not a new shared entry.
    const inBob = (await listed(chief)).find((entry) => entry.description === 'Unga värvas vid kiosken')!;
    await request(nextDay.url)
      .put(`/api/situation/entries/${inBob.id}`)
      .set(chief)
      .set('If-Match', inBob.etag)
      .send({ ...entryInputOf(inBob), area: 'Kvarnbacken, kiosken', description: 'Värvning vid kiosken, se BOB' })
      .expect(200);
    const third = (await request(nextDay.url).get(`/api/cycles/2026/reports/${departmentId}`).set(head).expect(200))
      .body;
    await request(nextDay.url)
      .put(`/api/cycles/2026/reports/${departmentId}`)
      .set(head)
      .set('If-Match', third.etag)
      .send({
        ...changed,
        content: { ...changed.content, situation: 'Lugnt, men se kiosken' },
        submissionId: 'card-bob-0003',
      })
      .expect(200);
    const sharedLast = (await listed(as(personas.reader))).map((entry) => entry.description);
    expect(sharedLast).toContain('Klotter på bänkarna');
    expect(sharedLast).not.toContain('Unga värvas vid kiosken');
    const allLast = (await listed(chief)).map((entry) => entry.description);
    expect(allLast).toContain('Värvning vid kiosken, se BOB');
    expect(allLast).not.toContain('Unga värvas vid kiosken');
  });
});
