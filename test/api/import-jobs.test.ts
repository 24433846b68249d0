import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../api/app-context.js';
import { loadConfig } from '../../api/config/env.js';
import { createContext } from '../../api/context.js';
import { fixedClock, type Clock } from '../../api/domain/clock.js';
import { countsOf, normalisedCounts } from '../../api/domain/situation/counts.js';
import { EmbeddedStore } from '../../api/store/embedded/embedded-store.js';
import type { BatchOperation, BatchResult, StoragePort } from '../../api/store/port.js';
import { ResourceUnitMeter } from '../../api/store/sharepoint/resource-units.js';
import { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';

const mapping = {
  date: 0,
  area: 1,
  category: 2,
  description: 3,
  count: 4,
  fixedCategory: null,
  categoryValues: {},
  newPhenomenon: null,
  preliminary: null,
};
const places = ['Torget', 'Hamnen', 'Resecentrum', 'Stadsparken'];

function estFile(rows: number): Buffer {
  const lines = ['Datum;Plats;Händelsetyp;Beskrivning;Antal'];
  for (let i = 0; i < rows; i += 1)
    lines.push(
      `${(i % 28) + 1}/${(i % 9) + 1}/2026;${places[i % places.length]};${i % 2 ? 'Klotter' : 'Skadegörelse'};Händelse ${i};1`,
    );
  return Buffer.from(`${lines.join('\n')}\n`);
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const everything = { from: { year: 2000, quarter: 1 as const }, to: { year: 2100, quarter: 4 as const } };
async function expectCountsMatchEntries(ctx: AppContext): Promise<void> {
  expect(await ctx.situationCounts.between(everything.from, everything.to, false)).toEqual(
    normalisedCounts(countsOf(await ctx.situationEntries.all())),
  );
}

/** A store whose writes to the entries stop answering after the first batch: the instance as it stops mid-import. */
class StoppingStore extends EmbeddedStore {
  private batches = 0;
  override async batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]> {
    if (operations.some((o) => o.list === 'situationEntries') && ++this.batches > 1)
      return new Promise(() => undefined);
    return super.batch(operations, actor);
  }
}

/** A fresh embedded instance in its own folder, closed and removed after the test; `stopping` stalls its writes. */
async function embeddedContext(stopping = false): Promise<AppContext> {
  const dir = mkdtempSync(join(tmpdir(), 'import-job-'));
  const clock = fixedClock('2026-11-24T09:00:00+01:00');
  const ctx = await createContext(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent' }), {
    clock,
    ...(stopping ? { store: new StoppingStore(dir, clock) } : {}),
  });
  cleanups.push(async () => {
    await ctx.store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return ctx;
}

describe('an import as a job', () => {
  it('is taken over by another instance after one stops mid-way, and ends with every row once and the counts right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-job-'));
    const config = loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
    const started: Clock = fixedClock('2026-11-24T09:00:00+01:00');
    const first = await createContext(config, {
      clock: started,
      store: new StoppingStore(dir, started),
      instanceId: 'first',
    });
    const file = estFile(12_000);
    const preview = await first.imports.upload(file, 'stor-export.csv', 'chief');
    const accepted = await first.imports.commit(preview.fileId, 'est', mapping, 'chief');
    expect(accepted).toMatchObject({ status: 'running', added: 12_000, written: 0 });
    await expect.poll(async () => (await first.imports.job(accepted.id)).written, { timeout: 20_000 }).toBe(5_000);

    // Three minutes later a second instance starts: the first has not touched the job since.
    const second = await createContext(config, {
      clock: fixedClock('2026-11-24T09:03:00+01:00'),
      instanceId: 'second',
    });
    cleanups.push(async () => {
      await second.store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    expect(await second.imports.resumeStale()).toBe(1);
    await second.imports.settled();
    const finished = await second.imports.job(accepted.id);
    expect(finished).toMatchObject({ status: 'done', written: 12_000, runner: 'second', error: null });
    const entries = await second.situationEntries.all();
    expect(entries).toHaveLength(12_000);
    expect(new Set(entries.map((e) => e.importKey)).size).toBe(12_000);
    await expectCountsMatchEntries(second);
  });

  it('leaves a job whose instance is still at work alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-job-'));
    const config = loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
    const clock = fixedClock('2026-11-24T09:00:00+01:00');
    const first = await createContext(config, { clock, store: new StoppingStore(dir, clock), instanceId: 'first' });
    const preview = await first.imports.upload(estFile(6_000), 'export.csv', 'chief');
    const accepted = await first.imports.commit(preview.fileId, 'est', mapping, 'chief');
    await expect.poll(async () => (await first.imports.job(accepted.id)).written, { timeout: 20_000 }).toBe(5_000);
    const second = await createContext(config, {
      clock: fixedClock('2026-11-24T09:00:30+01:00'),
      instanceId: 'second',
    });
    cleanups.push(async () => {
      await second.store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    expect(await second.imports.resumeStale()).toBe(0);
    expect(await second.imports.job(accepted.id)).toMatchObject({ status: 'running', runner: 'first' });
  });

  it('keeps to the SharePoint budget less the headroom: nothing throttled, and it takes the minutes the budget asks', async () => {
    let now = Date.parse('2026-11-24T08:00:00Z');
    const clock: Clock = { now: () => new Date(now) };
    const sleep = async (ms: number) => {
      now += ms;
    };
    // SharePoint's smallest budget; the import may use 240 of the 300 a minute here.
    const simulator: GraphSimulator = await startGraphSimulator({ clock, resourceUnitsPerMinute: 300 });
    const store: StoragePort = new SharePointStore({
      baseUrl: simulator.url,
      siteId: simulator.siteId,
      tokens: { getToken: async () => 'token' },
      sleep,
      meter: new ResourceUnitMeter(() => now),
    });
    const ctx = await createContext(
      loadConfig({
        DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
        SHAREPOINT_RU_PER_MINUTE: '300',
        IMPORT_RU_HEADROOM_PER_MINUTE: '60',
      }),
      { clock, store, sleep, instanceId: 'sp' },
    );
    cleanups.push(() => simulator.close());
    await sleep(60_000);
    const throttledBefore = simulator.resourceUnits.throttled();
    const preview = await ctx.imports.upload(estFile(400), 'export.csv', 'chief');
    const startedAt = now;
    const accepted = await ctx.imports.commit(preview.fileId, 'est', mapping, 'chief');
    await ctx.imports.settled();
    expect(await ctx.imports.job(accepted.id)).toMatchObject({ status: 'done', written: 400 });
    expect(simulator.resourceUnits.throttled() - throttledBefore).toBe(0);
    // 400 rows are 800 resource units of writes alone: more than three minutes at 240 a minute.
    expect(now - startedAt).toBeGreaterThan(3 * 60_000);
    await expectCountsMatchEntries(ctx);
  });

  it('gives other requests their turn while a large file is read, checked and written', async () => {
    const ctx = await embeddedContext();
    // The embedded store answers at once, so only the work's own pauses let the event loop serve anyone else.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    const turnsDuring = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      ticking = true;
      turns = 0;
      setImmediate(tick);
      const result = await work();
      ticking = false;
      return [result, turns];
    };
    const file = estFile(60_000);
    const [preview, reading] = await turnsDuring(() => ctx.imports.upload(file, 'stor-export.csv', 'chief'));
    const [, importing] = await turnsDuring(async () => {
      await ctx.imports.commit(preview.fileId, 'est', mapping, 'chief');
      await ctx.imports.settled();
    });
    // Reading pauses after each megabyte and each 20,000 rows trimmed; importing after each 10,000 rows checked
    // and each 5,000 written.
    expect(reading).toBeGreaterThanOrEqual(file.length / (1024 * 1024) + 2);
    expect(importing).toBeGreaterThanOrEqual(60_000 / 10_000 + 60_000 / 5_000);
    expect(await ctx.situationEntries.all()).toHaveLength(60_000);
  });

  it('writes rows once when the same rows are imported twice at once, refusing the later import', async () => {
    const ctx = await embeddedContext();
    const file = estFile(30_000);
    // The same export twice, and once more saved with Windows line endings: another file, the same rows.
    const same = await ctx.imports.upload(file, 'export.csv', 'chief');
    const resaved = await ctx.imports.upload(
      Buffer.from(file.toString().replaceAll('\n', '\r\n')),
      'kopia.csv',
      'chief',
    );
    const outcomes = await Promise.allSettled([
      ctx.imports.commit(same.fileId, 'est', mapping, 'chief'),
      ctx.imports.commit(same.fileId, 'est', mapping, 'chief'),
      ctx.imports.commit(resaved.fileId, 'est', mapping, 'chief'),
    ]);
    await ctx.imports.settled();
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status === 'rejected'))
      expect(outcome.reason).toMatchObject({ code: 'import_running', status: 409 });
    expect(await ctx.situationEntries.all()).toHaveLength(30_000);
    await expectCountsMatchEntries(ctx);
    // Once it is done, the file again adds nothing.
    const again = await ctx.imports.commit(resaved.fileId, 'est', mapping, 'chief');
    expect(again).toMatchObject({ status: 'done', added: 0, skipped: 30_000 });
  });

  it('refuses another import from a source while its job runs, and takes one from another source', async () => {
    const ctx = await embeddedContext(true);
    const first = await ctx.imports.upload(estFile(12_000), 'export.csv', 'chief');
    await ctx.imports.commit(first.fileId, 'est', mapping, 'chief');
    const other = await ctx.imports.upload(estFile(10), 'annan.csv', 'chief');
    await expect(ctx.imports.commit(other.fileId, 'est', mapping, 'chief')).rejects.toMatchObject({
      code: 'import_running',
      status: 409,
      text: { sv: expect.stringMatching(/^En import från EST pågår redan/) },
    });
    expect(await ctx.imports.commit(other.fileId, 'other', mapping, 'chief')).toMatchObject({ status: 'running' });
  });
});
