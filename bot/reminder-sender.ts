import type { ConversationReference } from '@microsoft/agents-activity';
import { MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import { daysBetween, todayIn, type IsoDate, type Milestone } from '../api/domain/cycle/index.js';
import type { PlannedReminder } from '../api/domain/reminders.js';
import type { AppContext } from '../api/app-context.js';
import type { ReminderSender } from '../api/services/reminder-service.js';
import { cardAttachment } from './cards/render-card.js';
import type { ConversationReferenceRepository } from '../api/repositories/conversation-reference-repository.js';
import type { ReportConversation } from './report-conversation.js';
import { PacedSender, type SendFailure } from './sending/paced-sender.js';
import { writtenDate } from '../api/i18n/dates.js';

type Continue = (reference: ConversationReference, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

/** The words of a reminder, Swedish first; a head's reminder also carries the report card. */
export function reminderText(reminder: PlannedReminder, milestone: Milestone | undefined, today: IsoDate): string {
  if (reminder.agreement) {
    const { actorName, title, validUntil } = reminder.agreement;
    return (
      `Påminnelse: överenskommelsen om samverkan med ${actorName} (”${title}”) gäller till ${validUntil}. Förnya den eller registrera en ny i Trygghetshjulet under Strategiskt råd › Överenskommelser.\n\n` +
      `Reminder: the cooperation agreement with ${actorName} (“${title}”) is valid until ${validUntil}. Renew it or record a new one under Strategic council › Agreements.`
    );
  }
  if (!milestone) throw new Error(`reminder ${reminder.key} names no milestone`);
  // Counted from the day it is sent: a reminder that waited for its person (or for the service) says how it stands now.
  const left = daysBetween(today, milestone.due);
  const when =
    left > 1
      ? `om ${left} dagar / in ${left} days`
      : left === 1
        ? 'i morgon / tomorrow'
        : left === 0
          ? 'i dag / today'
          : `förfallen sedan ${milestone.due} / overdue since ${milestone.due}`;
  if (reminder.kind === 'escalation') {
    return (
      `Försenat: ${milestone.title.sv} (sista dag ${writtenDate(milestone.due, 'sv')}) saknas från ${reminder.lateDepartments.join(', ')}.\n\n` +
      `Overdue: ${milestone.title.en} (due ${writtenDate(milestone.due, 'en')}) is missing from ${reminder.lateDepartments.join(', ')}.`
    );
  }
  if (reminder.departmentName) {
    return (
      `Påminnelse: rapporten från ${reminder.departmentName} till säkerhetschefen – lägesbild, genomförda åtgärder och förslag – ska vara inne senast ${writtenDate(milestone.due, 'sv')} (${when}). Svara på kortet eller skriv "rapportera".\n\n` +
      `Reminder: your department's report to the security chief is due ${writtenDate(milestone.due, 'en')}. Answer the card or write "report".`
    );
  }
  return `Påminnelse: ${milestone.title.sv}, ${writtenDate(milestone.due, 'sv')} (${when}).\n\nReminder: ${milestone.title.en}, ${writtenDate(milestone.due, 'en')}.`;
}

function failureOf(error: unknown): SendFailure {
  const status = (error as { statusCode?: number; status?: number; response?: { status?: number } }) ?? {};
  return {
    statusCode: status.statusCode ?? status.status ?? status.response?.status,
    message: error instanceof Error ? error.message : String(error),
  };
}

/** Reminders as proactive messages in each person's personal chat, paced under Teams' limits. */
export function createReminderSender(
  ctx: AppContext,
  references: ConversationReferenceRepository,
  continueConversation: Continue,
  reports: ReportConversation,
): ReminderSender {
  const paced = new PacedSender<{ reference: ConversationReference; text: string; card?: Record<string, unknown> }>(
    async ({ payload }) => {
      try {
        await continueConversation(payload.reference, async (context) => {
          await context.sendActivity(
            payload.card
              ? MessageFactory.attachment(cardAttachment(payload.card), payload.text)
              : MessageFactory.text(payload.text),
          );
        });
      } catch (error) {
        throw failureOf(error);
      }
    },
  );

  return {
    async reachable(recipientId) {
      return (await references.find(recipientId)) !== undefined;
    },
    async send(reminder, milestone) {
      let stored = await references.find(reminder.recipientId);
      if (!stored) {
        const reached = await ctx.reach.reachOrInstall(reminder.recipientId);
        if (typeof reached !== 'object' || !('reference' in reached)) return reached;
        stored = reached;
      }
      const caller = reminder.departmentName ? await ctx.organisation.callerFor(reminder.recipientId) : undefined;
      const answer = caller ? await reports.reportCard(caller) : undefined;
      const card = answer && 'card' in answer ? answer.card : undefined;
      const delivery = await paced.sendOne({
        conversationId: stored.conversationId,
        payload: {
          reference: stored.reference as unknown as ConversationReference,
          text: reminderText(reminder, milestone, todayIn(ctx.clock)),
          ...(card ? { card } : {}),
        },
      });
      if (!delivery.ok) throw new Error(delivery.error);
      return 'sent';
    },
  };
}
