import { z } from 'zod';
import { Collection, type Stored } from './collection.js';
import { ConflictError, NotFoundError } from '../store/errors.js';
import type { StoragePort } from '../store/port.js';

export const conversationReferenceRecordSchema = z.object({
  /** The person's Entra object id (from.aadObjectId). */
  userId: z.string().min(1),
  conversationId: z.string().min(1),
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  tenantId: z.string().nullable().default(null),
  /** The whole reference as the Agents SDK gives it (getConversationReference), for continueConversation. */
  reference: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});
export type ConversationReferenceRecord = z.infer<typeof conversationReferenceRecordSchema>;

export const conversationReferencesList = 'conversationReferences';

/**
 * Where each person can be reached proactively: one personal conversation per Entra object id, kept current
 * on install and on every message. Reminders read it and call adapter.continueConversation.
 */
export class ConversationReferenceRepository {
  readonly references: Collection<ConversationReferenceRecord>;

  constructor(store: StoragePort) {
    this.references = new Collection(
      store,
      {
        name: conversationReferencesList,
        title: 'Botkonversationer',
        columns: [
          { name: 'userId', type: 'text', indexed: true },
          { name: 'conversationId', type: 'text' },
          { name: 'serviceUrl', type: 'text' },
          { name: 'channelId', type: 'text' },
          { name: 'tenantId', type: 'text' },
          { name: 'reference', type: 'json' },
          { name: 'updatedAt', type: 'dateTime' },
        ],
      },
      conversationReferenceRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.references.ensure();
  }

  async find(userId: string): Promise<Stored<ConversationReferenceRecord> | undefined> {
    return newestFirst(await this.ofUser(userId))[0];
  }

  async all(): Promise<Stored<ConversationReferenceRecord>[]> {
    return this.references.all();
  }

  /**
   * Upserts the person's reference. Two first messages arriving at once can both create an item; the next
   * call keeps the newest and removes the others. A concurrent update (stale ETag) is retried on what is there.
   */
  async remember(record: ConversationReferenceRecord, actor: string): Promise<Stored<ConversationReferenceRecord>> {
    const [current, ...duplicates] = newestFirst(await this.ofUser(record.userId));
    for (const duplicate of duplicates) await this.deleteQuietly(duplicate, actor);
    if (!current) return this.references.create(record, actor);
    try {
      return await this.references.update(current.id, current.etag, record, actor);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return this.references.update(current.id, error.current.etag, record, actor);
    }
  }

  /** The person removed the app: nothing may be sent there any more. */
  async forget(userId: string, actor: string): Promise<void> {
    for (const item of await this.ofUser(userId)) await this.deleteQuietly(item, actor);
  }

  private async ofUser(userId: string): Promise<Stored<ConversationReferenceRecord>[]> {
    return this.references.all({ filters: [{ field: 'userId', op: 'eq', value: userId }] });
  }

  private async deleteQuietly(item: Stored<ConversationReferenceRecord>, actor: string): Promise<void> {
    try {
      await this.references.delete(item.id, item.etag, actor);
    } catch (error) {
      // Someone else already changed or removed it: that caller's view wins.
      if (!(error instanceof ConflictError) && !(error instanceof NotFoundError)) throw error;
    }
  }
}

function newestFirst<T extends { updatedAt: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}
