import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalAuthenticator } from '../../api/auth/local-authenticator.js';
import { demoPeople } from '../../api/seed/askersund.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startAppTokenAuthority, tenantEnv } from '../support/tenant.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let simulator: GraphSimulator;
let authority: { url: string; close(): Promise<void> };
let server: TestServer;
const api = () => request(server.url);

/**
 * The same routes as in local mode, on the sharepoint adapter through the Graph simulator: the repositories'
 * queries, ETag edits and document versions must work unchanged. Sign-in is local here (Entra sign-in has
 * its own tests); everything else is the tenant configuration.
 */
beforeAll(async () => {
  authority = await startAppTokenAuthority();
  simulator = await startGraphSimulator({ acceptToken: (token) => token === 'app-token' });
  server = await startTestServer({
    now: '2026-10-05T09:00:00+02:00',
    env: tenantEnv(simulator, authority.url),
    authenticator: (ctx) => new LocalAuthenticator(ctx.organisation),
  });
  await server.ctx.store.batch(
    demoPeople.map((person) => ({
      op: 'create' as const,
      list: server.ctx.organisation.people.definition.name,
      fields: person,
    })),
    'test',
  );
});
afterAll(async () => {
  await server?.close();
  await simulator?.close();
  await authority?.close();
});

describe('the service on SharePoint', () => {
  it('keeps an edit with its ETag and answers a stale one 412 with the current item', async () => {
    expect(server.ctx.store.kind).toBe('sharepoint');
    const chief = as(personas.securityChief);
    const created = await api()
      .post('/api/actors')
      .set(chief)
      .send({ name: 'Fritidsgården', kind: 'other' })
      .expect(201);
    const changed = await api()
      .patch(`/api/actors/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .send({ contact: 'fritid@askersund.se' })
      .expect(200);
    const stale = await api()
      .patch(`/api/actors/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .send({ contact: 'annan@askersund.se' })
      .expect(412);
    expect(stale.body.current).toMatchObject({ contact: 'fritid@askersund.se', etag: changed.body.etag });
  });

  it('compiles a quarter from entries kept in a SharePoint list and saves its Word document as versions in the library', async () => {
    const add = (date: string, area: string, category: string, fields: Record<string, unknown> = {}) =>
      api()
        .post('/api/situation/entries')
        .set(as(personas.securityChief))
        .send({
          date,
          area,
          category,
          source: 'est',
          sourceName: 'EST',
          description: `${category} vid ${area}`,
          ...fields,
        })
        .expect(201);
    await add('2026-05-01', 'Torget', 'klotter', { count: 2 });
    await add('2026-07-01', 'Torget', 'klotter', { count: 3 });
    await add('2026-08-15', 'Hamnen', 'skadegorelse', { newPhenomenon: true, description: 'Elsparkcyklar i sjön' });
    await add('2026-09-30', 'Resecentrum', 'ordningsstorning', { bob: true, description: 'Rekrytering vid stationen' });
    const reader = (await api().get('/api/situation/compilations/2026/3').set(as(personas.reader)).expect(200)).body;
    expect(reader.total).toMatchObject({ count: 4, previousQuarter: 2 });

    const first = await api()
      .post('/api/situation/compilations/2026/3/document')
      .set(as(personas.securityChief))
      .expect(201);
    const second = await api()
      .post('/api/situation/compilations/2026/3/document')
      .set(as(personas.securityChief))
      .expect(201);
    expect([first.body.version, second.body.version]).toEqual(['1.0', '2.0']);
    const document = await api()
      .get('/api/situation/compilations/2026/3/document')
      .set(as(personas.police))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(await wordText(document.body as Buffer)).toContain('Elsparkcyklar i sjön');
    const versions = await server.ctx.store.listVersions('lagesbilder', first.body.path);
    expect(versions.map((v) => [v.version, v.modifiedBy])).toEqual([
      ['2.0', personas.securityChief],
      ['1.0', personas.securityChief],
    ]);
  });

  it('opens a stored document where it lives in SharePoint, and downloads a generated file through a link', async () => {
    const chief = as(personas.securityChief);
    const meeting = await api()
      .post('/api/bob/meetings')
      .set(chief)
      .send({ date: '2026-10-01', title: 'Uppföljning' })
      .expect(201);
    await api().post(`/api/bob/meetings/${meeting.body.id}/document`).set(chief).expect(201);
    const link = await api()
      .get(`/api/bob/meetings/${meeting.body.id}/document`)
      .set(chief)
      .set('X-Open-As', 'link')
      .expect(200);
    expect(link.body.webUrl).toBe(
      `${simulator.url.replace(/\/v1\.0$/, '')}/sites/trygghet/bob/M%C3%B6ten/2026-10-01%20Uppf%C3%B6ljning.docx`,
    );
    expect(link.headers['content-disposition']).toBeUndefined();

    const calendar = await api().get('/api/cycles/2026/calendar.ics').set(chief).set('X-Open-As', 'link').expect(200);
    expect(calendar.body.webUrl).toBeNull();
    const file = await api().get(calendar.body.downloadUrl).expect(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment/);
    expect(file.text).toContain('BEGIN:VCALENDAR');
  });
});
