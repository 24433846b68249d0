import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Before the 2026 council: the actors report what became of what they promised at the 2025 one.
let server: TestServer;
const api = () => request(server.url);
const chief = as(personas.securityChief);
const police = as(personas.police);
const policeCommitment = 'demo-2025-polis';
type Listed = {
  id: string;
  who: string;
  actorId: string | null;
  mayReport: boolean;
  result: { outcome: string; text: string; reportedBy: string; reportedOn: string } | null;
};

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-20T09:00:00+01:00' });
});
afterAll(async () => {
  await server.close();
});

const listed = async (who = police) =>
  (await api().get('/api/councils/2025/commitments').set(who).expect(200)).body.commitments as Listed[];

describe('a commitment’s result', () => {
  it('is reported by the actor’s representative for the actor’s own commitments only', async () => {
    const before = await listed();
    expect(before.find((c) => c.id === policeCommitment)).toMatchObject({
      who: 'Polisen, lokalpolisområde Askersund',
      mayReport: true,
      result: null,
    });
    const municipal = before.find((c) => c.actorId === null)!;
    expect(municipal.mayReport).toBe(false);

    const after = (
      await api()
        .put(`/api/councils/2025/commitments/${policeCommitment}/result`)
        .set(police)
        .send({ outcome: 'done', text: 'Närvaro varje fredag och lördag sedan mars.' })
        .expect(200)
    ).body.commitments as Listed[];
    expect(after.find((c) => c.id === policeCommitment)!.result).toEqual({
      outcome: 'done',
      text: 'Närvaro varje fredag och lördag sedan mars.',
      reportedBy: 'Jonas Wik',
      reportedOn: '2026-11-20',
    });

    const refused = await api()
      .put(`/api/councils/2025/commitments/${municipal.id}/result`)
      .set(police)
      .send({ outcome: 'done' })
      .expect(403);
    expect(refused.body.message).toBe(
      'Du kan bara rapportera resultatet av åtaganden som den aktör du företräder gjorde.',
    );
    await api()
      .put(`/api/councils/2025/commitments/${policeCommitment}/result`)
      .set(as(personas.reader))
      .send({ outcome: 'notDone' })
      .expect(403);
    await api()
      .put(`/api/councils/2025/commitments/${policeCommitment}/result`)
      .set(as(personas.socialHead))
      .send({ outcome: 'notDone' })
      .expect(403);
    // The reader's and the head's attempts changed nothing.
    expect((await listed(chief)).find((c) => c.id === policeCommitment)!.result!.outcome).toBe('done');
  });

  it('refuses an unknown commitment, a wrong outcome and personal data, naming the field', async () => {
    await api()
      .put('/api/councils/2025/commitments/finns-inte/result')
      .set(police)
      .send({ outcome: 'done' })
      .expect(404);
    expect(
      (
        await api()
          .put(`/api/councils/2025/commitments/${policeCommitment}/result`)
          .set(police)
          .send({ outcome: 'klart' })
          .expect(400)
      ).body.issues[0].field,
    ).toBe('outcome');
    const personal = await api()
      .put(`/api/councils/2025/commitments/${policeCommitment}/result`)
      .set(police)
      .send({ outcome: 'inProgress', text: 'Samtal med 19121212-1212' })
      .expect(400);
    expect(personal.body.issues[0].field).toBe('text');
  });

  it('stands beside each commitment under point 2 of next year’s agenda', async () => {
    const actors = (await api().get('/api/actors').set(chief).expect(200)).body.actors as {
      id: string;
      name: string;
    }[];
    const policeId = actors.find((a) => a.name.startsWith('Polisen'))!.id;
    await api()
      .put(`/api/councils/2025/commitments/${policeCommitment}/result`)
      .set(police)
      .send({ outcome: 'inProgress', text: 'Fredagar varje vecka, lördagar varannan.' })
      .expect(200);
    await api()
      .post('/api/councils/2026')
      .set(chief)
      .send({ date: '2026-12-10', invitedActorIds: [policeId] })
      .expect(201);
    const agenda = (await api().get('/api/councils/2026/agenda').set(chief).expect(200)).body as {
      items: { point: number | null; text: string }[];
    };
    const two = agenda.items.find((item) => item.point === 2)!.text;
    expect(two).toContain(
      'Polisen, lokalpolisområde Askersund: Synlig närvaro vid resecentrum fredag och lördag kväll (senast 2026-12-31) – pågår: Fredagar varje vecka, lördagar varannan.',
    );
    expect(two).toMatch(/Kommunen[^\n]*– inget resultat rapporterat/);
  });
});
