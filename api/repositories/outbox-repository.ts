import { z } from 'zod';
import { Collection, type Stored } from './collection.js';
import type { StoragePort } from '../store/port.js';

const outboxRecordSchema = z.object({
  kind: z.enum(['mail', 'meeting']),
  recipients: z.array(z.object({ name: z.string(), address: z.string() })),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string(),
  /** How it went out: through Graph from the configured mailbox, or only here (local mode). */
  via: z.enum(['graph', 'outbox']),
  /** What the message is for ("request:2026:<person>"), so one that went out is not sent again. */
  key: z.string(),
  /** A meeting's event id: the invitation and each update of the same meeting share it. */
  meetingId: z.string().nullable().default(null),
});
export type OutboxRecord = z.infer<typeof outboxRecordSchema>;

/** Every mail and meeting invitation the app sent or, locally, would have sent: the outbox the säkerhetschef reads. */
export class OutboxRepository {
  readonly items: Collection<OutboxRecord>;

  constructor(store: StoragePort) {
    this.items = new Collection(
      store,
      {
        name: 'outbox',
        title: 'Utkorg',
        columns: [
          { name: 'kind', type: 'text', indexed: true },
          { name: 'recipients', type: 'json' },
          { name: 'subject', type: 'text' },
          { name: 'body', type: 'note' },
          { name: 'sentAt', type: 'text', indexed: true },
          { name: 'via', type: 'text' },
          { name: 'key', type: 'text', indexed: true },
          { name: 'meetingId', type: 'text', indexed: true },
        ],
      },
      outboxRecordSchema,
    );
  }

  ensure(): Promise<void> {
    return this.items.ensure();
  }

  /** Newest first; items sent in the same instant in the order they were written (ids grow). */
  async newestFirst(): Promise<Stored<OutboxRecord>[]> {
    const items = await this.items.all();
    return items.sort((a, b) => b.sentAt.localeCompare(a.sentAt) || Number(b.id) - Number(a.id));
  }

  /** The event id of the meeting last saved under keys starting with `prefix` (one meeting per council year). */
  async meetingId(prefix: string): Promise<string | null> {
    const meetings = await this.items.all({ filters: [{ field: 'kind', op: 'eq', value: 'meeting' }] });
    return meetings.find((m) => m.key.startsWith(prefix) && m.meetingId !== null)?.meetingId ?? null;
  }

  async sentWithKey(key: string): Promise<boolean> {
    return (await this.items.all({ filters: [{ field: 'key', op: 'eq', value: key }], top: 1 })).length > 0;
  }
}
