import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config/env.js';
import { createContext } from '../../api/context.js';
import type { AppContext } from '../../api/app-context.js';
import { countsOf, normalisedCounts } from '../../api/domain/situation/counts.js';
import type { SituationEntry } from '../../api/domain/situation/entry.js';
import { bobSituationEntriesList, situationEntriesList } from '../../api/repositories/situation-entry-repository.js';
import type { BatchOperation } from '../../api/store/port.js';

let dir: string;
let ctx: AppContext;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'counts-'));
  ctx = await createContext(
    loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent', CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' }),
  );
});
afterAll(async () => {
  await ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const entryArbitrary = fc.record({
  date: fc.constantFrom(
    '2025-02-11',
    '2025-03-31',
    '2025-04-01',
    '2025-12-31',
    '2026-01-01',
    '2026-05-20',
    '2026-09-30',
  ),
  area: fc.constantFrom('Torget', 'Hamnen', 'Resecentrum'),
  category: fc.constantFrom('klotter', 'skadegorelse'),
  source: fc.constantFrom('est' as const, 'police' as const, 'department' as const),
  count: fc.integer({ min: 1, max: 5 }),
  bob: fc.boolean(),
});
type Drawn = {
  date: string;
  area: string;
  category: string;
  source: SituationEntry['source'];
  count: number;
  bob: boolean;
};

const entryOf = (drawn: Drawn): SituationEntry => ({
  ...drawn,
  categoryText: '',
  departmentId: null,
  actorId: null,
  sourceName: '',
  description: 'Slumpad post',
  newPhenomenon: false,
  preliminary: false,
  importId: null,
  importKey: null,
});

/** What the people and the services do to entries: write, change (also in or out of BOB), delete, import and replace in batches. */
const operationArbitrary = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), entry: entryArbitrary }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), entry: entryArbitrary }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('batch' as const),
    entries: fc.array(entryArbitrary, { maxLength: 12 }),
    deletes: fc.array(fc.nat(), { maxLength: 3 }),
  }),
);

async function apply(
  operation:
    | { kind: 'create'; entry: Drawn }
    | { kind: 'update'; pick: number; entry: Drawn }
    | { kind: 'delete'; pick: number }
    | { kind: 'batch'; entries: Drawn[]; deletes: number[] },
): Promise<void> {
  const existing = await ctx.situationEntries.all();
  const picked = (n: number) => existing[n % Math.max(existing.length, 1)];
  if (operation.kind === 'create') await ctx.situationEntries.create(entryOf(operation.entry), 'test');
  if (operation.kind === 'update' && picked(operation.pick)) {
    const target = picked(operation.pick)!;
    await ctx.situationEntries.update(target.id, target.etag, entryOf(operation.entry), 'test');
  }
  if (operation.kind === 'delete' && picked(operation.pick)) {
    const target = picked(operation.pick)!;
    await ctx.situationEntries.delete(target.id, target.etag, 'test');
  }
  if (operation.kind === 'batch') {
    const shared = existing.filter((entry) => !entry.bob);
    const deletes = [
      ...new Set(
        operation.deletes.map((n) => shared[n % Math.max(shared.length, 1)]).filter((entry) => entry !== undefined),
      ),
    ];
    const operations: BatchOperation[] = [
      ...deletes.map(
        (entry): BatchOperation => ({ op: 'delete', list: situationEntriesList, id: entry.id, etag: entry.etag }),
      ),
      ...operation.entries.map(
        (drawn): BatchOperation => ({
          op: 'create',
          list: drawn.bob ? bobSituationEntriesList.name : situationEntriesList,
          fields: entryOf(drawn),
        }),
      ),
    ];
    if (operations.length > 0) await ctx.store.batch(operations, 'test');
  }
}

const all = { from: { year: 2000, quarter: 1 as const }, to: { year: 2100, quarter: 4 as const } };

async function expectCountsMatchEntries(): Promise<void> {
  const entries = await ctx.situationEntries.all();
  expect(await ctx.situationCounts.between(all.from, all.to, false)).toEqual(
    normalisedCounts(countsOf(entries.filter((entry) => !entry.bob))),
  );
  expect(await ctx.situationCounts.between(all.from, all.to, true)).toEqual(normalisedCounts(countsOf(entries)));
}

describe('the stored counts of the lägesbild', () => {
  it('equal the counts rebuilt from the entries after any sequence of writes, moves, deletes and batches', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operationArbitrary, { minLength: 1, maxLength: 8 }), async (operations) => {
        for (const operation of operations) await apply(operation);
        const incremental = await ctx.situationCounts.between(all.from, all.to, true);
        await expectCountsMatchEntries();
        await ctx.situationCounts.rebuild('test');
        expect(await ctx.situationCounts.between(all.from, all.to, true)).toEqual(incremental);
      }),
      { numRuns: 30, seed: 20261201 },
    );
  });

  it('keep BOB entries out of the totals of readers outside the BOB group', async () => {
    await ctx.situationEntries.create(
      entryOf({ date: '2027-01-15', area: 'Hemlig plats', category: 'klotter', source: 'police', count: 7, bob: true }),
      'test',
    );
    const quarter = { year: 2027, quarter: 1 as const };
    expect(await ctx.situationCounts.between(quarter, quarter, false)).toEqual([]);
    expect(await ctx.situationCounts.between(quarter, quarter, true)).toEqual([
      { year: 2027, quarter: 1, category: 'klotter', area: 'Hemlig plats', source: 'police', count: 7 },
    ]);
  });

  it('are built once on start for a store from before the counts', async () => {
    await ctx.situationEntries.create(
      entryOf({ date: '2026-02-03', area: 'Torget', category: 'klotter', source: 'est', count: 2, bob: false }),
      'test',
    );
    await ctx.store.batch(
      (await ctx.store.queryItems('situationCounts', { top: 500 })).items.map(
        (item): BatchOperation => ({ op: 'delete', list: 'situationCounts', id: item.id, etag: item.etag }),
      ),
      'test',
    );
    await ctx.store.batch(
      (await ctx.store.queryItems('situationCountsBob', { top: 500 })).items.map(
        (item): BatchOperation => ({ op: 'delete', list: 'situationCountsBob', id: item.id, etag: item.etag }),
      ),
      'test',
    );
    expect(await ctx.situationCounts.missing()).toBe(true);
    await ctx.store.close();
    ctx = await createContext(
      loadConfig({
        DATA_DIR: dir,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
        CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00',
      }),
    );
    await expectCountsMatchEntries();
  });
});
