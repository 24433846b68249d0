import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSizeLimitBytes, parseAdaptiveCard } from '../support/adaptive-cards.js';
import { personas } from '../support/personas.js';
import { cardOf, cardsOf, say } from './bot-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** The Agents Playground's default user, head of Socialförvaltningen in the demo data. */
const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };
const stranger = { aadObjectId: '9f1c2d3e-0000-4000-8000-000000000999', name: 'Okänd Person' };

describe('bot: help card', () => {
  it('answers "hjälp" with a valid Adaptive Card 1.5 under Teams’ size limit, greeting the person by name', async () => {
    const replies = await say(server.url, alex, 'hjälp');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.type).toBe('message');
    const card = cardOf(replies);
    const parsed = parseAdaptiveCard(card);
    expect(parsed.problems).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(parsed.version).toBe('1.5');
    expect(parsed.sizeBytes).toBeLessThan(cardSizeLimitBytes);
    const text = JSON.stringify(card);
    expect(text).toContain('Hej Alex Wilber! / Hello Alex Wilber!');
    expect(text).toContain('hjälp / help');
    expect(text).not.toContain('${');
    expect(text).not.toContain('Du finns inte');
  });

  it('lists its commands and the reminders, in Swedish and English, without dead buttons', async () => {
    const card = cardOf(await say(server.url, alex, 'hjälp'));
    const text = JSON.stringify(card);
    for (const word of [
      'rapportera / report',
      'status',
      'påminnelser',
      'reminders',
      'novemberrapport',
      'November report',
    ])
      expect(text).toContain(word);
    const actions = (card.actions ?? []) as { type: string; url?: string }[];
    expect(actions.map((action) => action.type)).toEqual(['Action.OpenUrl']);
    expect(actions[0]?.url).toBe(server.ctx.config.publicUrl);
  });

  it('answers "help", "Hjälp!", "?" and a mention of the bot the same way', async () => {
    const expected = JSON.stringify(cardOf(await say(server.url, alex, 'hjälp')));
    for (const words of ['help', 'Hjälp!', '  HELP ', '?', '<at>Trygghetshjulet</at> hjälp']) {
      expect(JSON.stringify(cardOf(await say(server.url, alex, words))), words).toBe(expected);
    }
  });

  it('points unknown words to help, in Swedish and English, without a card', async () => {
    const replies = await say(server.url, alex, 'vad är klockan');
    expect(replies).toHaveLength(1);
    expect(cardsOf(replies)).toEqual([]);
    expect(replies[0]?.text).toMatch(/förstod jag inte.*"hjälp".*did not understand.*"help"/s);
  });
});

describe('bot: people outside the organisation', () => {
  it('tells a person who is not in the municipality’s organisation so, in Swedish and English', async () => {
    const [reply] = await say(server.url, stranger, 'hej');
    expect(reply?.text).toMatch(
      /finns inte som person i kommunens organisation.*not registered as a person in the municipality’s organisation/s,
    );
  });

  it('still shows the help card to them, with the same notice and no greeting by name', async () => {
    const card = cardOf(await say(server.url, stranger, 'hjälp'));
    expect(parseAdaptiveCard(card).problems).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('Du finns inte i kommunens organisation');
    expect(text).toContain('You are not in the municipality');
    expect(text).not.toContain('Okänd Person');
  });

  it('treats an activity without an Entra object id as someone unknown', async () => {
    const [reply] = await say(server.url, stranger, 'hej', { from: { id: '29:anonymous', name: 'Utan id' } });
    expect(reply?.text).toContain('finns inte som person');
  });
});

describe('bot: acting as a demo person in local mode', () => {
  it('greets whichever demo person from.aadObjectId names', async () => {
    const maria = { aadObjectId: personas.schoolHead, name: 'Namnet i Teams spelar ingen roll' };
    expect(JSON.stringify(cardOf(await say(server.url, maria, 'hjälp')))).toContain('Hej Maria Berg!');
  });
});

describe('bot: when something breaks', () => {
  it('says so in Swedish and English instead of the SDK’s English default', async () => {
    const organisation = server.ctx.organisation;
    const original = organisation.callerFor.bind(organisation);
    organisation.callerFor = () => Promise.reject(new Error('store unavailable'));
    try {
      const replies = await say(server.url, alex, 'hjälp');
      expect(replies.map((reply) => reply.text)).toEqual([
        expect.stringMatching(/Något gick fel.*Something went wrong/s),
      ]);
    } finally {
      organisation.callerFor = original;
    }
  });
});

describe('bot: what is not an activity', () => {
  it('answers 400 with a Swedish and English message, not 500', async () => {
    for (const body of ['{}', '[]', '{"type":5}', '{"type":"message"}', '{broken']) {
      const response = await request(server.url)
        .post('/api/messages')
        .set('content-type', 'application/json')
        .send(body);
      expect(response.status, body).toBe(400);
    }
    const empty = await request(server.url).post('/api/messages');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      error: 'bad_activity',
      message: expect.stringContaining('aktivitet'),
      messageEn: expect.stringContaining('activity'),
    });
  });
});
