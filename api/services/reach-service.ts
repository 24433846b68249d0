import type { Clock } from '../domain/clock.js';
import type { AppInstaller } from '../reach/app-installer.js';
import type {
  ConversationReferenceRepository,
  ConversationReferenceRecord,
} from '../repositories/conversation-reference-repository.js';
import type { Stored } from '../repositories/collection.js';
import type { ReminderLogRepository } from '../repositories/reminder-log-repository.js';

export interface PersonReach {
  reachable: boolean;
  /** Since when a reminder has waited for this person (the oldest still waiting), if one does. */
  waitingSince: string | null;
  /** Why the last reminder could not reach them, in Swedish / English. */
  reason: string | null;
}

/** Whether the bot can reach each person, why not, and putting the app in their Teams so it can. */
export class ReachService {
  constructor(
    private readonly clock: Clock,
    private readonly conversations: ConversationReferenceRepository,
    private readonly reminderLog: ReminderLogRepository,
    readonly installer: AppInstaller,
  ) {}

  async of(personIds: string[]): Promise<Map<string, PersonReach>> {
    const [references, waiting] = await Promise.all([
      this.conversations.all(),
      this.reminderLog.log.all({ filters: [{ field: 'state', op: 'eq', value: 'unreachable' }] }),
    ]);
    const reachable = new Set(references.map((r) => r.userId));
    return new Map(
      personIds.map((id) => {
        const rows = waiting
          .filter((row) => row.recipientId === id)
          .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
        return [
          id,
          {
            reachable: reachable.has(id),
            waitingSince: reachable.has(id) ? null : (rows[0]?.updatedAt ?? null),
            reason: reachable.has(id) ? null : (rows.at(-1)?.error ?? null),
          },
        ];
      }),
    );
  }

  /**
   * The person's conversation with the bot: the one kept, or after installing the app for them (Graph) its
   * chat, when Teams' service address for the tenant is known from anyone's conversation. Otherwise why not:
   * Teams then tells the bot about the installation and what waits goes out on the next reminder run.
   */
  async reachOrInstall(objectId: string): Promise<Stored<ConversationReferenceRecord> | { unreachable: string }> {
    const stored = await this.conversations.find(objectId);
    if (stored) return stored;
    if (!this.installer.enabled) return { unreachable: 'appen är inte installerad / the app is not installed' };
    const outcome = await this.installer.install(objectId);
    if (outcome.state === 'refused')
      return { unreachable: `installationen nekades / installation refused: ${outcome.reason}` };
    const known = (await this.conversations.all())[0];
    if (!outcome.chatId || !known)
      return { unreachable: 'installerad, väntar på Teams / installed, waiting for Teams' };
    const reference = {
      channelId: 'msteams',
      serviceUrl: known.serviceUrl,
      conversation: {
        id: outcome.chatId,
        conversationType: 'personal',
        ...(known.tenantId ? { tenantId: known.tenantId } : {}),
      },
      agent: (known.reference as { agent?: unknown }).agent,
      user: { id: objectId, aadObjectId: objectId },
    };
    return this.conversations.remember(
      {
        userId: objectId,
        conversationId: outcome.chatId,
        serviceUrl: known.serviceUrl,
        channelId: 'msteams',
        tenantId: known.tenantId,
        reference,
        updatedAt: this.clock.now().toISOString(),
      },
      'system:install',
    );
  }
}
