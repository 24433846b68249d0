import type { Countable } from '../domain/situation/counts.js';
import { ForwardingStore } from '../store/forwarding-store.js';
import type { BatchOperation, BatchResult, Fields, StoragePort, StoredItem } from '../store/port.js';
import { bobSituationEntriesList, situationEntriesList } from './situation-entry-repository.js';
import { countableOf, quarterRange, type SituationCountRepository } from './situation-count-repository.js';

/** The lists whose items are counted, and whether their counts are BOB's. */
const countedLists: Record<string, boolean> = { [situationEntriesList]: false, [bobSituationEntriesList.name]: true };

/**
 * The store every service writes through: each write to the entry lists, by whichever service and however
 * batched (a form, a report's observations, an import, a move in or out of BOB, the demo data), also changes
 * the stored counts, so no writer can forget them. A non-atomic batch that fails part-way recomputes the
 * counts of the quarters it touched from the entries, as they then are.
 */
export class SituationCountingStore extends ForwardingStore {
  constructor(
    /** The adapter itself, which writes uncounted. */
    inner: StoragePort,
    private readonly counts: SituationCountRepository,
  ) {
    super(inner);
  }

  override async createItem(list: string, fields: Fields, actor: string): Promise<StoredItem> {
    const item = await this.inner.createItem(list, fields, actor);
    if (list in countedLists) await this.counts.apply(countables([item.fields]), [], countedLists[list]!, actor);
    return item;
  }

  override async updateItem(
    list: string,
    id: string,
    etag: string,
    fields: Fields,
    actor: string,
  ): Promise<StoredItem> {
    if (!(list in countedLists)) return this.inner.updateItem(list, id, etag, fields, actor);
    const before = await this.inner.getItem(list, id);
    const item = await this.inner.updateItem(list, id, etag, fields, actor);
    await this.counts.apply(
      countables([item.fields]),
      countables(before ? [before.fields] : []),
      countedLists[list]!,
      actor,
    );
    return item;
  }

  override async deleteItem(list: string, id: string, etag: string, actor: string): Promise<void> {
    if (!(list in countedLists)) return this.inner.deleteItem(list, id, etag, actor);
    const before = await this.inner.getItem(list, id);
    await this.inner.deleteItem(list, id, etag, actor);
    await this.counts.apply([], countables(before ? [before.fields] : []), countedLists[list]!, actor);
  }

  override async batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]> {
    const counted = operations.filter((operation) => operation.list in countedLists);
    if (counted.length === 0) return this.inner.batch(operations, actor);
    const before = new Map<string, StoredItem>();
    for (const operation of counted) {
      if (operation.op === 'create') continue;
      const item = await this.inner.getItem(operation.list, operation.id);
      if (item) before.set(`${operation.list}/${operation.id}`, item);
    }
    let results: BatchResult[];
    try {
      results = await this.inner.batch(operations, actor);
    } catch (error) {
      if (!this.inner.atomicBatch) await this.recount(counted, before, actor);
      throw error;
    }
    for (const bob of [false, true]) {
      const added: Countable[] = [];
      const removed: Countable[] = [];
      operations.forEach((operation, index) => {
        if (countedLists[operation.list] !== bob) return;
        const result = results[index];
        const previous = operation.op === 'create' ? undefined : before.get(`${operation.list}/${operation.id}`);
        if (previous) removed.push(...countables([previous.fields]));
        if (result && result.op !== 'delete') added.push(...countables([result.item.fields]));
      });
      await this.counts.apply(added, removed, bob, actor);
    }
    return results;
  }

  /** The quarters a failed batch touched, counted again from what the entry lists now hold. */
  private async recount(operations: BatchOperation[], before: Map<string, StoredItem>, actor: string): Promise<void> {
    for (const bob of [false, true]) {
      const touched = operations
        .filter((operation) => countedLists[operation.list] === bob)
        .flatMap((operation) =>
          countables([
            operation.op === 'create'
              ? operation.fields
              : (before.get(`${operation.list}/${operation.id}`)?.fields ?? {}),
          ]),
        );
      const range = quarterRange(touched);
      if (range) await this.counts.rebuildQuarters(range.from, range.to, bob, actor);
    }
  }
}

const countables = (fields: readonly Fields[]): Countable[] => fields.flatMap((f) => countableOf(f) ?? []);
