import type { ConversationReference } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAdaptiveCard } from '../support/adaptive-cards.js';
import { personas } from '../support/personas.js';
import { botId, teamsActivity, tenantId } from '../support/teams-activity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cardOf, exchange, say } from './bot-client.js';
import { startLocalConnector, type LocalConnector } from './local-connector.js';

let server: TestServer;
let connector: LocalConnector;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
  connector = await startLocalConnector();
});
afterAll(async () => {
  await connector.close();
  await server.close();
});
beforeEach(() => {
  connector.calls.length = 0;
});

const stored = async (userId: string) =>
  (
    await server.ctx.store.queryItems('conversationReferences', {
      filters: [{ field: 'userId', op: 'eq', value: userId }],
    })
  ).items;

describe('bot: conversation references', () => {
  it('stores the reference when the app is installed (installationUpdate), read back through the repository', async () => {
    const karin = { aadObjectId: personas.securityChief, name: 'Karin Ek' };
    const replies = await exchange(server.url, karin, {
      type: 'installationUpdate',
      action: 'add',
      conversation: { id: 'a:install-karin', conversationType: 'personal', tenantId },
    });
    expect(replies).toEqual([]); // the greeting comes with conversationUpdate, so it is sent once
    const reference = await server.bot.references.find(karin.aadObjectId);
    expect(reference).toMatchObject({
      userId: karin.aadObjectId,
      conversationId: 'a:install-karin',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
      tenantId,
      updatedAt: '2026-11-24T08:00:00.000Z',
    });
    expect(reference?.reference).not.toHaveProperty('activityId');
    expect(reference?.reference).toMatchObject({
      conversation: { id: 'a:install-karin', conversationType: 'personal', tenantId },
      agent: { id: botId },
      user: { id: `29:${karin.aadObjectId}`, aadObjectId: karin.aadObjectId },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
    });
  });

  it('greets a new install (conversationUpdate with the bot added) with a welcome and the help card, and stores the reference', async () => {
    const maria = { aadObjectId: personas.schoolHead, name: 'Maria Berg' };
    const replies = await exchange(server.url, maria, {
      type: 'conversationUpdate',
      membersAdded: [{ id: botId }, { id: `29:${maria.aadObjectId}`, aadObjectId: maria.aadObjectId }],
    });
    expect(replies).toHaveLength(2);
    expect(replies[0]?.text).toMatch(/Välkommen till Trygghetshjulet.*Welcome to Trygghetshjulet/s);
    const card = cardOf(replies);
    expect(parseAdaptiveCard(card).problems).toEqual([]);
    expect(JSON.stringify(card)).toContain('Hej Maria Berg!');
    expect(await stored(maria.aadObjectId)).toHaveLength(1);
    expect((await server.bot.references.find(maria.aadObjectId))?.conversationId).toBe(
      `a:personal-${maria.aadObjectId}`,
    );
  });

  it('does not greet when someone else joins a conversation the bot is in', async () => {
    const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };
    const replies = await exchange(server.url, alex, {
      type: 'conversationUpdate',
      membersAdded: [{ id: '29:someone-else' }],
    });
    expect(replies).toEqual([]);
  });

  it('keeps one reference per person, updated by every message', async () => {
    const ulla = { aadObjectId: personas.reader, name: 'Ulla Ström' };
    await say(server.url, ulla, 'hej', { conversation: { id: 'a:first', conversationType: 'personal', tenantId } });
    expect((await server.bot.references.find(ulla.aadObjectId))?.conversationId).toBe('a:first');

    const later = await startTestServer({ now: '2026-11-25T10:00:00+01:00', dataDir: server.dataDir });
    try {
      await say(later.url, ulla, 'hjälp', {
        conversation: { id: 'a:second', conversationType: 'personal', tenantId },
        serviceUrl: 'https://smba.trafficmanager.net/se/',
      });
    } finally {
      await later.close();
    }
    const items = await stored(ulla.aadObjectId);
    expect(items).toHaveLength(1);
    expect(items[0]?.fields).toMatchObject({
      conversationId: 'a:second',
      serviceUrl: 'https://smba.trafficmanager.net/se/',
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect((items[0]!.fields.reference as { conversation: { id: string } }).conversation.id).toBe('a:second');
  });

  it('does not keep group chats or channels: a reminder for one person must not land there', async () => {
    const peter = { aadObjectId: '00000000-0000-0000-0000-000000000014', name: 'Peter Nyström' };
    await say(server.url, peter, 'hjälp', {
      conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId },
    });
    await say(server.url, peter, 'hjälp', {
      conversation: { id: '19:channel@thread.tacv2', conversationType: 'channel', tenantId },
    });
    expect(await stored(peter.aadObjectId)).toEqual([]);
  });

  it('forgets the reference when the person removes the app', async () => {
    const sara = { aadObjectId: '00000000-0000-0000-0000-000000000015', name: 'Sara Lindgren' };
    await say(server.url, sara, 'hjälp');
    expect(await stored(sara.aadObjectId)).toHaveLength(1);
    await exchange(server.url, sara, { type: 'installationUpdate', action: 'remove' });
    expect(await stored(sara.aadObjectId)).toEqual([]);
  });

  it('keeps the newest when two first messages created two items', async () => {
    const nils = '00000000-0000-0000-0000-000000000016';
    const base = {
      userId: nils,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
      tenantId,
      reference: {},
    };
    await server.bot.references.references.create(
      { ...base, conversationId: 'a:old', updatedAt: '2026-11-01T00:00:00.000Z' },
      'test',
    );
    await server.bot.references.references.create(
      { ...base, conversationId: 'a:newer', updatedAt: '2026-11-02T00:00:00.000Z' },
      'test',
    );
    expect((await server.bot.references.find(nils))?.conversationId).toBe('a:newer');
    await server.bot.references.remember(
      { ...base, conversationId: 'a:newest', updatedAt: '2026-11-03T00:00:00.000Z' },
      'test',
    );
    const items = await stored(nils);
    expect(items.map((item) => item.fields.conversationId)).toEqual(['a:newest']);
  });
});

describe('bot: replies and proactive sends through the connector', () => {
  it('sends replies to the serviceUrl when Teams does not ask for expectReplies', async () => {
    const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };
    const activity = teamsActivity(alex, { type: 'message', text: 'hjälp', serviceUrl: connector.serviceUrl });
    await request(server.url).post('/api/messages').send(activity).expect(200);
    const [call] = await connector.received(1);
    expect(call?.method).toBe('POST');
    expect(decodeURIComponent(call?.path ?? '')).toBe(
      `/v3/conversations/a:personal-${alex.aadObjectId}/activities/${String(activity.id)}`,
    );
    expect(call?.body).toMatchObject({
      type: 'message',
      replyToId: activity.id,
      conversation: { id: `a:personal-${alex.aadObjectId}` },
    });
    expect(parseAdaptiveCard(cardOf([call?.body as never])).problems).toEqual([]);
  });

  it('reaches a person later through the stored reference (as reminders will)', async () => {
    const lena = { aadObjectId: '00000000-0000-0000-0000-000000000013', name: 'Lena Dahl' };
    await say(server.url, lena, 'hej', { serviceUrl: connector.serviceUrl });
    const record = await server.bot.references.find(lena.aadObjectId);
    if (!record) throw new Error('no reference stored');
    connector.calls.length = 0;

    await server.bot.continueConversation(record.reference as unknown as ConversationReference, async (context) => {
      await context.sendActivity(MessageFactory.text('Påminnelse / Reminder'));
    });
    const [call] = await connector.received(1);
    // The SDK addresses a continuation as a reply to a fresh id; Teams posts it as a new message.
    expect(decodeURIComponent(call?.path ?? '')).toMatch(
      new RegExp(`^/v3/conversations/a:personal-${lena.aadObjectId}/activities(/[\\w-]+)?$`),
    );
    expect(call?.body).toMatchObject({
      type: 'message',
      text: 'Påminnelse / Reminder',
      conversation: { id: `a:personal-${lena.aadObjectId}` },
    });
  });
});
