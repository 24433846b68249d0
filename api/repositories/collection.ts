import type { z } from 'zod';
import {
  queryAll,
  type BatchOperation,
  type Fields,
  type ItemQuery,
  type ListDefinition,
  type StoragePort,
  type StoredItem,
} from '../store/port.js';

export type Stored<T> = T & { id: string; etag: string };

/**
 * One list of the store seen as domain objects: every item read back is parsed by the domain schema,
 * so a list edited by hand in SharePoint cannot smuggle malformed data into the app.
 */
export class Collection<T extends Fields> {
  constructor(
    private readonly store: StoragePort,
    readonly definition: ListDefinition,
    private readonly schema: z.ZodType<T>,
  ) {}

  async ensure(): Promise<void> {
    await this.store.ensureList(this.definition);
  }

  async all(query: Omit<ItemQuery, 'pageToken'> = {}): Promise<Stored<T>[]> {
    return (await queryAll(this.store, this.definition.name, query)).map((item) => this.toDomain(item));
  }

  async get(id: string): Promise<Stored<T> | undefined> {
    const item = await this.store.getItem(this.definition.name, id);
    return item && this.toDomain(item);
  }

  async create(value: T, actor: string): Promise<Stored<T>> {
    return this.toDomain(await this.store.createItem(this.definition.name, value, actor));
  }

  async update(id: string, etag: string, patch: Partial<T>, actor: string): Promise<Stored<T>> {
    return this.toDomain(await this.store.updateItem(this.definition.name, id, etag, patch, actor));
  }

  async delete(id: string, etag: string, actor: string): Promise<void> {
    await this.store.deleteItem(this.definition.name, id, etag, actor);
  }

  /**
   * Creates or updates one item of this list together with other operations in one batch: all or nothing on
   * the embedded store; in order on SharePoint, whose $batch is not atomic (the caller makes a retry finish
   * what a failure left half-done).
   */
  async writeWith(
    write: { create: T } | { update: { id: string; etag: string; patch: Partial<T> } },
    operations: BatchOperation[],
    actor: string,
  ): Promise<Stored<T>> {
    const first: BatchOperation =
      'create' in write
        ? { op: 'create', list: this.definition.name, fields: write.create }
        : {
            op: 'update',
            list: this.definition.name,
            id: write.update.id,
            etag: write.update.etag,
            fields: write.update.patch,
          };
    const [result] = await this.store.batch([first, ...operations], actor);
    if (!result || result.op === 'delete') throw new Error(`The batch did not answer for ${this.definition.name}`);
    return this.toDomain(result.item);
  }

  toDomain(item: StoredItem): Stored<T> {
    return { ...this.schema.parse(item.fields), id: item.id, etag: item.etag };
  }
}
