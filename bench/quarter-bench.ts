import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../api/config/env.js';
import { createContext } from '../api/context.js';
import type { BatchOperation } from '../api/store/port.js';

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
  'Sundsbro',
];
const categories = [
  'skadegorelse',
  'klotter',
  'nedskrapning',
  'otrygg-plats',
  'ordningsstorning',
  'stold-inbrott',
  'vald',
];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Five years of entries (20,000 a year) in local mode; the quarter view's work (from the stored counts) timed over many runs. */
export async function quarterFigures(record: Record): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-quarter-'));
  const ctx = await createContext(
    loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent', CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' }),
  );
  const perYear = 20_000;
  for (let year = 2022; year <= 2026; year += 1) {
    const operations: BatchOperation[] = [];
    for (let i = 0; i < perYear; i += 1) {
      const day = new Date(Date.UTC(year, 0, 1) + (i % 320) * 86_400_000).toISOString().slice(0, 10);
      operations.push({
        op: 'create',
        list: 'situationEntries',
        fields: {
          date: day,
          area: places[i % places.length],
          category: categories[i % categories.length],
          source: 'est',
          sourceName: 'EST',
          departmentId: null,
          description: `Händelse ${i}`,
          newPhenomenon: i % 997 === 0,
          bob: i % 50 === 0,
          count: 1,
          importId: null,
          importKey: null,
        },
      });
    }
    await ctx.store.batch(operations, 'bench');
  }
  const samples: number[] = [];
  for (let run = 0; run < 40; run += 1) {
    const start = performance.now();
    await ctx.compilations.compile(2026, ((run % 4) + 1) as 1 | 2 | 3 | 4, false);
    samples.push(performance.now() - start);
  }
  await ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
  record({
    id: 'quarter-view-p50-ms',
    name: 'lägesbild: quarter view over 5 × 20,000 entries (p50)',
    value: percentile(samples, 50),
    unit: 'ms',
  });
  record({
    id: 'quarter-view-p95-ms',
    name: 'lägesbild: quarter view over 5 × 20,000 entries (p95)',
    value: percentile(samples, 95),
    unit: 'ms',
    note: 'stored counts of the eight quarters up to it (trend and comparisons), its new phenomena, and the compilation; goal < 100 ms',
  });
}
