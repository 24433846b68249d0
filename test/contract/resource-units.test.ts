import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../api/domain/clock.js';
import type { BatchOperation } from '../../api/store/port.js';
import { ResourceUnitMeter } from '../../api/store/sharepoint/resource-units.js';
import { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';

let simulator: GraphSimulator;
let store: SharePointStore;
beforeAll(async () => {
  simulator = await startGraphSimulator({ clock: fixedClock('2026-11-24T08:00:00Z') });
  store = new SharePointStore({
    baseUrl: simulator.url,
    siteId: simulator.siteId,
    tokens: { getToken: async () => 'token' },
    meter: new ResourceUnitMeter(() => Date.parse('2026-11-24T08:00:00Z')),
  });
});
afterAll(() => simulator.close());

describe('the adapter’s count of resource units', () => {
  it('is what SharePoint charges for the same requests: lists, items one by one, queries and $batch', async () => {
    await store.ensureList({
      name: 'notes',
      title: 'Anteckningar',
      columns: [{ name: 'place', type: 'text', indexed: true }],
    });
    const created = await store.createItem('notes', { place: 'Torget' }, 'test');
    await store.getItem('notes', created.id);
    await store.updateItem('notes', created.id, created.etag, { place: 'Hamnen' }, 'test');
    await store.queryItems('notes', { filters: [{ field: 'place', op: 'eq', value: 'Hamnen' }] });
    await store.batch(
      Array.from(
        { length: 25 },
        (_, i): BatchOperation => ({ op: 'create', list: 'notes', fields: { place: `Plats ${i}` } }),
      ),
      'test',
    );
    expect(store.resourceUnits.lastMinute()).toBeGreaterThan(50);
    expect(store.resourceUnits.lastMinute()).toBe(simulator.resourceUnits.total());
  });

  it('says how long until more units fit the budget', () => {
    let now = 0;
    const meter = new ResourceUnitMeter(() => now);
    meter.record(100);
    now = 30_000;
    meter.record(50);
    expect(meter.waitMs(40, 200)).toBe(0);
    // 150 spent: 60 more must wait for the first 100 to leave the minute, 30 s on.
    expect(meter.waitMs(60, 200)).toBe(30_001);
    now = 60_001;
    expect(meter.lastMinute()).toBe(50);
  });
});
