import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphMessenger } from '../../api/messaging/graph-messenger.js';
import { CouncilRepository } from '../../api/repositories/council-repository.js';
import { CouncilMailService } from '../../api/services/council-mail-service.js';
import { GraphHttp } from '../../api/store/sharepoint/graph-http.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The council's mail and meeting through Graph from the configured mailbox, against the simulator.
const mailbox = 'trygghet@askersund.example';
const chief = as(personas.securityChief);
let simulator: GraphSimulator;
let server: TestServer;

function sendThrough(box: string): void {
  const { ctx } = server;
  const messenger = new GraphMessenger(
    new GraphHttp({ baseUrl: simulator.url, tokens: { getToken: async () => 'app-token' } }),
    box,
  );
  ctx.councilMail = new CouncilMailService({
    clock: ctx.clock,
    logger: ctx.logger,
    councils: ctx.councils,
    councilRecords: new CouncilRepository(ctx.store),
    organisation: ctx.organisation,
    settings: ctx.settings,
    outbox: ctx.outbox,
    messenger,
    publicUrl: 'https://trygghet.askersund.example',
  });
}

beforeAll(async () => {
  simulator = await startGraphSimulator({
    users: [
      {
        id: 'mbx-1',
        displayName: 'Trygghetshjulet Askersund',
        mail: mailbox,
        userPrincipalName: mailbox,
        jobTitle: null,
      },
      {
        id: 'usr-2',
        displayName: 'Karin Ek',
        mail: 'karin.ek@askersund.example',
        userPrincipalName: 'karin.ek@askersund.example',
        jobTitle: 'Säkerhetschef',
      },
    ],
    grantedMailboxes: [mailbox],
  });
  server = await startTestServer({ now: '2026-11-10T09:00:00+01:00' });
});
afterAll(async () => {
  await server.close();
  await simulator.close();
});

describe('the council’s mail and meeting through Graph', () => {
  it('keeps going when the mailbox refuses the app, and sends nothing', async () => {
    sendThrough('karin.ek@askersund.example');
    const actors = (await request(server.url).get('/api/actors').set(chief).expect(200)).body.actors as {
      id: string;
      name: string;
    }[];
    await request(server.url)
      .post('/api/councils/2027')
      .set(chief)
      .send({ date: '2027-12-09', invitedActorIds: [actors.find((a) => a.name.startsWith('Polisen'))!.id] })
      .expect(201);
    expect(simulator.mailbox.sent).toHaveLength(0);
    expect(simulator.mailbox.events).toHaveLength(0);
    expect((await request(server.url).get('/api/outbox').set(chief).expect(200)).body.items).toEqual([]);
  });

  it('creates one Outlook meeting and sends each request, then moves that meeting when the date moves', async () => {
    sendThrough(mailbox);
    const actors = (await request(server.url).get('/api/actors').set(chief).expect(200)).body.actors as {
      id: string;
      name: string;
    }[];
    const police = actors.find((a) => a.name.startsWith('Polisen'))!.id;
    await request(server.url)
      .post('/api/councils/2026')
      .set(chief)
      .send({ date: '2026-12-10', place: 'Kommunhuset', invitedActorIds: [police] })
      .expect(201);
    expect(simulator.mailbox.events).toHaveLength(1);
    const event = simulator.mailbox.events[0]!;
    expect(event).toMatchObject({
      organizer: mailbox,
      subject: 'Strategiskt råd 2026 – Askersunds kommun',
      start: { dateTime: '2026-12-10T09:00:00', timeZone: 'W. Europe Standard Time' },
      location: 'Kommunhuset',
    });
    expect(event.attendees).toEqual(expect.arrayContaining(['jonas.wik@polisen.example']));
    expect(simulator.mailbox.sent.map((m) => m.to.join())).toEqual(['jonas.wik@polisen.example']);
    expect(simulator.mailbox.sent[0]!.body).toContain(
      'https://trygghet.askersund.example/#/strategiskt-rad/planering/2026',
    );

    const council = await request(server.url).get('/api/councils/2026').set(chief).expect(200);
    await request(server.url)
      .put('/api/councils/2026')
      .set(chief)
      .set('If-Match', String(council.headers.etag))
      .send({ date: '2026-12-11', place: 'Kommunhuset', invitedActorIds: [police] })
      .expect(200);
    expect(simulator.mailbox.events).toHaveLength(1);
    expect(simulator.mailbox.events[0]).toMatchObject({ updates: 1, start: { dateTime: '2026-12-11T09:00:00' } });
    expect(simulator.mailbox.sent).toHaveLength(1);
    const items = (await request(server.url).get('/api/outbox').set(chief).expect(200)).body as {
      sending: string;
      items: { via: string; meetingId: string | null }[];
    };
    expect(items.sending).toBe('graph');
    expect(items.items.every((i) => i.via === 'graph')).toBe(true);
    expect(new Set(items.items.flatMap((i) => (i.meetingId ? [i.meetingId] : [])))).toEqual(new Set([event.id]));
  });
});
