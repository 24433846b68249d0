import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSizeLimitBytes, parseAdaptiveCard } from '../support/adaptive-cards.js';
import { personas } from '../support/personas.js';
import { teamsActivity } from '../support/teams-activity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };

interface Reply {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
}

async function say(user: { aadObjectId: string; name: string }, text: string): Promise<Reply[]> {
  const response = await request(server.url)
    .post('/api/messages')
    .send(teamsActivity(user, { type: 'message', text, deliveryMode: 'expectReplies' }))
    .expect(200);
  return (response.body as { activities: Reply[] }).activities;
}

function cardOf(replies: Reply[]): Record<string, unknown> {
  const attachment = replies.flatMap((reply) => reply.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!attachment) throw new Error(`No Adaptive Card among replies: ${JSON.stringify(replies)}`);
  return attachment.content;
}

describe('bot: help', () => {
  it('answers "hjälp" with a valid Adaptive Card 1.5 under the size limit, greeting the person', async () => {
    const card = cardOf(await say(alex, 'hjälp'));
    const parsed = parseAdaptiveCard(card);
    expect(parsed.problems).toEqual([]);
    expect(parsed.version).toBe('1.5');
    expect(parsed.sizeBytes).toBeLessThan(cardSizeLimitBytes);
    const text = JSON.stringify(card);
    expect(text).toContain('Hej Alex Wilber');
    expect(text).toContain('hjälp / help');
    expect(text).not.toContain('${');
  });

  it('answers "help", "Hjälp!" and "?" the same way', async () => {
    for (const words of ['help', 'Hjälp!', '?']) {
      expect(JSON.stringify(cardOf(await say(alex, words)))).toContain('hjälp / help');
    }
  });

  it('points unknown words to help, in Swedish and English', async () => {
    const [reply] = await say(alex, 'vad är klockan');
    expect(reply?.text).toMatch(/hjälp.*help/s);
  });

  it('tells a person outside the organisation that they are not registered', async () => {
    const card = cardOf(await say({ aadObjectId: 'unknown-object-id', name: 'Okänd' }, 'hjälp'));
    expect(JSON.stringify(card)).toContain('Du finns inte i kommunens organisation');
    expect(parseAdaptiveCard(card).problems).toEqual([]);
  });
});

describe('bot: conversation references', () => {
  it('stores the reference on install and keeps it current on every message', async () => {
    const maria = { aadObjectId: personas.schoolHead, name: 'Maria Berg' };
    const install = await request(server.url)
      .post('/api/messages')
      .send(teamsActivity(maria, { type: 'conversationUpdate', membersAdded: [{ id: '28:trygghetshjulet-bot' }, { id: `29:${maria.aadObjectId}` }], deliveryMode: 'expectReplies' }))
      .expect(200);
    const welcome = (install.body as { activities: Reply[] }).activities;
    expect(welcome[0]?.text).toContain('Välkommen till Trygghetshjulet');
    const stored = await server.ctx.store.queryItems('conversationReferences', { filters: [{ field: 'userId', op: 'eq', value: maria.aadObjectId }] });
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]?.fields).toMatchObject({ conversationId: `a:personal-${maria.aadObjectId}`, channelId: 'msteams', tenantId: '00000000-0000-0000-0000-00000000aaaa' });

    await request(server.url)
      .post('/api/messages')
      .send(teamsActivity(maria, { type: 'message', text: 'hjälp', deliveryMode: 'expectReplies', conversation: { id: 'a:new-conversation', conversationType: 'personal', tenantId: 'x' } }))
      .expect(200);
    const after = await server.ctx.store.queryItems('conversationReferences', { filters: [{ field: 'userId', op: 'eq', value: maria.aadObjectId }] });
    expect(after.items).toHaveLength(1);
    expect(after.items[0]?.fields.conversationId).toBe('a:new-conversation');
    expect((after.items[0]?.fields.reference as { conversation: { id: string } }).conversation.id).toBe('a:new-conversation');
  });
});

describe('bot: authentication', () => {
  it('refuses an activity without a token when a client id is configured', async () => {
    const secured = await startTestServer({ env: { BOT_CLIENT_ID: '11111111-2222-3333-4444-555555555555', BOT_CLIENT_SECRET: 'not-a-real-secret', BOT_TENANT_ID: 'contoso.onmicrosoft.com' } });
    try {
      await request(secured.url).post('/api/messages').send(teamsActivity(alex, { type: 'message', text: 'hjälp', deliveryMode: 'expectReplies' })).expect(401);
      await request(secured.url)
        .post('/api/messages')
        .set('Authorization', 'Bearer not.a.token')
        .send(teamsActivity(alex, { type: 'message', text: 'hjälp', deliveryMode: 'expectReplies' }))
        .expect(401);
    } finally {
      await secured.close();
    }
  });
});
