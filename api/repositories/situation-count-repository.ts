import { z } from 'zod';
import type { Role } from '../domain/roles.js';
import {
  countChanges,
  countKey,
  countsOf,
  normalisedCounts,
  periodIndex,
  periodOf,
  quarterOfDate,
  type Countable,
  type SituationCount,
} from '../domain/situation/counts.js';
import { entrySourceSchema } from '../domain/situation/entry.js';
import { quarterPeriod, type Quarter } from '../domain/situation/compilation.js';
import { bobSituationEntriesList, situationEntriesList } from './situation-entry-repository.js';
import { ConflictError, NotFoundError } from '../store/errors.js';
import {
  queryAll,
  type BatchOperation,
  type Fields,
  type Filter,
  type ListDefinition,
  type StoragePort,
  type StoredItem,
} from '../store/port.js';

export const situationCountsList = { name: 'situationCounts', title: 'Lägesbildens antal' };
/** BOB entries' counts: in a list the BOB group alone reads, like the entries themselves. */
export const bobSituationCountsList = {
  name: 'situationCountsBob',
  title: 'Lägesbildens antal BOB',
  readers: ['BobMember'] as Role[],
};

const columns: ListDefinition['columns'] = [
  { name: 'key', type: 'text', indexed: true },
  { name: 'period', type: 'number', indexed: true },
  { name: 'year', type: 'number' },
  { name: 'quarter', type: 'number' },
  { name: 'category', type: 'text' },
  { name: 'area', type: 'text' },
  { name: 'source', type: 'text' },
  { name: 'preliminary', type: 'boolean' },
  { name: 'count', type: 'number' },
];

const storedCountSchema = z.object({
  year: z.number().int(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  category: z.string(),
  area: z.string(),
  source: entrySourceSchema,
  preliminary: z
    .boolean()
    .nullish()
    .transform((value) => (value ? true : undefined)),
  count: z.number(),
});

/** An entry's fields as the count needs them; an item edited by hand into something else counts as nothing. */
const countableSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  area: z.string(),
  category: z.string(),
  source: entrySourceSchema,
  count: z.number(),
  preliminary: z
    .boolean()
    .nullish()
    .transform((value) => (value ? true : undefined)),
});
export const countableOf = (fields: Fields): Countable | undefined => countableSchema.safeParse(fields).data;
/** The fields countableOf reads: a query for counting selects only these. */
export const countableFields = Object.keys(countableSchema.shape);

const retries = 8;
type Quarterly = { year: number; quarter: Quarter };
type Pace = (units: number) => Promise<void>;

/**
 * The stored counts of the lägesbild (see domain/situation/counts.ts), one item per key, changed with the
 * ETag it was read with: two instances adding to the same count both land, one after a retry.
 */
export class SituationCountRepository {
  constructor(private readonly store: StoragePort) {}

  async ensure(): Promise<void> {
    await Promise.all(
      [situationCountsList, bobSituationCountsList].map(({ name, title }) =>
        this.store.ensureList({ name, title, columns }),
      ),
    );
  }

  /** Counts of the quarters from..to (inclusive), BOB entries' only when the reader may see them. */
  async between(from: Quarterly, to: Quarterly, includeBob: boolean): Promise<SituationCount[]> {
    const filters: Filter[] = [
      { field: 'period', op: 'ge', value: periodIndex(from.year, from.quarter) },
      { field: 'period', op: 'le', value: periodIndex(to.year, to.quarter) },
    ];
    const lists = includeBob ? [situationCountsList.name, bobSituationCountsList.name] : [situationCountsList.name];
    const items = (await Promise.all(lists.map((list) => queryAll(this.store, list, { filters, top: 500 })))).flat();
    return normalisedCounts(items.flatMap((item) => storedCountSchema.safeParse(item.fields).data ?? []));
  }

  /**
   * Adds what entries added and removed change to the counts of the shared or the BOB list. `pace` is asked
   * before each request that costs SharePoint resource units (an import's job keeps to its budget so).
   */
  async apply(
    added: readonly Countable[],
    removed: readonly Countable[],
    bob: boolean,
    actor: string,
    pace: Pace = async () => undefined,
  ): Promise<void> {
    const changes = countChanges(added, removed);
    if (changes.size === 0) return;
    const list = bob ? bobSituationCountsList.name : situationCountsList.name;
    if (!this.store.atomicBatch) {
      await pace(2 * Math.ceil(changes.size / 500));
      const stored = await this.stored(list, changes);
      for (const [key, change] of changes) await this.applyOne(list, key, change, stored.get(key), actor, pace);
      return;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.store.batch(this.operations(list, changes, await this.stored(list, changes)), actor);
        return;
      } catch (error) {
        if (!(error instanceof ConflictError || error instanceof NotFoundError) || attempt >= retries) throw error;
      }
    }
  }

  /** Recomputes every count from the entries of both lists: the `npm run counts:rebuild` command. */
  async rebuild(actor: string): Promise<{ shared: number; bob: number }> {
    const [shared, bob] = await Promise.all([
      this.replace(situationCountsList.name, situationEntriesList, undefined, actor),
      this.replace(bobSituationCountsList.name, bobSituationEntriesList.name, undefined, actor),
    ]);
    return { shared, bob };
  }

  /** Recomputes the counts of the quarters from..to alone, after a write that may have stopped half-way. */
  async rebuildQuarters(from: Quarterly, to: Quarterly, bob: boolean, actor: string): Promise<void> {
    await this.replace(
      bob ? bobSituationCountsList.name : situationCountsList.name,
      bob ? bobSituationEntriesList.name : situationEntriesList,
      { from, to },
      actor,
    );
  }

  /** No count stored but entries are: a store from before the counts, which gets them once on start. */
  async missing(): Promise<boolean> {
    const any = async (lists: string[]) =>
      (await Promise.all(lists.map((list) => this.store.queryItems(list, { top: 1 })))).some(
        (page) => page.items.length > 0,
      );
    return (
      !(await any([situationCountsList.name, bobSituationCountsList.name])) &&
      (await any([situationEntriesList, bobSituationEntriesList.name]))
    );
  }

  private async replace(
    list: string,
    entriesList: string,
    range: { from: Quarterly; to: Quarterly } | undefined,
    actor: string,
  ): Promise<number> {
    const dates: Filter[] = range
      ? [
          { field: 'date', op: 'ge', value: quarterPeriod(range.from.year, range.from.quarter).from },
          { field: 'date', op: 'le', value: quarterPeriod(range.to.year, range.to.quarter).to },
        ]
      : [];
    const periods: Filter[] = range
      ? [
          { field: 'period', op: 'ge', value: periodIndex(range.from.year, range.from.quarter) },
          { field: 'period', op: 'le', value: periodIndex(range.to.year, range.to.quarter) },
        ]
      : [];
    const [entries, stored] = await Promise.all([
      queryAll(this.store, entriesList, { filters: dates, top: 500 }),
      queryAll(this.store, list, { filters: periods, top: 500 }),
    ]);
    const counts = countsOf(entries.flatMap((item) => countableOf(item.fields) ?? []));
    const operations: BatchOperation[] = [
      ...stored.map((item): BatchOperation => ({ op: 'delete', list, id: item.id, etag: item.etag })),
      ...counts.map((count): BatchOperation => ({ op: 'create', list, fields: fieldsOf(count) })),
    ];
    for (let start = 0; start < operations.length; start += 500)
      await this.store.batch(operations.slice(start, start + 500), actor);
    return counts.length;
  }

  /** The stored items of the changed keys: by key when few, else every count of their quarters. */
  private async stored(list: string, changes: Map<string, SituationCount>): Promise<Map<string, StoredItem>> {
    const items =
      changes.size <= 4
        ? (
            await Promise.all(
              [...changes.keys()].map((key) =>
                queryAll(this.store, list, { filters: [{ field: 'key', op: 'eq', value: key }] }),
              ),
            )
          ).flat()
        : await queryAll(this.store, list, {
            top: 500,
            filters: [
              {
                field: 'period',
                op: 'ge',
                value: Math.min(...[...changes.values()].map((c) => periodIndex(c.year, c.quarter))),
              },
              {
                field: 'period',
                op: 'le',
                value: Math.max(...[...changes.values()].map((c) => periodIndex(c.year, c.quarter))),
              },
            ],
          });
    return new Map(
      items.filter((item) => changes.has(String(item.fields.key))).map((item) => [String(item.fields.key), item]),
    );
  }

  private operations(
    list: string,
    changes: Map<string, SituationCount>,
    stored: Map<string, StoredItem>,
  ): BatchOperation[] {
    return [...changes].map(([key, change]): BatchOperation => {
      const item = stored.get(key);
      if (!item) return { op: 'create', list, fields: fieldsOf(change) };
      const next = Number(item.fields.count ?? 0) + change.count;
      return next === 0
        ? { op: 'delete', list, id: item.id, etag: item.etag }
        : { op: 'update', list, id: item.id, etag: item.etag, fields: { count: next } };
    });
  }

  /** One count changed with the ETag it was read with; on a conflict read again and retried. */
  private async applyOne(
    list: string,
    key: string,
    change: SituationCount,
    read: StoredItem | undefined,
    actor: string,
    pace: Pace,
  ): Promise<void> {
    let item = read;
    for (let attempt = 1; ; attempt += 1) {
      const [operation] = this.operations(list, new Map([[key, change]]), item ? new Map([[key, item]]) : new Map());
      try {
        await pace(2);
        if (operation?.op === 'create') await this.store.createItem(list, operation.fields, actor);
        else if (operation?.op === 'update')
          await this.store.updateItem(list, operation.id, operation.etag, operation.fields, actor);
        else if (operation?.op === 'delete') await this.store.deleteItem(list, operation.id, operation.etag, actor);
        return;
      } catch (error) {
        if (!(error instanceof ConflictError || error instanceof NotFoundError) || attempt >= retries) throw error;
        await pace(2);
        [item] = await queryAll(this.store, list, { filters: [{ field: 'key', op: 'eq', value: key }] });
      }
    }
  }
}

const fieldsOf = (count: SituationCount): Fields => ({
  key: countKey(count),
  period: periodIndex(count.year, count.quarter),
  ...count,
  preliminary: count.preliminary ?? false,
});

/** The quarters a set of entries falls in, as one range. */
export function quarterRange(entries: readonly Countable[]): { from: Quarterly; to: Quarterly } | undefined {
  let [min, max] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const entry of entries) {
    const { year, quarter } = quarterOfDate(entry.date);
    const index = periodIndex(year, quarter);
    [min, max] = [Math.min(min, index), Math.max(max, index)];
  }
  return entries.length === 0 ? undefined : { from: periodOf(min), to: periodOf(max) };
}
