import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReminderService } from '../../api/context.js';
import { GraphAppInstaller } from '../../api/reach/graph-app-installer.js';
import { ReminderLogRepository } from '../../api/repositories/reminder-log-repository.js';
import { ReachService } from '../../api/services/reach-service.js';
import { demoPeople } from '../../api/seed/askersund.js';
import { GraphHttp } from '../../api/store/sharepoint/graph-http.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { say } from './bot-client.js';
import { startLocalConnector, type LocalConnector } from './local-connector.js';

const catalogAppId = 'b1b1b1b1-2222-4333-8444-555555555555';
const heads = demoPeople.filter((p) => p.roles.includes('DepartmentHead'));
const blocked = heads.find((p) => p.displayName === 'Nils Ekström')!;

let simulator: GraphSimulator;
let server: TestServer;
let connector: LocalConnector;

beforeAll(async () => {
  simulator = await startGraphSimulator({
    users: demoPeople.map((p) => ({
      id: p.objectId,
      displayName: p.displayName,
      mail: p.email,
      userPrincipalName: p.userPrincipalName,
      jobTitle: p.title,
    })),
    teamsCatalog: [catalogAppId],
    refuseInstallFor: [blocked.objectId],
  });
  // The 14-day reminder's morning; nobody but the säkerhetschef has ever opened the app.
  server = await startTestServer({ now: '2026-11-16T08:00:00+01:00' });
  const installer = new GraphAppInstaller(
    new GraphHttp({ baseUrl: simulator.url, tokens: { getToken: async () => 'app-token' } }),
    catalogAppId,
  );
  server.ctx.reach = new ReachService(
    server.ctx.clock,
    server.ctx.conversations,
    new ReminderLogRepository(server.ctx.store),
    installer,
  );
  connector = await startLocalConnector();
  await say(server.url, { aadObjectId: personas.securityChief, name: 'Karin Ek' }, 'hjälp', {
    serviceUrl: connector.serviceUrl,
  });
});
afterAll(async () => {
  await connector.close();
  await server.close();
  await simulator.close();
});

describe('the app installs itself for the heads the year must reach', () => {
  it('installs the app for each head without it, finds the chat and delivers the reminder there, once', async () => {
    const run = await createReminderService(server.ctx, server.bot.reminderSender, 'test').runOnce();
    expect(run, JSON.stringify(run)).toMatchObject({ unreachable: 1 });
    expect(run.sent).toBe(heads.length - 1 + 1);
    expect(simulator.installations.map((i) => i.userId).sort()).toEqual(
      heads
        .filter((h) => h !== blocked)
        .map((h) => h.objectId)
        .sort(),
    );
    const delivered = await connector.received(run.sent);
    const chats = new Set(simulator.installations.map((i) => i.chatId));
    const toHeads = delivered.filter((call) => [...chats].some((chat) => decodeURIComponent(call.path).includes(chat)));
    expect(toHeads).toHaveLength(heads.length - 1);
    expect(String(toHeads[0]!.body.text)).toContain('Påminnelse');

    const again = await createReminderService(server.ctx, server.bot.reminderSender, 'test').runOnce();
    expect(again.sent).toBe(0);
    expect(simulator.installations).toHaveLength(heads.length - 1);
  });

  it('records why a head cannot be reached when the installation is refused', async () => {
    const rows = (
      await server.ctx.store.queryItems('reminderLog', {
        filters: [{ field: 'state', op: 'eq', value: 'unreachable' }],
      })
    ).items;
    expect(rows.map((row) => row.fields.recipientId)).toEqual([blocked.objectId]);
    expect(String(rows[0]!.fields.error)).toMatch(/installationen nekades.*403/);
  });

  it('answers an installation that is already there (409) as success', async () => {
    const installer = new GraphAppInstaller(
      new GraphHttp({ baseUrl: simulator.url, tokens: { getToken: async () => 'app-token' } }),
      catalogAppId,
    );
    const first = heads.find((h) => h !== blocked)!;
    const outcome = await installer.install(first.objectId);
    expect(outcome).toMatchObject({
      state: 'alreadyInstalled',
      chatId: simulator.installations.find((i) => i.userId === first.objectId)!.chatId,
    });
  });

  it('shows the säkerhetschef who waits, since when and why, and installs on request', async () => {
    const chief = { 'X-Dev-Persona': personas.securityChief };
    const overview = (await request(server.url).get('/api/cycles/2026/reports').set(chief).expect(200)).body;
    expect(overview.canInstall).toBe(true);
    const row = overview.departments.find((d: { headId: string }) => d.headId === blocked.objectId);
    expect(row).toMatchObject({
      reachable: false,
      waitingSince: expect.stringMatching(/^2026-11-16/),
      unreachableReason: expect.stringMatching(/nekades/),
    });
    const again = await request(server.url).post(`/api/reach/${blocked.objectId}/install`).set(chief).expect(200);
    expect(again.body).toMatchObject({ reachable: false, reason: expect.stringMatching(/403/) });
    await request(server.url)
      .post(`/api/reach/${blocked.objectId}/install`)
      .set({ 'X-Dev-Persona': personas.socialHead })
      .expect(403);
    const head = (
      await request(server.url)
        .get('/api/cycles/2026/reports')
        .set({ 'X-Dev-Persona': personas.socialHead })
        .expect(200)
    ).body;
    expect(head.departments[0].unreachableReason).toBeUndefined();
  });

  it('says so when the app cannot install itself (local mode)', async () => {
    const local = await startTestServer();
    try {
      const refused = await request(local.url)
        .post(`/api/reach/${blocked.objectId}/install`)
        .set({ 'X-Dev-Persona': personas.securityChief })
        .expect(409);
      expect(refused.body.error).toBe('install_off');
    } finally {
      await local.close();
    }
  });
});
