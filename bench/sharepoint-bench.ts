import { loadConfig } from '../api/config/env.js';
import { createContext } from '../api/context.js';
import type { Clock } from '../api/domain/clock.js';
import type { BatchOperation } from '../api/store/port.js';
import { ResourceUnitMeter } from '../api/store/sharepoint/resource-units.js';
import { SharePointStore } from '../api/store/sharepoint/sharepoint-store.js';
import { startGraphSimulator } from '../test/graph-simulator/graph-simulator.js';
import { estMapping } from './import-bench.js';

type Record = (figure: { id: string; name: string; value: number; unit: string; note?: string }) => void;

const places = [
  'Resecentrum',
  'Torget',
  'Stadsparken',
  'Hamnen',
  'Alléskolan',
  'Hembygdsparken',
  'Åmmeberg',
  'Olshammar',
];
const categories = ['skadegorelse', 'klotter', 'nedskrapning', 'otrygg-plats', 'ordningsstorning', 'stold-inbrott'];

/** An EST export of `rows` rows over two years, as Swedish Excel writes it. */
function estExport(rows: number): Buffer {
  const lines = ['Datum;Plats;Händelsetyp;Beskrivning;Antal'];
  for (let i = 0; i < rows; i += 1) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 690) * 86_400_000);
    lines.push(
      `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()};${places[i % places.length]};${['Skadegörelse', 'Klotter', 'Nedskräpning'][i % 3]};Rapport ${i};1`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/**
 * The sharepoint adapter on the Graph simulator, with the simulator charging SharePoint's documented resource
 * units at the smallest tenant budget (1,200 a minute). Time is virtual: waiting moves the clock on at once, so
 * an import that takes SharePoint minutes is measured in those minutes without waiting them out.
 */
export async function sharePointFigures(record: Record): Promise<void> {
  let now = Date.parse('2026-11-24T08:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  const sleep = async (ms: number) => {
    now += ms;
  };
  const simulator = await startGraphSimulator({ clock, resourceUnitsPerMinute: 1_200 });
  const store = new SharePointStore({
    baseUrl: simulator.url,
    siteId: simulator.siteId,
    tokens: { getToken: async () => 'bench-token' },
    sleep,
    meter: new ResourceUnitMeter(() => now),
  });
  const ctx = await createContext(
    loadConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent', CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' }),
    { clock, store, sleep, instanceId: 'bench' },
  );
  await sleep(60_000);

  // Two years of entries, BOB ones among them, then the quarter view as a BOB member (both lists) reads it.
  const operations: BatchOperation[] = [];
  for (let i = 0; i < 2_000; i += 1) {
    const date = new Date(Date.UTC(2025, 0, 1) + (i % 690) * 86_400_000).toISOString().slice(0, 10);
    operations.push({
      op: 'create',
      list: i % 50 === 0 ? 'situationEntriesBob' : 'situationEntries',
      fields: {
        date,
        area: places[i % places.length],
        category: categories[i % categories.length],
        source: 'est',
        sourceName: 'EST',
        description: `Händelse ${i}`,
        newPhenomenon: i % 97 === 0,
        bob: i % 50 === 0,
        count: 1,
        importId: null,
        importKey: null,
      },
    });
  }
  for (let start = 0; start < operations.length; start += 200) {
    await ctx.store.batch(operations.slice(start, start + 200), 'bench');
    await sleep(60_000);
  }
  const roundTrips = () => simulator.log.filter((request) => !request.inBatch).length;
  const unitsBefore = simulator.resourceUnits.total();
  const before = roundTrips();
  await ctx.compilations.compile(2026, 3, true);
  record({
    id: 'sharepoint-quarter-view-requests',
    name: 'sharepoint: Graph requests for the quarter view (BOB member)',
    value: roundTrips() - before,
    unit: 'requests',
    note: `${simulator.resourceUnits.total() - unitsBefore} RU; goal ≤ 5 requests`,
  });

  await sleep(120_000);
  const rows = 5_000;
  const preview = await ctx.imports.upload(estExport(rows), 'est-5000.csv', 'bench');
  const throttledBefore = simulator.resourceUnits.throttled();
  const importUnitsBefore = simulator.resourceUnits.total();
  const startedAt = now;
  const accepted = await ctx.imports.commit(preview.fileId, 'est', estMapping, 'bench');
  await ctx.imports.settled();
  const job = await ctx.imports.job(accepted.id);
  const minutes = (now - startedAt) / 60_000;
  const units = simulator.resourceUnits.total() - importUnitsBefore;
  record({
    id: 'sharepoint-import-5000-minutes',
    name: `sharepoint: import of ${rows} rows as a job (${job.status})`,
    value: minutes,
    unit: 'min',
    note: `${units} RU, ${Math.round(units / minutes)} RU/min against a budget of 1,200 less 300 headroom; ${simulator.resourceUnits.throttled() - throttledBefore} throttled`,
  });
  record({
    id: 'sharepoint-import-5000-ru',
    name: `sharepoint: resource units for the import of ${rows} rows`,
    value: units,
    unit: 'RU',
  });
  record({
    id: 'sharepoint-import-throttled',
    name: 'sharepoint: import requests throttled (429)',
    value: simulator.resourceUnits.throttled() - throttledBefore,
    unit: 'requests',
    note: 'goal 0',
  });
  await simulator.close();
}
