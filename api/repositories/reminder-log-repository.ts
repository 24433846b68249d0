import { z } from 'zod';
import type { StoragePort } from '../store/port.js';
import { ConflictError } from '../store/errors.js';
import { Collection, type Stored } from './collection.js';

export const reminderStateSchema = z.enum(['sending', 'sent', 'unreachable', 'failed']);

const reminderLogRecordSchema = z.object({
  key: z.string(),
  milestoneId: z.string(),
  recipientId: z.string(),
  offsetDays: z.number().int(),
  /** 'sending' is written before the message goes out, so a crash can never lead to a second copy. */
  state: reminderStateSchema,
  attempts: z.number().int(),
  updatedAt: z.string(),
  error: z.string().nullable().default(null),
});
export type ReminderLogRecord = z.infer<typeof reminderLogRecordSchema>;

const leaseRecordSchema = z.object({ name: z.string(), holder: z.string(), expiresAt: z.string() });
type LeaseRecord = z.infer<typeof leaseRecordSchema>;

/** Every reminder ever planned, by its unique key, and the lease that lets one instance send at a time. */
export class ReminderLogRepository {
  readonly log: Collection<ReminderLogRecord>;
  private readonly leases: Collection<LeaseRecord>;

  constructor(store: StoragePort) {
    this.log = new Collection(
      store,
      {
        name: 'reminderLog',
        title: 'Påminnelselogg',
        columns: [
          { name: 'key', type: 'text', indexed: true },
          { name: 'milestoneId', type: 'text', indexed: true },
          { name: 'recipientId', type: 'text', indexed: true },
          { name: 'offsetDays', type: 'number' },
          { name: 'state', type: 'text', indexed: true },
          { name: 'attempts', type: 'number' },
          { name: 'updatedAt', type: 'dateTime' },
          { name: 'error', type: 'note' },
        ],
      },
      reminderLogRecordSchema,
    );
    this.leases = new Collection(
      store,
      {
        name: 'leases',
        title: 'Lås',
        columns: [
          { name: 'name', type: 'text', indexed: true },
          { name: 'holder', type: 'text' },
          { name: 'expiresAt', type: 'dateTime' },
        ],
      },
      leaseRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await Promise.all([this.log.ensure(), this.leases.ensure()]);
  }

  async byKey(key: string): Promise<Stored<ReminderLogRecord> | undefined> {
    const [record] = await this.log.all({ filters: [{ field: 'key', op: 'eq', value: key }], top: 1 });
    return record;
  }

  /**
   * Takes or renews the named lease; false when another holder's lease has not expired or another
   * instance changed it first (its ETag moved on).
   */
  async acquireLease(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    let lease = await this.canonicalLease(name);
    if (!lease) {
      // Two instances starting together may both create one: the oldest row is the lease, the other goes.
      const created = await this.leases.create({ name, holder, expiresAt }, holder);
      lease = await this.canonicalLease(name);
      if (lease?.id === created.id) return true;
      await this.leases.delete(created.id, created.etag, holder).catch(() => undefined);
      return false;
    }
    if (lease.holder !== holder && Date.parse(lease.expiresAt) > now.getTime()) return false;
    try {
      await this.leases.update(lease.id, lease.etag, { holder, expiresAt }, holder);
      return true;
    } catch (error) {
      // Another instance took or renewed it between the read and this write.
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  /** The lease row every instance agrees on: the oldest (lowest id) of those with the name. */
  private async canonicalLease(name: string): Promise<Stored<LeaseRecord> | undefined> {
    const rows = await this.leases.all({ filters: [{ field: 'name', op: 'eq', value: name }] });
    const order = (id: string) => (/^\d+$/.test(id) ? Number(id) : Number.MAX_SAFE_INTEGER);
    return rows.sort((a, b) => order(a.id) - order(b.id) || a.id.localeCompare(b.id))[0];
  }
}
