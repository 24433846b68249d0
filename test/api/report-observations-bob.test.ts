import { describe, expect, it } from 'vitest';
import { apiOnDate } from '../support/api-on-date.js';
import { as, personas } from '../support/personas.js';

const { api, chief } = apiOnDate('2026-11-24T09:00:00+01:00');
const head = as(personas.socialHead);

type Entry = { id: string; etag: string; area: string; description: string; [field: string]: unknown };
const entryFields = ['date', 'area', 'category', 'categoryText', 'source', 'sourceName', 'departmentId', 'actorId'];
const inputOf = (entry: Entry) =>
  Object.fromEntries(
    Object.entries(entry).filter(([key]) => [...entryFields, 'description', 'newPhenomenon', 'count'].includes(key)),
  );

describe('a department report’s observation a BOB member moved into BOB', () => {
  it('stays in BOB when the same submission comes again (a retried card), not back in the shared list', async () => {
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

    const fromReport = { source: 'department', from: '2026-11-24', to: '2026-11-24', limit: '500' };
    const listed = async (headers: Record<string, string>) =>
      (await api().get('/api/situation/entries').query(fromReport).set(headers).expect(200)).body.entries as Entry[];
    const sensitive = (await listed(chief)).find((entry) => entry.description === 'Unga värvas vid kiosken')!;
    await api()
      .put(`/api/situation/entries/${sensitive.id}`)
      .set(chief)
      .set('If-Match', sensitive.etag)
      .send({ ...inputOf(sensitive), bob: true })
      .expect(200);

    await put().send(submission).expect(200);
    const shared = (await listed(as(personas.reader))).map((entry) => entry.description);
    expect(shared).toContain('Klotter på bänkarna');
    expect(shared).not.toContain('Unga värvas vid kiosken');
    const all = (await listed(chief)).map((entry) => entry.description);
    expect(all.filter((description) => description === 'Unga värvas vid kiosken')).toHaveLength(1);
  });
});
