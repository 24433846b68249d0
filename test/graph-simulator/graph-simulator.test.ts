import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../api/domain/clock.js';
import { startGraphSimulator, type GraphSimulator } from './graph-simulator.js';

/** The simulator answers as Graph's documentation says; these pin the documented behaviours the adapter relies on. */
describe('Graph simulator', () => {
  let sim: GraphSimulator;
  let site: string;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(path.startsWith('http') ? path : `${sim.url}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        Authorization: 'Bearer t',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  };
  const createList = async (columns: unknown[]) => {
    const created = await call('POST', `${site}/lists`, {
      displayName: 'notes',
      columns,
      list: { template: 'genericList' },
    });
    expect(created.status).toBe(201);
    return `${site}/lists/${created.body.id}`;
  };

  beforeEach(async () => {
    sim = await startGraphSimulator({ clock: fixedClock('2026-11-24T08:00:00Z') });
    site = `/sites/${encodeURIComponent(sim.siteId)}`;
  });
  afterEach(async () => {
    await sim.close();
  });

  it('refuses a request without a bearer token in the error envelope', async () => {
    const response = await fetch(`${sim.url}${site}`);
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: expect.any(String),
      innerError: { 'request-id': expect.any(String) },
    });
  });

  it('assigns list names itself and refuses a second list with the same title', async () => {
    expect((await call('POST', `${site}/lists`, { name: 'x', displayName: 'x' })).body.error.message).toMatch(
      /Cannot define a 'name'/,
    );
    await createList([]);
    expect((await call('POST', `${site}/lists`, { displayName: 'Notes' })).status).toBe(409);
    const lists = await call('GET', `${site}/lists?$filter=${encodeURIComponent("displayName eq 'notes'")}`);
    expect(lists.body.value.map((l: { name: string }) => l.name)).toEqual(['notes']);
  });

  it('refuses $filter on a column that is not indexed unless Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const list = await createList([
      { name: 'place', text: {} },
      { name: 'year', number: {}, indexed: true },
    ]);
    await call('POST', `${list}/items`, { fields: { place: 'Torget', year: 2026 } });
    const filter = `$filter=${encodeURIComponent("fields/place eq 'Torget'")}&$expand=fields`;
    const refused = await call('GET', `${list}/items?${filter}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/cannot be referenced in filter or orderby as it is not indexed/);
    const allowed = await call('GET', `${list}/items?${filter}`, undefined, {
      Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
    });
    expect(allowed.body.value).toHaveLength(1);
    expect(
      (await call('GET', `${list}/items?$filter=${encodeURIComponent('fields/year eq 2026')}`)).body.value,
    ).toHaveLength(1);
  });

  it('gives items "guid,version" ETags and answers 412 to a stale If-Match', async () => {
    const list = await createList([{ name: 'place', text: {} }]);
    const created = await call('POST', `${list}/items`, { fields: { place: 'a' } });
    expect(created.body.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    const updated = await call(
      'PATCH',
      `${list}/items/${created.body.id}/fields`,
      { place: 'b' },
      { 'If-Match': created.body.eTag },
    );
    expect(updated.status).toBe(200);
    // Only what the documentation promises: the fields that were set, no ETag or dates.
    expect(updated.body).toEqual({ place: 'b' });
    expect((await call('GET', `${list}/items/${created.body.id}`)).body.eTag).toMatch(/,2"$/);
    const stale = await call(
      'PATCH',
      `${list}/items/${created.body.id}/fields`,
      { place: 'c' },
      { 'If-Match': created.body.eTag },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('resourceModified');
    expect(
      (await call('DELETE', `${list}/items/${created.body.id}`, undefined, { 'If-Match': created.body.eTag })).status,
    ).toBe(412);
    expect((await call('GET', `${list}/items/${created.body.id}?$expand=fields`)).body.fields.place).toBe('b');
  });

  it('lists hidden columns only when "hidden" is selected', async () => {
    const list = await createList([{ name: 'secret', text: {}, hidden: true }]);
    const names = async (query: string) =>
      (await call('GET', `${list}/columns${query}`)).body.value.map((c: { name: string }) => c.name);
    expect(await names('')).not.toContain('secret');
    expect(await names('?$select=id,name,hidden')).toContain('secret');
  });

  it('pages with an absolute @odata.nextLink carrying $skiptoken', async () => {
    const list = await createList([{ name: 'n', number: {}, indexed: true }]);
    for (let n = 0; n < 5; n += 1) await call('POST', `${list}/items`, { fields: { n } });
    const first = await call(
      'GET',
      `${list}/items?$top=2&$orderby=${encodeURIComponent('fields/n desc')}&$expand=fields`,
    );
    expect(first.body['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/sites\/.*skiptoken/);
    const second = await call('GET', first.body['@odata.nextLink']);
    expect(second.body.value.map((i: { fields: { n: number } }) => i.fields.n)).toEqual([2, 1]);
  });

  it('answers a JSON batch by id, in another order, with dependsOn and its limits', async () => {
    const list = await createList([{ name: 'place', text: {} }]);
    const listPath = list.slice(list.indexOf('/sites'));
    const batch = await call('POST', '/$batch', {
      requests: [
        {
          id: '1',
          method: 'POST',
          url: `${listPath}/items`,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { place: 'x' } },
        },
        { id: '2', method: 'GET', url: `${listPath}/items/99` },
        { id: '3', method: 'GET', url: `${listPath}/items`, dependsOn: ['2'] },
      ],
    });
    expect(batch.status).toBe(200);
    const responses = batch.body.responses as { id: string; status: number }[];
    expect(responses.map((r) => r.id)).not.toEqual(['1', '2', '3']);
    expect(Object.fromEntries(responses.map((r) => [r.id, r.status]))).toEqual({ '1': 201, '2': 404, '3': 424 });
    const tooMany = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: `${listPath}/items` }));
    expect((await call('POST', '/$batch', { requests: tooMany })).status).toBe(400);
    expect(
      (
        await call('POST', '/$batch', {
          requests: [
            { id: 'a', method: 'GET', url: '/x' },
            { id: 'A', method: 'GET', url: '/y' },
          ],
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/$batch', {
          requests: [{ id: 'a', method: 'POST', url: `${listPath}/items`, body: { fields: {} } }],
        })
      ).status,
    ).toBe(400);
  });

  it('compares Yes/No columns with 1 and 0 only', async () => {
    const list = await createList([{ name: 'done', boolean: {}, indexed: true }]);
    await call('POST', `${list}/items`, { fields: { done: true } });
    expect(
      (await call('GET', `${list}/items?$filter=${encodeURIComponent('fields/done eq 1')}`)).body.value,
    ).toHaveLength(1);
    expect((await call('GET', `${list}/items?$filter=${encodeURIComponent('fields/done eq true')}`)).status).toBe(400);
  });

  it('keeps a major version per upload and redirects content to a download URL', async () => {
    const library = await call('POST', `${site}/lists`, { displayName: 'docs', list: { template: 'documentLibrary' } });
    const drive = (await call('GET', `${site}/lists/${library.body.id}/drive`)).body.id as string;
    const put = (text: string) =>
      fetch(`${sim.url}/drives/${drive}/root:/r%C3%A5d/plan.docx:/content`, {
        method: 'PUT',
        headers: { Authorization: 'Bearer t', 'Content-Type': 'text/plain' },
        body: text,
      });
    expect((await put('ett')).status).toBe(201);
    expect((await put('två')).status).toBe(200);
    const versions = await call('GET', `/drives/${drive}/root:/r%C3%A5d/plan.docx:/versions`);
    expect(versions.body.value.map((v: { id: string }) => v.id)).toEqual(['2.0', '1.0']);
    const content = await call('GET', `/drives/${drive}/root:/r%C3%A5d/plan.docx:/versions/1.0/content`);
    expect(content.status).toBe(302);
    expect(await (await fetch(content.headers.get('location')!)).text()).toBe('ett');
    const children = await call('GET', `/drives/${drive}/root/children`);
    expect(children.body.value.map((c: { name: string; folder?: object }) => [c.name, Boolean(c.folder)])).toEqual([
      ['råd', true],
    ]);
  });

  it('charges resource units as documented, $batch requests one by one, and throttles past the budget with Retry-After', async () => {
    await sim.close();
    sim = await startGraphSimulator({ clock: fixedClock('2026-11-24T08:00:00Z'), resourceUnitsPerMinute: 20 });
    const list = await createList([{ name: 'place', text: {} }]);
    const afterList = sim.resourceUnits.total();
    expect(afterList).toBe(2);
    const created = await call('POST', `${list}/items`, { fields: { place: 'a' } });
    await call('GET', `${list}/items/${created.body.id}`);
    await call('GET', `${list}/items?$expand=fields`);
    expect(sim.resourceUnits.total() - afterList).toBe(2 + 1 + 2);
    const batch = await call('POST', '/$batch', {
      requests: [1, 2, 3].map((n) => ({
        id: String(n),
        method: 'POST',
        url: `${list}/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { place: `b${n}` } },
      })),
    });
    expect(batch.status).toBe(200);
    expect(sim.resourceUnits.total()).toBe(afterList + 5 + 6);
    // 13 of 20 spent this minute: three more writes fit, the fourth is throttled, and a throttled request counts too.
    for (const n of [1, 2, 3])
      expect((await call('POST', `${list}/items`, { fields: { place: `c${n}` } })).status).toBe(201);
    const throttled = await call('POST', `${list}/items`, { fields: { place: 'd' } });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.body.error.code).toBe('TooManyRequests');
    expect(sim.resourceUnits.throttled()).toBe(1);
    expect(sim.resourceUnits.total()).toBe(afterList + 5 + 6 + 6 + 2);
  });
});
