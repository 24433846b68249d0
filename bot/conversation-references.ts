import { z } from 'zod';
import { Collection } from '../api/repositories/collection.js';
import type { StoragePort } from '../api/store/port.js';

const conversationReferenceRecordSchema = z.object({
  userId: z.string().min(1),
  conversationId: z.string().min(1),
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  tenantId: z.string().nullable().default(null),
  /** The whole reference as the Agents SDK gives it, for continueConversation. */
  reference: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});
export type ConversationReferenceRecord = z.infer<typeof conversationReferenceRecordSchema>;

/** Where each person can be reached proactively: one personal conversation per Entra object id. */
export class ConversationReferenceRepository {
  readonly references: Collection<ConversationReferenceRecord>;

  constructor(store: StoragePort) {
    this.references = new Collection(
      store,
      {
        name: 'conversationReferences',
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

  async find(userId: string): Promise<ConversationReferenceRecord | undefined> {
    const [record] = await this.references.all({ filters: [{ field: 'userId', op: 'eq', value: userId }], top: 1 });
    return record;
  }

  /** Keeps the newest reference; an unchanged conversation is not rewritten. */
  async remember(record: ConversationReferenceRecord, actor: string): Promise<void> {
    const [existing] = await this.references.all({ filters: [{ field: 'userId', op: 'eq', value: record.userId }], top: 1 });
    if (!existing) {
      await this.references.create(record, actor);
      return;
    }
    if (existing.conversationId === record.conversationId && existing.serviceUrl === record.serviceUrl) return;
    await this.references.update(existing.id, existing.etag, record, actor);
  }
}
