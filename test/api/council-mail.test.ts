import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Item = {
  kind: 'mail' | 'meeting';
  recipients: { name: string; address: string }[];
  subject: string;
  body: string;
  sentAt: string;
  via: string;
  meetingId: string | null;
};
const chief = as(personas.securityChief);

/** A council planned for 10 December with the police and Näringslivsrådet invited, Ulla Ström speaking for the latter. */
async function withCouncil(now: string): Promise<{ server: TestServer; ids: Record<string, string> }> {
  const server = await startTestServer({ now });
  const api = () => request(server.url);
  const actors = (await api().get('/api/actors').set(chief).expect(200)).body.actors as {
    id: string;
    etag: string;
    name: string;
    kind: string;
    contact: string;
    councilParticipant: boolean;
  }[];
  const business = actors.find((a) => a.name === 'Näringslivsrådet')!;
  const { id, etag, members: _members, ...fields } = business as typeof business & { members: unknown };
  await api()
    .patch(`/api/actors/${id}`)
    .set(chief)
    .set('If-Match', etag)
    .send({ ...fields, memberIds: [personas.reader] })
    .expect(200);
  const police = actors.find((a) => a.name.startsWith('Polisen'))!.id;
  await api()
    .post('/api/councils/2026')
    .set(chief)
    .send({ date: '2026-12-10', place: 'Kommunhuset', invitedActorIds: [police, id] })
    .expect(201);
  return { server, ids: { police, business: id } };
}

const outbox = async (server: TestServer) =>
  (await request(server.url).get('/api/dev/outbox').set(chief).expect(200)).body.items as Item[];

describe('the council’s invitations and requests (local outbox)', () => {
  let server: TestServer;
  beforeAll(async () => {
    ({ server } = await withCouncil('2026-11-10T09:00:00+01:00'));
  });
  afterAll(async () => server.close());

  it('puts one meeting and one request per representative in the outbox when the council is planned', async () => {
    const items = await outbox(server);
    const meetings = items.filter((i) => i.kind === 'meeting');
    expect(meetings).toHaveLength(1);
    const attendees = meetings[0]!.recipients.map((r) => r.name);
    expect(attendees).toEqual(expect.arrayContaining(['Jonas Wik', 'Ulla Ström', 'Karin Ek']));
    expect(meetings[0]!).toMatchObject({ subject: 'Strategiskt råd 2026 – Askersunds kommun', via: 'outbox' });
    expect(meetings[0]!.body).toContain('10 december 2026, Kommunhuset');
    const requests = items.filter((i) => i.kind === 'mail');
    expect(requests.map((r) => r.recipients.map((x) => x.address).join())).toEqual(
      expect.arrayContaining(['jonas.wik@polisen.example']),
    );
    expect(requests).toHaveLength(2);
    const police = requests.find((r) => r.recipients[0]!.name === 'Jonas Wik')!;
    expect(police.subject).toBe('Skriftlig lägesbild till strategiska rådet 10 december 2026');
    expect(police.body).toContain(
      'Askersunds kommun bjuder in Polisen, lokalpolisområde Askersund till det strategiska rådet 10 december 2026',
    );
    expect(police.body).toContain('Lämna den senast 19 november 2026 i Trygghetshjulet: http://');
    expect(police.body).toContain('/#/strategiskt-rad/planering/2026');
    // Last year's council's commitment, with no result yet, is asked for in the same mail.
    expect(police.body).toContain(
      'Berätta också i Trygghetshjulet hur det gick med det ni åtog er vid rådet 2025:\n– Synlig närvaro vid resecentrum fredag och lördag kväll',
    );
    expect(requests.find((r) => r.recipients[0]!.name === 'Ulla Ström')!.body).not.toContain('åtog er');
    // Nothing about anyone but their name: no personal identity numbers, no addresses in the text.
    expect(police.body).not.toMatch(/@|\d{6,8}-?\d{4}/);
  });

  it('updates the same meeting when the date moves, and sends nothing twice', async () => {
    const api = () => request(server.url);
    const council = await api().get('/api/councils/2026').set(chief).expect(200);
    const { invitedActorIds, place } = council.body as { invitedActorIds: string[]; place: string };
    const moved = await api()
      .put('/api/councils/2026')
      .set(chief)
      .set('If-Match', String(council.headers.etag))
      .send({ date: '2026-12-11', place, invitedActorIds })
      .expect(200);
    await api()
      .put('/api/councils/2026')
      .set(chief)
      .set('If-Match', String(moved.headers.etag))
      .send({ date: '2026-12-11', place, invitedActorIds })
      .expect(200);
    const items = await outbox(server);
    const meetings = items.filter((i) => i.kind === 'meeting');
    expect(meetings).toHaveLength(2);
    expect(new Set(meetings.map((m) => m.meetingId)).size).toBe(1);
    expect(meetings[0]!.body).toContain('11 december 2026');
    expect(items.filter((i) => i.kind === 'mail')).toHaveLength(2);
    await server.ctx.councilMail.runOnce();
    expect(await outbox(server)).toHaveLength(items.length);
  });

  it('is the säkerhetschef’s to read, and exists only in local mode', async () => {
    await request(server.url).get('/api/dev/outbox').set(as(personas.police)).expect(403);
    await request(server.url).get('/api/outbox').set(as(personas.reader)).expect(403);
    expect((await request(server.url).get('/api/outbox').set(chief).expect(200)).body.sending).toBe('outbox');
  });
});

describe('the reminder before the written lägesbild is due', () => {
  it('goes to the representatives of actors who have not handed it in or not said how their commitments went, once', async () => {
    const { server, ids } = await withCouncil('2026-11-17T09:00:00+01:00');
    try {
      await request(server.url)
        .post(`/api/councils/2026/materials/${ids.police}/document`)
        .query({ fileName: 'Lägesbild.pdf' })
        .set(as(personas.police))
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from('%PDF-1.4'))
        .expect(201);
      await server.ctx.councilMail.runOnce();
      await server.ctx.councilMail.runOnce();
      const reminders = (await outbox(server)).filter((i) => i.subject.startsWith('Påminnelse'));
      const to = (name: string) => reminders.filter((r) => r.recipients.some((x) => x.name === name));
      expect(reminders).toHaveLength(2);
      expect(to('Ulla Ström')[0]!.subject).toBe('Påminnelse: skriftlig lägesbild senast 19 november 2026');
      expect(to('Ulla Ström')[0]!.body).toContain('från Näringslivsrådet');
      // The police handed in, but have not said how last year's commitment went.
      expect(to('Jonas Wik')[0]!.subject).toBe('Påminnelse: era åtaganden inför rådet 10 december 2026');
      expect(to('Jonas Wik')[0]!.body).toContain('– Synlig närvaro vid resecentrum fredag och lördag kväll');
    } finally {
      await server.close();
    }
  });
});
