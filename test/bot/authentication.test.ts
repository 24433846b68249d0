import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { teamsActivity } from '../support/teams-activity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cardOf, say } from './bot-client.js';
import { startTokenIssuer, type TokenIssuer } from './token-issuer.js';

const clientId = '11111111-2222-3333-4444-555555555555';
const botTenant = '99999999-8888-4777-8666-555555555555';
const otherTenant = '12121212-3434-4565-8787-909090909090';
const alex = { aadObjectId: personas.socialHead, name: 'Alex Wilber' };

describe('bot: local mode without a client id', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers anonymously, as the Agents Playground and tests talk to it', async () => {
    expect(server.bot.authenticated).toBe(false);
    expect(JSON.stringify(cardOf(await say(server.url, alex, 'hjälp')))).toContain('Hej Alex Wilber!');
  });
});

describe('bot: local mode, ids no store can hold', () => {
  it('answers an id longer than 255 characters with a 400 naming it, and the next turn works', async () => {
    const server = await startTestServer();
    try {
      const long = teamsActivity(alex, { type: 'message', text: 'hjälp' });
      const refused = await request(server.url)
        .post('/api/messages')
        .send({ ...long, conversation: { ...(long.conversation as object), id: 'x'.repeat(300) } })
        .expect(400);
      expect(refused.body.issues[0].field).toBe('conversation.id');
      expect(JSON.stringify(cardOf(await say(server.url, alex, 'hjälp')))).toContain('Hej Alex Wilber!');
    } finally {
      await server.close();
    }
  });
});

describe('bot: token authority unreachable', () => {
  it('refuses with the product’s message, never the network error', async () => {
    const server = await startTestServer({
      env: { BOT_CLIENT_ID: clientId, BOT_CLIENT_SECRET: 'not-a-real-secret', BOT_TENANT_ID: botTenant },
      bot: { authority: 'http://127.0.0.1:9' },
    });
    const issuer = await startTokenIssuer();
    try {
      const token = issuer.token({
        aud: clientId,
        iss: `https://sts.windows.net/${botTenant}/`,
        tid: botTenant,
        appid: clientId,
      });
      const refused = await request(server.url)
        .post('/api/messages')
        .set('Authorization', `Bearer ${token}`)
        .send(teamsActivity(alex, { type: 'message', text: 'hjälp' }));
      expect(refused.status).toBe(401);
      expect(refused.body.error).toBe('unauthorized');
      expect(JSON.stringify(refused.body)).not.toMatch(/ECONNREFUSED|ENOTFOUND|getaddrinfo|127\.0\.0\.1/);
    } finally {
      await issuer.close();
      await server.close();
    }
  });
});

describe('bot: with a client id configured', () => {
  let issuer: TokenIssuer;
  let server: TestServer;
  beforeAll(async () => {
    issuer = await startTokenIssuer();
    server = await startTestServer({
      env: { BOT_CLIENT_ID: clientId, BOT_CLIENT_SECRET: 'not-a-real-secret', BOT_TENANT_ID: botTenant },
      bot: { authority: issuer.authority },
    });
  });
  afterAll(async () => {
    await server.close();
    await issuer.close();
  });

  // No serviceUrl: with a real token the SDK would otherwise fetch its own token from Entra to reply.
  const activity = () => {
    const { serviceUrl: _none, ...rest } = teamsActivity(alex, {
      type: 'message',
      text: 'hjälp',
      deliveryMode: 'expectReplies',
    });
    return rest;
  };
  const post = (authorization?: string) => {
    const call = request(server.url).post('/api/messages');
    if (authorization !== undefined) call.set('Authorization', authorization);
    return call.send(activity());
  };
  const validClaims = { aud: clientId, iss: `https://sts.windows.net/${botTenant}/`, tid: botTenant, appid: clientId };

  it('refuses an activity without a token, in the product’s words', async () => {
    expect(server.bot.authenticated).toBe(true);
    const refused = await post().expect(401);
    expect(refused.body).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/token/) });
    expect(JSON.stringify(refused.body)).not.toContain('jwt-auth-error');
  });

  it('refuses malformed and forged tokens', async () => {
    await post('Bearer not.a.token').expect(401);
    await post('Basic dXNlcjpwYXNz').expect(401);
    await post(`Bearer ${issuer.token(validClaims, { signWith: issuer.strangerKey })}`).expect(401);
  });

  it('refuses a token for another audience, from another tenant, or expired', async () => {
    await post(`Bearer ${issuer.token({ ...validClaims, aud: 'some-other-app' })}`).expect(401);
    await post(
      `Bearer ${issuer.token({ ...validClaims, iss: `https://sts.windows.net/${otherTenant}/`, tid: otherTenant })}`,
    ).expect(401);
    const past = Math.floor(Date.now() / 1000) - 3600;
    await post(`Bearer ${issuer.token({ ...validClaims, iat: past - 600, nbf: past - 600, exp: past })}`).expect(401);
  });

  it('accepts a valid token for its client id and answers', async () => {
    const response = await post(`Bearer ${issuer.token(validClaims)}`).expect(200);
    const replies = (
      response.body as { activities: { attachments?: { contentType: string; content: Record<string, unknown> }[] }[] }
    ).activities;
    expect(JSON.stringify(cardOf(replies as never))).toContain('Hej Alex Wilber!');
  });
});
