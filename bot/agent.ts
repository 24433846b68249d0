import { ActivityTypes } from '@microsoft/agents-activity';
import {
  AgentApplication,
  MessageFactory,
  type CloudAdapter,
  type TurnContext,
  type TurnState,
} from '@microsoft/agents-hosting';
import type { AppContext } from '../api/app-context.js';
import type { Bilingual } from '../api/i18n/bilingual.js';
import { callerOf } from './bot-caller.js';
import { helpCard } from './cards/help-card.js';
import { cardAttachment } from './cards/render-card.js';
import type { ConversationReferenceRepository } from '../api/repositories/conversation-reference-repository.js';
import type { BotAnswer, ReportConversation } from './report-conversation.js';

/** What the bot says in text; Swedish first, its English twin in the same message. */
export const botTexts = {
  welcome: {
    sv: 'Välkommen till Trygghetshjulet! Här kommer du att få påminnelser och lämna förvaltningens rapport till det brottsförebyggande arbetet. Skriv "hjälp" för att se vad jag kan redan nu.',
    en: 'Welcome to Trygghetshjulet! This is where you will get reminders and hand in your department’s crime-prevention report. Write "help" to see what I can do already.',
  },
  notUnderstood: {
    sv: 'Det förstod jag inte. Skriv "hjälp" för att se vad jag kan.',
    en: 'I did not understand that. Write "help" to see what I can do.',
  },
  notRegistered: {
    sv: 'Hej! Du finns inte som person i kommunens organisation i Trygghetshjulet, så jag kan inte visa något som är ditt. Be kommunens säkerhetschef lägga till dig. Skriv "hjälp" för att se vad jag kan.',
    en: 'Hello! You are not registered as a person in the municipality’s organisation in Trygghetshjulet, so I cannot show you anything of your own. Ask the municipality’s security chief to add you. Write "help" to see what I can do.',
  },
  failed: {
    sv: 'Något gick fel hos Trygghetshjulet. Försök igen om en stund.',
    en: 'Something went wrong in Trygghetshjulet. Please try again shortly.',
  },
} satisfies Record<string, Bilingual>;

const both = (text: Bilingual) => `${text.sv}\n\n${text.en}`;

const helpWords = new Set(['hjälp', 'hjalp', 'help', '?']);
const reportWords = new Set(['rapportera', 'rapport', 'report']);
const statusWords = new Set(['status', 'läge']);

/** Turns what a person writes into the words the bot knows: no mention tags, no trailing punctuation, lower case. */
export function commandOf(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>.*?<\/at>/g, '')
    .trim()
    .replace(/[.!]+$/, '')
    .trim()
    .toLowerCase();
}

/** An activity that takes the bot away from the person: nothing is to be remembered from it. */
function isRemoval(context: TurnContext): boolean {
  const { activity } = context;
  if (activity.type === ActivityTypes.InstallationUpdate) return (activity.action ?? '').startsWith('remove');
  return activity.membersRemoved?.some((member) => member.id === activity.recipient?.id) ?? false;
}

export function createAgent(
  ctx: AppContext,
  adapter: CloudAdapter,
  references: ConversationReferenceRepository,
  reports: ReportConversation,
): AgentApplication<TurnState> {
  const agent = new AgentApplication<TurnState>({ adapter, startTypingTimer: false });

  const answer = async (context: TurnContext, reply: BotAnswer) => {
    await context.sendActivity(
      'card' in reply ? MessageFactory.attachment(cardAttachment(reply.card)) : MessageFactory.text(reply.text),
    );
  };
  // A card action answers with the card that replaces the one clicked; text answers keep the card as it was.
  const cardAnswer = (reply: BotAnswer) => ('card' in reply ? (reply.card as never) : reply.text);

  const sendHelp = async (context: TurnContext) => {
    const caller = await callerOf(context, ctx.organisation);
    await context.sendActivity(
      MessageFactory.attachment(
        cardAttachment(helpCard({ displayName: caller?.displayName, tabUrl: ctx.config.publicUrl })),
      ),
    );
  };

  /**
   * Keeps the person's personal conversation with the bot, the one reminders go to. Runs before every
   * routed activity (install, conversation update, message). Group chats and channels are not kept: a
   * reminder for one person must not land in a shared conversation.
   */
  const rememberConversation = async (context: TurnContext) => {
    const { activity } = context;
    const userId = activity.from?.aadObjectId;
    const personal =
      activity.conversation?.conversationType === undefined || activity.conversation.conversationType === 'personal';
    if (!userId || !personal || !activity.serviceUrl || !activity.conversation?.id || isRemoval(context)) return;
    // Where the person is, not which message was last: a reminder starts a new message, it is no reply.
    const { activityId: _lastMessage, ...reference } = activity.getConversationReference();
    await references.remember(
      {
        userId,
        conversationId: activity.conversation.id,
        serviceUrl: activity.serviceUrl,
        channelId: activity.channelId ?? 'msteams',
        tenantId:
          activity.conversation.tenantId ??
          (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ??
          null,
        reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
        updatedAt: ctx.clock.now().toISOString(),
      },
      'bot',
    );
  };

  agent.onTurn('beforeTurn', async (context) => {
    await rememberConversation(context);
    return true;
  });

  // Teams sends installationUpdate and conversationUpdate (membersAdded) on a personal install; the greeting
  // goes with the latter so it comes once. This route makes the reference be stored for the former too.
  agent.onActivity(ActivityTypes.InstallationUpdate, async (context) => {
    const userId = context.activity.from?.aadObjectId;
    if (userId && isRemoval(context)) await references.forget(userId, 'bot');
  });

  agent.onConversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((member) => member.id === context.activity.recipient?.id);
    if (!botAdded) return;
    await context.sendActivity(MessageFactory.text(both(botTexts.welcome)));
    await sendHelp(context);
  });

  agent.onActivity(ActivityTypes.Message, async (context) => {
    // A client without Universal Actions sends the card's Action.Submit fallback as a message with a value.
    const submitted = cardSubmission(context.activity.value);
    if (submitted) {
      const caller = await callerOf(context, ctx.organisation);
      if (!caller) await context.sendActivity(MessageFactory.text(both(botTexts.notRegistered)));
      else if (submitted.verb === 'submitDepartmentReport')
        await answer(context, await reports.submit(caller, submitted.data));
      else if (submitted.verb === 'editDepartmentReport') await answer(context, await reports.edit(caller));
      else await answer(context, await reports.outdatedCard(caller));
      return;
    }
    const command = commandOf(context.activity.text);
    if (helpWords.has(command)) {
      await sendHelp(context);
      return;
    }
    const caller = await callerOf(context, ctx.organisation);
    if (!caller) {
      await context.sendActivity(MessageFactory.text(both(botTexts.notRegistered)));
    } else if (reportWords.has(command)) {
      await answer(context, await reports.reportCard(caller));
    } else if (statusWords.has(command)) {
      await answer(context, await reports.status(caller));
    } else {
      await context.sendActivity(MessageFactory.text(both(botTexts.notUnderstood)));
    }
  });

  agent.adaptiveCards.actionExecute('submitDepartmentReport', async (context, _state, action: { data?: unknown }) => {
    const caller = await callerOf(context, ctx.organisation);
    if (!caller) return both(botTexts.notRegistered);
    return cardAnswer(await reports.submit(caller, recordOf(action.data) ?? {}));
  });

  agent.adaptiveCards.actionExecute('editDepartmentReport', async (context) => {
    const caller = await callerOf(context, ctx.organisation);
    if (!caller) return both(botTexts.notRegistered);
    return cardAnswer(await reports.edit(caller));
  });

  // Any other verb is a card from an earlier release (Teams keeps old cards in the chat): the current card,
  // never the SDK's bare 501, which Teams shows as an error on the card. Registered last: verbs above match first.
  agent.adaptiveCards.actionExecute(/.*/, async (context) => {
    const caller = await callerOf(context, ctx.organisation);
    if (!caller) return both(botTexts.notRegistered);
    return cardAnswer(await reports.outdatedCard(caller));
  });

  agent.onError(async (context, error) => {
    ctx.logger.error({ err: error, activityType: context.activity.type }, 'bot turn failed');
    await context.sendActivity(MessageFactory.text(both(botTexts.failed)));
  });

  return agent;
}

/** A card's inputs as the fields they are, when the value is an object of fields at all. */
function recordOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The verb and inputs of an Action.Submit, when a message carries one. */
function cardSubmission(value: unknown): { verb: string; data: Record<string, unknown> } | undefined {
  const data = recordOf(value);
  return typeof data?.verb === 'string' ? { verb: data.verb, data } : undefined;
}
