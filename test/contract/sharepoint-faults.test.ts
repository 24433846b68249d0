import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../api/domain/clock.js';
import { ConflictError, StoreUsageError } from '../../api/store/errors.js';
import { queryAll, type BatchOperation, type ListDefinition } from '../../api/store/port.js';
import { GraphError, GraphUnavailableError } from '../../api/store/sharepoint/graph-errors.js';
import type { RetryPolicy } from '../../api/store/sharepoint/retry-policy.js';
import { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';

const now = '2026-11-24T08:00:00.000Z';
const notes: ListDefinition = {
  name: 'faultNotes',
  title: 'Feltest',
  columns: [
    { name: 'title', type: 'text', indexed: true },
    { name: 'n', type: 'number', indexed: true },
  ],
};

describe('sharepoint adapter under Graph faults', () => {
  let simulator: GraphSimulator;
  let slept: number[];
  const storeWith = (
    policy: Partial<RetryPolicy> = {},
    extra: Partial<ConstructorParameters<typeof SharePointStore>[0]> = {},
  ) =>
    new SharePointStore({
      baseUrl: simulator.url,
      siteId: simulator.siteId,
      tokens: { getToken: async () => 'test-token' },
      policy,
      // Waits are recorded, not slept: the Retry-After values are what the test checks.
      sleep: async (ms) => {
        slept.push(ms);
      },
      ...extra,
    });

  beforeEach(async () => {
    simulator = await startGraphSimulator({ clock: fixedClock(now) });
    slept = [];
  });
  afterEach(async () => {
    await simulator.close();
  });

  it('waits as long as Retry-After says when throttled, then succeeds', async () => {
    const store = storeWith();
    await store.ensureList(notes);
    await store.createItem('faultNotes', { title: 'a', n: 1 }, 'tester');
    simulator.faults.add({ fault: 'throttle', method: 'GET', path: '/items', retryAfterSeconds: 2, times: 2 });
    const page = await store.queryItems('faultNotes', { filters: [{ field: 'n', op: 'eq', value: 1 }] });
    expect(page.items.map((i) => i.fields.title)).toEqual(['a']);
    expect(slept).toEqual([2000, 2000]);
    expect(simulator.faults.served().map((f) => f.fault)).toEqual(['throttle', 'throttle']);
  });

  it('backs off exponentially when 503 comes without Retry-After', async () => {
    const store = storeWith({ baseDelayMs: 500 });
    await store.ensureList(notes);
    simulator.faults.add({ fault: 'unavailable', method: 'POST', path: '/items', times: 3 });
    const item = await store.createItem('faultNotes', { title: 'b' }, 'tester');
    expect(item.fields.title).toBe('b');
    expect(slept).toEqual([500, 1000, 2000]);
    expect(await queryAll(store, 'faultNotes')).toHaveLength(1);
  });

  it('gives up after the capped number of attempts with a clear error', async () => {
    const store = storeWith({ maxAttempts: 3 });
    await store.ensureList(notes);
    simulator.faults.add({ fault: 'throttle', path: '/items', retryAfterSeconds: 1, times: 10 });
    const attempt = store.queryItems('faultNotes');
    await expect(attempt).rejects.toBeInstanceOf(GraphUnavailableError);
    await expect(attempt).rejects.toThrow(/after 3 attempt\(s\).*last: 429/);
    expect(slept).toEqual([1000, 1000]);
  });

  it('gives up at once when Retry-After asks for more than the wait budget', async () => {
    const store = storeWith({ maxTotalWaitMs: 10_000 });
    await store.ensureList(notes);
    simulator.faults.add({ fault: 'throttle', path: '/items', retryAfterSeconds: 120, times: 1 });
    await expect(store.queryItems('faultNotes')).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(slept).toEqual([]);
  });

  it('never replays a create after a 504, which may hide a write', async () => {
    const store = storeWith();
    await store.ensureList(notes);
    simulator.faults.add({ fault: 'gatewayTimeout', method: 'POST', path: '/items', times: 1 });
    const attempt = store.createItem('faultNotes', { title: 'c' }, 'tester');
    await expect(attempt).rejects.toBeInstanceOf(GraphError);
    await expect(attempt).rejects.toMatchObject({ status: 504 });
    expect(slept).toEqual([]);
  });

  it('retries a read that got no answer, but not a create', async () => {
    const store = storeWith({ requestTimeoutMs: 300 });
    await store.ensureList(notes);
    await store.createItem('faultNotes', { title: 'd' }, 'tester');
    simulator.faults.add({ fault: 'timeout', method: 'GET', path: '/items', times: 1 });
    expect((await store.queryItems('faultNotes')).items).toHaveLength(1);
    expect(slept).toHaveLength(1);
    simulator.faults.add({ fault: 'timeout', method: 'POST', path: '/items', times: 1 });
    await expect(store.createItem('faultNotes', { title: 'e' }, 'tester')).rejects.toThrow(/last: timeout/);
  });

  it('sends a batch of 45 changes as three JSON batches of at most 20', async () => {
    const store = storeWith();
    await store.ensureList(notes);
    const before = simulator.log.length;
    const operations: BatchOperation[] = Array.from({ length: 45 }, (_, i) => ({
      op: 'create',
      list: 'faultNotes',
      fields: { title: `t${i}`, n: i },
    }));
    const results = await store.batch(operations, 'tester');
    expect(results).toHaveLength(45);
    const sent = simulator.log.slice(before);
    expect(sent.filter((r) => !r.inBatch).map((r) => r.path)).toEqual(['/$batch', '/$batch', '/$batch']);
    expect(sent.filter((r) => r.inBatch)).toHaveLength(45);
    expect((await queryAll(store, 'faultNotes', { orderBy: [{ field: 'n' }] })).map((i) => i.fields.n)).toEqual(
      Array.from({ length: 45 }, (_, i) => i),
    );
  });

  it('sends again only the requests a batch answered 429, after their Retry-After', async () => {
    const store = storeWith();
    await store.ensureList(notes);
    simulator.faults.add({
      fault: 'throttle',
      scope: 'inner',
      method: 'POST',
      path: '/items',
      retryAfterSeconds: 3,
      times: 4,
    });
    const operations: BatchOperation[] = Array.from({ length: 10 }, (_, i) => ({
      op: 'create',
      list: 'faultNotes',
      fields: { title: `u${i}` },
    }));
    const results = await store.batch(operations, 'tester');
    expect(results.map((r) => (r.op === 'create' ? r.item.fields.title : ''))).toEqual(
      operations.map((o) => (o.op === 'create' ? o.fields.title : '')),
    );
    expect(slept).toEqual([3000]);
    expect(
      simulator.log
        .filter((r) => r.inBatch && r.path.endsWith('/items'))
        .map((r) => r.status)
        .filter((s) => s === 429),
    ).toHaveLength(4);
    expect(await queryAll(store, 'faultNotes')).toHaveLength(10);
  });

  it('turns a 412 inside a batch into a conflict and sends no further batch', async () => {
    const store = storeWith();
    await store.ensureList(notes);
    const target = await store.createItem('faultNotes', { title: 'target', n: -1 }, 'tester');
    const moved = await store.updateItem('faultNotes', target.id, target.etag, { title: 'moved on' }, 'someone-else');
    const operations: BatchOperation[] = Array.from({ length: 45 }, (_, i) => ({
      op: 'create',
      list: 'faultNotes',
      fields: { title: `v${i}`, n: i },
    }));
    operations.splice(25, 0, {
      op: 'update',
      list: 'faultNotes',
      id: target.id,
      etag: target.etag,
      fields: { title: 'stale write' },
    });
    const attempt = store.batch(operations, 'tester');
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const conflict = (await attempt.catch((error: unknown) => error)) as ConflictError;
    expect(conflict.current.etag).toBe(moved.etag);
    expect(conflict.current.fields.title).toBe('moved on');
    // Graph's batches are not atomic: the first two batches (40 requests) were applied, the third never sent.
    const created = (await queryAll(store, 'faultNotes', { filters: [{ field: 'n', op: 'ge', value: 0 }] })).length;
    expect(created).toBe(39);
    expect(store.atomicBatch).toBe(false);
  });

  it('follows @odata.nextLink across many pages through opaque page tokens', async () => {
    const store = storeWith();
    await store.ensureList(notes);
    const operations: BatchOperation[] = Array.from({ length: 1050 }, (_, i) => ({
      op: 'create',
      list: 'faultNotes',
      fields: { title: `w${i}`, n: i },
    }));
    await store.batch(operations, 'tester');
    const seen: number[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const page = await store.queryItems('faultNotes', {
        filters: [{ field: 'n', op: 'ge', value: 0 }],
        orderBy: [{ field: 'n', direction: 'desc' }],
        top: 100,
        pageToken,
      });
      seen.push(...page.items.map((item) => Number(item.fields.n)));
      pageToken = page.nextPageToken;
      pages += 1;
    } while (pageToken);
    expect(pages).toBe(11);
    expect(seen).toEqual(Array.from({ length: 1050 }, (_, i) => 1049 - i));
    const itemsGets = simulator.log.filter((r) => !r.inBatch && r.method === 'GET' && r.path.includes('/items?'));
    expect(itemsGets.filter((r) => r.path.includes('%24skiptoken') || r.path.includes('$skiptoken'))).toHaveLength(10);
  });

  it('refuses a page token that points anywhere but the same list', async () => {
    const store = storeWith();
    await store.ensureList(notes);
    const forged = Buffer.from(`/sites/${encodeURIComponent(simulator.siteId)}/lists?$select=id`).toString('base64url');
    await expect(store.queryItems('faultNotes', { pageToken: forged })).rejects.toBeInstanceOf(StoreUsageError);
  });

  it('uploads a large file through an upload session without sending the token to the upload URL', async () => {
    const store = storeWith({}, { uploadLimits: { simpleUploadMaxBytes: 1024, fragmentBytes: 320 * 1024 } });
    await store.ensureLibrary({ name: 'bigFiles', title: 'Stora filer' });
    const content = new Uint8Array(700 * 1024).map((_, i) => (i * 31) % 251);
    // An upload session needs its folders to exist (the simulator refuses one whose parent is missing).
    const info = await store.putFile(
      'bigFiles',
      'rapport/2026/stor.docx',
      content,
      'application/octet-stream',
      'tester',
    );
    expect(info).toMatchObject({ version: '1.0', size: content.byteLength, modifiedBy: 'tester' });
    const fragments = simulator.log.filter((r) => r.path.includes('createUploadSession'));
    expect(fragments).toHaveLength(1);
    expect(
      simulator.log.filter((r) => r.method === 'POST' && r.path.endsWith('/children')).map((r) => r.status),
    ).toEqual([201, 201]);
    // Every request names the app's traffic as Microsoft asks ISVs to.
    expect(new Set(simulator.log.filter((r) => !r.inBatch).map((r) => r.userAgent))).toEqual(
      new Set([expect.stringMatching(/^ISV\|Trygghetshjulet\|Trygghetshjulet\/\d+\.\d+\.\d+$/)]),
    );
    await store.putFile('bigFiles', 'rapport/2026/stor.docx', content, 'application/octet-stream', 'tester');
    const read = await store.getFile('bigFiles', 'rapport/2026/stor.docx');
    expect(Buffer.from(read!.content).equals(Buffer.from(content))).toBe(true);
  });

  it('says to provision when the site lacks a column and the service may not add it', async () => {
    await storeWith().ensureList(notes);
    simulator.faults.add({ fault: 'forbidden', method: 'POST', path: '/columns', times: 1 });
    const upgraded = { ...notes, columns: [...notes.columns, { name: 'place', type: 'text' as const }] };
    await expect(storeWith().ensureList(upgraded)).rejects.toThrow(
      /refused to create or change "faultNotes" \(403 accessDenied\).*npm run provision/,
    );
  });

  it('reports a refused token as a Graph error instead of retrying it', async () => {
    const refusing = await startGraphSimulator({ acceptToken: (token) => token === 'the-right-one' });
    try {
      const store = new SharePointStore({
        baseUrl: refusing.url,
        siteId: refusing.siteId,
        tokens: { getToken: async () => 'a-wrong-one' },
        sleep: async () => undefined,
      });
      await expect(store.ping()).rejects.toMatchObject({ status: 401, graphCode: 'InvalidAuthenticationToken' });
    } finally {
      await refusing.close();
    }
  });
});
