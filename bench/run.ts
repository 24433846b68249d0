/**
 * npm run bench: figures for the parts whose speed people will feel, printed and written to bench/out/.
 * Ratios compare with a reference measured in the same run, so the numbers mean something on any machine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { builtTabDir } from '../api/paths.js';
import { fixedClock } from '../api/domain/clock.js';
import { askersundTemplate, buildCycle } from '../api/domain/cycle/index.js';
import { EmbeddedStore } from '../api/store/embedded/embedded-store.js';
import type { BatchOperation } from '../api/store/port.js';
import { PacedSender } from '../bot/sending/paced-sender.js';
import { importFigures } from './import-bench.js';
import { workbookFigures } from './workbook-bench.js';
import { quarterFigures } from './quarter-bench.js';
import { graphFigures } from './graph-bench.js';
import { sharePointFigures } from './sharepoint-bench.js';
import { stallFigures } from './stall-bench.js';
import { documentCheckFigures } from './document-check-bench.js';
import { startRateLimitedConnector } from '../test/support/rate-limited-connector.js';

interface Figure {
  /** Stable across runs, so figures can be compared over time. */
  id: string;
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const figures: Figure[] = [];
const record = (figure: Figure) => {
  figures.push(figure);
  process.stdout.write(
    `${figure.name.padEnd(52)} ${figure.value.toFixed(figure.value < 10 ? 2 : 0).padStart(10)} ${figure.unit}${figure.note ? `  (${figure.note})` : ''}\n`,
  );
};

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function timeAsync(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The tab's first load: the entry script and what index.html preloads, gzipped (needs npm run build:tab). */
function tabFigures(): void {
  const html = readFileSync(join(builtTabDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const bytes = scripts.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(builtTabDir, path)), { level: 9 }).length,
    0,
  );
  record({
    id: 'tab-initial-js-gzip-kb',
    name: 'tab: JavaScript before the first view, gzipped',
    value: bytes / 1024,
    unit: 'KB',
    note: `${scripts.length} files; goal < 250 KB`,
  });
  // What the service sends a browser that takes brotli: the build's twins (vite.config.ts), byte for byte.
  const served = scripts.reduce((sum, path) => {
    const twin = join(builtTabDir, `${path}.br`);
    return sum + statSync(existsSync(twin) ? twin : join(builtTabDir, path)).size;
  }, 0);
  record({
    id: 'tab-initial-js-served-kb',
    name: 'tab: the same, as sent (brotli made at build)',
    value: served / 1024,
    unit: 'KB',
  });
}

async function storeFigures(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const store = new EmbeddedStore(dir, fixedClock('2026-11-24T08:00:00Z'));
  const columns = [
    { name: 'date', type: 'dateTime' as const, indexed: true },
    { name: 'area', type: 'text' as const, indexed: true },
    { name: 'category', type: 'text' as const, indexed: true },
    { name: 'description', type: 'note' as const },
  ];
  await store.ensureList({ name: 'oneByOne', title: 'bench', columns });
  await store.ensureList({ name: 'batched', title: 'bench', columns });
  const rows = 5_000;
  const fields = (i: number) => ({
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    area: `Område ${i % 40}`,
    category: ['klotter', 'skadegörelse', 'nedskräpning', 'otrygg plats'][i % 4]!,
    description: 'Iakttagelse vid busshållplatsen, krossat glas och klotter på väggen.',
  });

  const single = await timeAsync(async () => {
    for (let i = 0; i < rows; i += 1) await store.createItem('oneByOne', fields(i), 'bench');
  });
  const batched = await timeAsync(async () => {
    for (let start = 0; start < rows; start += 500) {
      const operations: BatchOperation[] = Array.from({ length: 500 }, (_, k) => ({
        op: 'create',
        list: 'batched',
        fields: fields(start + k),
      }));
      await store.batch(operations, 'bench');
    }
  });
  record({
    id: 'store-create-items-per-s',
    name: 'store: items created one by one',
    value: rows / (single / 1000),
    unit: 'items/s',
  });
  record({
    id: 'store-batch-items-per-s',
    name: 'store: items created in batches of 500',
    value: rows / (batched / 1000),
    unit: 'items/s',
    note: `${(single / batched).toFixed(1)}× one by one`,
  });

  const samples: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    samples.push(
      await timeAsync(async () => {
        await store.queryItems('batched', {
          filters: [
            { field: 'category', op: 'eq', value: 'klotter' },
            { field: 'date', op: 'ge', value: '2026-04-01' },
            { field: 'date', op: 'le', value: '2026-06-30' },
          ],
          orderBy: [{ field: 'date' }],
          top: 100,
        });
      }),
    );
  }
  record({
    id: 'store-page-p50-ms',
    name: 'store: filtered, ordered page of 100 (p50)',
    value: percentile(samples, 50),
    unit: 'ms',
  });
  record({
    id: 'store-page-p95-ms',
    name: 'store: filtered, ordered page of 100 (p95)',
    value: percentile(samples, 95),
    unit: 'ms',
  });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

function cycleFigures(): void {
  buildCycle(askersundTemplate, 2026);
  const years = 500;
  const elapsed = time(() => {
    for (let i = 0; i < years; i += 1) buildCycle(askersundTemplate, 2000 + (i % 100));
  });
  record({
    id: 'cycles-per-s',
    name: 'årshjul: cycles built (holidays, working days)',
    value: years / (elapsed / 1000),
    unit: 'cycles/s',
  });
}

async function fanOutFigures(): Promise<void> {
  const connector = await startRateLimitedConnector();
  const reminders = 300;
  const sender = new PacedSender<object>(async ({ conversationId, payload }) => {
    const response = await fetch(`${connector.url}/v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!response.ok)
      throw {
        statusCode: response.status,
        retryAfterMs: Number(response.headers.get('retry-after') ?? 0) * 1000 || undefined,
        message: `HTTP ${response.status}`,
      };
  });
  const messages = Array.from({ length: reminders }, (_, i) => ({
    conversationId: `a:personal-${i}`,
    payload: { type: 'message', text: 'Påminnelse: förvaltningens rapport' },
  }));
  const started = performance.now();
  const results = await sender.sendAll(messages, 8);
  const elapsed = performance.now() - started;
  // Teams allows 50 requests per second: the first 50 go at once, each further 50 needs one more second.
  const leastAllowed = (Math.ceil(reminders / 50) - 1) * 1000;
  record({
    id: 'reminders-fanout-s',
    name: `reminders: fan-out of ${reminders} to distinct people`,
    value: elapsed / 1000,
    unit: 's',
    note: `least the limits allow ${(leastAllowed / 1000).toFixed(1)} s`,
  });
  record({
    id: 'reminders-floor-ratio',
    name: 'reminders: time against the least the limits allow',
    value: elapsed / leastAllowed,
    unit: '×',
    note: 'goal ≤ 1.10',
  });
  record({
    id: 'reminders-delivered',
    name: 'reminders: delivered',
    value: results.filter((r) => r.ok).length,
    unit: `of ${reminders}`,
  });
  record({
    id: 'reminders-throttled',
    name: 'reminders: throttled (429) by the connector',
    value: connector.throttled(),
    unit: 'requests',
    note: 'goal 0',
  });
  await connector.close();
}

await storeFigures();
cycleFigures();
await fanOutFigures();
await importFigures(record);
await workbookFigures(record);
await quarterFigures(record);
await graphFigures(record);
await sharePointFigures(record);
await stallFigures(record);
await documentCheckFigures(record);
tabFigures();

const out = join(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'figures.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`,
);
process.stdout.write(`\nwritten to ${join('bench', 'out', 'figures.json')}\n`);
