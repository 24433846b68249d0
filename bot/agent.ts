import { ActivityTypes } from '@microsoft/agents-activity';
import { AgentApplication, MessageFactory, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import type { AppContext } from '../api/http/context.js';
import { callerOf } from './bot-caller.js';
import { helpCard } from './cards/help-card.js';
import { cardAttachment } from './cards/render-card.js';
import type { ConversationReferenceRepository } from './conversation-references.js';

const helpWords = /^(hjälp|hjalp|help|\?)$/i;

/** Turns what a person writes into the words the bot knows: no mention tags, no trailing punctuation. */
export function commandOf(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>.*?<\/at>/g, '')
    .trim()
    .replace(/[.!]+$/, '')
    .toLowerCase();
}

export function createAgent(ctx: AppContext, references: ConversationReferenceRepository): AgentApplication<TurnState> {
  const agent = new AgentApplication<TurnState>({ startTypingTimer: false });

  const sendHelp = async (context: TurnContext) => {
    const caller = await callerOf(context, ctx.organisation);
    await context.sendActivity(MessageFactory.attachment(cardAttachment(helpCard({ displayName: caller?.displayName, tabUrl: ctx.config.publicUrl }))));
  };

  // Every activity from a known Entra user refreshes where that user can be reached.
  agent.onTurn('beforeTurn', async (context) => {
    const userId = context.activity.from?.aadObjectId;
    if (userId && context.activity.conversation?.conversationType !== 'channel') {
      const reference = context.activity.getConversationReference();
      await references.remember(
        {
          userId,
          conversationId: reference.conversation.id,
          serviceUrl: reference.serviceUrl ?? '',
          channelId: reference.channelId ?? 'msteams',
          tenantId: context.activity.conversation?.tenantId ?? null,
          reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
          updatedAt: ctx.clock.now().toISOString(),
        },
        'bot',
      );
    }
    return true;
  });

  agent.onConversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((member) => member.id === context.activity.recipient?.id);
    if (!botAdded) return;
    await context.sendActivity(
      MessageFactory.text(
        'Välkommen till Trygghetshjulet! Här får du påminnelser och lämnar förvaltningens rapport. Skriv "hjälp" när du vill se vad jag kan.\n\n' +
          'Welcome to Trygghetshjulet! Here you get reminders and hand in your department’s report. Write "help" to see what I can do.',
      ),
    );
    await sendHelp(context);
  });

  agent.onMessage(helpWords, async (context) => sendHelp(context));

  agent.onActivity(ActivityTypes.Message, async (context) => {
    if (helpWords.test(commandOf(context.activity.text))) {
      await sendHelp(context);
      return;
    }
    await context.sendActivity(
      MessageFactory.text('Det förstod jag inte. Skriv "hjälp" för att se vad jag kan. / I did not understand that. Write "help" to see what I can do.'),
    );
  });

  agent.onError(async (context, error) => {
    ctx.logger.error({ err: error, activityType: context.activity.type }, 'bot turn failed');
    await context.sendActivity(MessageFactory.text('Något gick fel hos Trygghetshjulet. Försök igen om en stund. / Something went wrong. Please try again shortly.'));
  });

  return agent;
}
