import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalAuthenticator } from '../../api/auth/local-authenticator.js';
import { loadConfig } from '../../api/config/env.js';
import { createContext } from '../../api/context.js';
import { fixedClock } from '../../api/domain/clock.js';
import { createApp } from '../../api/http/app.js';
import { demoPeople } from '../../api/seed/askersund.js';
import { EmbeddedStore } from '../../api/store/embedded/embedded-store.js';
import type { BatchOperation, StoragePort } from '../../api/store/port.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { personas } from '../support/personas.js';
import { startAppTokenAuthority, tenantEnv } from '../support/tenant.js';

const head = { 'X-Dev-Persona': personas.socialHead };
const now = '2026-11-24T09:00:00+01:00';
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The department's report and the lägesbild entries that came from it, as stored. */
async function stored(store: StoragePort, departmentId: string) {
  const reports = (
    await store.queryItems('departmentReports', { filters: [{ field: 'departmentId', op: 'eq', value: departmentId }] })
  ).items;
  const entries = (
    await store.queryItems('situationEntries', {
      filters: [{ field: 'importId', op: 'eq', value: `report:2026:${departmentId}` }],
    })
  ).items;
  return { report: reports[0]?.fields, areas: entries.map((e) => String(e.fields.area)).sort() };
}

async function submitTwice(app: Parameters<typeof request>[0], store: StoragePort, failNext: () => void) {
  const form = (await request(app).get('/api/cycles/2026/reports').set(head).expect(200)).body.departments[0];
  const departmentId: string = form.departmentId;
  const formBody = (await request(app).get(`/api/cycles/2026/reports/${departmentId}`).set(head).expect(200)).body;
  const content = (areas: string[]) => ({
    situation: 'Lugnt',
    observations: areas.map((area) => ({ area, category: 'klotter', description: '', newPhenomenon: false })),
    actions: formBody.actions.map((a: { id: string }) => ({ actionId: a.id, progress: 'done', comment: '' })),
    proposals: [],
  });
  const first = await request(app)
    .put(`/api/cycles/2026/reports/${departmentId}`)
    .set(head)
    .send({ content: content(['Torget', 'Parken']), submit: true, submissionId: 'first-0001' })
    .expect(200);
  expect((await stored(store, departmentId)).areas).toEqual(['Parken', 'Torget']);

  failNext();
  const put = () =>
    request(app).put(`/api/cycles/2026/reports/${departmentId}`).set(head).set('If-Match', first.body.etag);
  const change = { content: content(['Stationen', 'Hamnen', 'Skolan']), submit: true, submissionId: 'second-0002' };
  const failed = await put().send(change);
  expect(failed.status).toBeGreaterThanOrEqual(400);
  return { departmentId, put, change };
}

describe('a submission is all or nothing', () => {
  it('on the embedded store: a failure between the report and its entries leaves both as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, CLOCK_FIXED_AT: now });
    const real = new EmbeddedStore(dir, fixedClock(now));
    let failing = false;
    // The fault: the last operation of the next batch fails, after the report's update and some entries ran.
    const store = new Proxy(real, {
      get(target, key, receiver) {
        if (key !== 'batch') return Reflect.get(target, key, receiver);
        return (operations: BatchOperation[], actor: string) => {
          if (!failing) return target.batch(operations, actor);
          failing = false;
          return target.batch(
            [...operations, { op: 'delete', list: 'situationEntries', id: 'no-such-entry', etag: '"1"' }],
            actor,
          );
        };
      },
    });
    const ctx = await createContext(config, { store });
    cleanups.push(() => ctx.store.close());
    const app = createApp(ctx);
    const { departmentId, put, change } = await submitTwice(app, real, () => (failing = true));
    const after = await stored(real, departmentId);
    expect(after.areas).toEqual(['Parken', 'Torget']);
    expect(after.report?.submissionId).toBe('first-0001');

    await put().send(change).expect(200);
    expect((await stored(real, departmentId)).areas).toEqual(['Hamnen', 'Skolan', 'Stationen']);
  });

  it('on SharePoint (no atomic $batch): a retry of the same submission repairs what a failure left half-done', async () => {
    const authority = await startAppTokenAuthority();
    cleanups.push(() => authority.close());
    const simulator: GraphSimulator = await startGraphSimulator({ acceptToken: (token) => token === 'app-token' });
    cleanups.push(() => simulator.close());
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      CLOCK_FIXED_AT: now,
      ...tenantEnv(simulator, authority.url),
    });
    const ctx = await createContext(config);
    ctx.authenticator = new LocalAuthenticator(ctx.organisation);
    await ctx.store.batch(
      demoPeople.map((person) => ({
        op: 'create' as const,
        list: ctx.organisation.people.definition.name,
        fields: person,
      })),
      'test',
    );
    await ctx.organisation.departments.create({ name: 'Socialförvaltningen', headId: personas.socialHead }, 'test');
    const app = createApp(ctx);
    const { departmentId, put, change } = await submitTwice(app, ctx.store, () =>
      // The fault: creating the new entries (the batch's only POSTs) is refused, after the report was updated.
      simulator.faults.add({ fault: 'forbidden', method: 'POST', path: /\/items$/, scope: 'inner', times: 3 }),
    );
    const half = await stored(ctx.store, departmentId);
    expect(half.report?.submissionId).toBe('second-0002');
    expect(half.areas).not.toEqual(['Hamnen', 'Skolan', 'Stationen']);

    // The card or the tab retries the same submission (its id unchanged): the entries are put right.
    const retried = await put().send(change).expect(200);
    expect(retried.body.status).toBe('submitted');
    expect((await stored(ctx.store, departmentId)).areas).toEqual(['Hamnen', 'Skolan', 'Stationen']);
    await put().send(change).expect(200);
    expect((await stored(ctx.store, departmentId)).areas).toEqual(['Hamnen', 'Skolan', 'Stationen']);
  });
});
