import request from 'supertest';
import { teamsActivity } from '../support/teams-activity.js';

/** What Teams expects; spelled out here, not imported from the bot, so a wrong type in the bot fails. */
const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

export interface Reply {
  type: string;
  text?: string;
  replyToId?: string;
  conversation?: { id: string };
  recipient?: { id: string; aadObjectId?: string };
  attachments?: { contentType: string; content: Record<string, unknown> }[];
}

export interface Person {
  aadObjectId: string;
  name: string;
}

/** Posts a Teams-shaped activity with deliveryMode expectReplies and returns the bot's replies from the HTTP response. */
export async function exchange(url: string, person: Person, fields: Record<string, unknown>): Promise<Reply[]> {
  const response = await request(url)
    .post('/api/messages')
    .send(teamsActivity(person, { deliveryMode: 'expectReplies', ...fields }))
    .expect(200);
  const body = response.body as { activities?: Reply[] };
  if (!Array.isArray(body.activities))
    throw new Error(`No activities in the response: ${JSON.stringify(response.body)}`);
  return body.activities;
}

export const say = (url: string, person: Person, text: string, fields: Record<string, unknown> = {}) =>
  exchange(url, person, { type: 'message', text, ...fields });

export function cardsOf(replies: Reply[]): Record<string, unknown>[] {
  return replies
    .flatMap((reply) => reply.attachments ?? [])
    .filter((a) => a.contentType === adaptiveCardContentType)
    .map((a) => a.content);
}

export function cardOf(replies: Reply[]): Record<string, unknown> {
  const [card] = cardsOf(replies);
  if (!card) throw new Error(`No Adaptive Card among the replies: ${JSON.stringify(replies)}`);
  return card;
}

/** Every input of a card by its id, however deep in containers and columns it sits. */
export function inputsOf(card: unknown): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.id === 'string')
        found.set(element.id, element);
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** Posts a card's Action.Execute the way Teams does: an adaptiveCard/action invoke. */
export async function executeCardAction(url: string, person: Person, verb: string, data: Record<string, unknown>) {
  const response = await request(url)
    .post('/api/messages')
    .send(
      teamsActivity(person, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    )
    .expect(200);
  return response.body as { statusCode: number; type: string; value: unknown };
}
