import { performance } from 'node:perf_hooks';
import type { BatchOperation, Fields } from '../api/store/port.js';
import { SharePointStore } from '../api/store/sharepoint/sharepoint-store.js';
import { startGraphSimulator } from '../test/graph-simulator/graph-simulator.js';

type Record = (figure: { id: string; name: string; value: number; unit: string; note?: string }) => void;

/** HTTP round trips to Graph (the Graph simulator on loopback) for N items written one request each and through $batch. */
export async function graphFigures(record: Record): Promise<void> {
  const simulator = await startGraphSimulator();
  const store = new SharePointStore({
    baseUrl: simulator.url,
    siteId: simulator.siteId,
    tokens: { getToken: async () => 'bench-token' },
  });
  const columns = [
    { name: 'date', type: 'dateTime' as const, indexed: true },
    { name: 'area', type: 'text' as const, indexed: true },
    { name: 'description', type: 'note' as const },
  ];
  await store.ensureList({ name: 'oneByOne', title: 'bench', columns });
  await store.ensureList({ name: 'batched', title: 'bench', columns });
  const items = 400;
  const fields = (i: number): Fields => ({
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    area: `Område ${i % 40}`,
    description: 'Krossat glas vid busshållplatsen.',
  });
  const roundTrips = () => simulator.log.filter((request) => !request.inBatch).length;

  let before = roundTrips();
  let started = performance.now();
  for (let i = 0; i < items; i += 1) await store.createItem('oneByOne', fields(i), 'bench');
  const singleMs = performance.now() - started;
  const singleTrips = roundTrips() - before;

  before = roundTrips();
  started = performance.now();
  const operations: BatchOperation[] = Array.from({ length: items }, (_, i) => ({
    op: 'create',
    list: 'batched',
    fields: fields(i),
  }));
  await store.batch(operations, 'bench');
  const batchMs = performance.now() - started;
  const batchTrips = roundTrips() - before;

  record({
    id: 'graph-requests-single',
    name: `graph: round trips for ${items} items, one request each`,
    value: singleTrips,
    unit: 'requests',
  });
  record({
    id: 'graph-requests-batched',
    name: `graph: round trips for ${items} items through $batch`,
    value: batchTrips,
    unit: 'requests',
    note: `${(singleTrips / batchTrips).toFixed(0)}× fewer; ${(singleMs / batchMs).toFixed(1)}× faster on loopback (${Math.round(singleMs)} ms against ${Math.round(batchMs)} ms)`,
  });
  await simulator.close();
}
