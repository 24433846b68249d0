import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const api = () => request(server.url);
const chief = as(personas.securityChief);
let actors: { id: string; name: string; kind: string }[];
const actorNamed = (start: string) => actors.find((a) => a.name.startsWith(start))!;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-12-14T09:00:00+01:00' });
  actors = (await api().get('/api/actors').set(chief).expect(200)).body.actors;
});
afterAll(async () => {
  await server.close();
});

const council = async (year: number, persona = personas.securityChief) =>
  (await api().get(`/api/councils/${year}`).set(as(persona)).expect(200)).body;
const milestone = async (year: number, id: string) =>
  (await api().get(`/api/cycles/${year}`).set(chief).expect(200)).body.milestones.find(
    (m: { id: string }) => m.id === `${year}-${id}`,
  );

async function planCouncil(year: number, date: string, invited: string[]) {
  return (
    await api()
      .post(`/api/councils/${year}`)
      .set(chief)
      .send({ date, place: 'Kommunhuset, sal Vättern', invitedActorIds: invited })
      .expect(201)
  ).body;
}

// Each test arranges what it needs through these, whatever ran before it: a council planned once, its
// material in, its minutes recorded. A test whose assertions need a year untouched uses a year of its own.
async function plannedCouncil(year: number, date: string, invited: () => string[]) {
  const current = await council(year);
  return current.planned ? current : planCouncil(year, date, invited());
}

const police = () => actorNamed('Polisen').id;
const business = () => actorNamed('Näringslivsrådet').id;

/** 2026's council as December has it: planned for the 11th, the police's document and the business council's word in. */
async function councilWithMaterial2026() {
  await plannedCouncil(2026, '2026-12-11', () => [police(), business()]);
  let view = await council(2026);
  if (!view.materials.find((m: { actorId: string }) => m.actorId === police()).documentPath) {
    await api()
      .post(`/api/councils/2026/materials/${police()}/document`)
      .query({ fileName: 'Polisens lägesbild 2026.pdf' })
      .set(chief)
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from('%PDF-1.4 polisens lägesbild'))
      .expect(201);
    view = await council(2026);
  }
  const row = view.materials.find((m: { actorId: string }) => m.actorId === business());
  if (!row.receivedOn)
    await api()
      .patch(`/api/councils/2026/materials/${business()}`)
      .set(chief)
      .set('If-Match', row.etag)
      .send({ receivedOn: '2026-12-01', note: 'Kom per e-post' })
      .expect(200);
}

const municipalityCommitment = 'kommun-belysning';
async function minutes2026() {
  const departments = (await api().get('/api/departments').set(chief).expect(200)).body.departments;
  const social = departments.find((d: { name: string }) => d.name.startsWith('Social')).id;
  return {
    attendingActorIds: [police(), business()],
    decisions: [{ id: 'd1', text: 'Rådet ställer sig bakom den samlade lägesbilden.' }],
    commitments: [
      { id: 'polis-torget', actorId: police(), what: 'Ökad närvaro vid torget fredagskvällar', byWhen: '2027-06-30' },
      {
        id: municipalityCommitment,
        departmentId: social,
        what: 'Fältare vid resecentrum under sommarlovet',
        byWhen: '2027-08-31',
      },
    ],
  };
}

/** 2026's council held, its minutes with two commitments recorded. */
async function heldCouncil2026() {
  const view = await plannedCouncil(2026, '2026-12-11', () => [police(), business()]);
  if ((view.minutes?.commitments ?? []).length === 0)
    await api()
      .put('/api/councils/2026/minutes')
      .set(chief)
      .set('If-Match', view.etag)
      .send(await minutes2026())
      .expect(200);
}

async function planFor2027() {
  const existing = await api().get('/api/action-plans/2027').set(chief);
  if (existing.status === 404) await api().post('/api/action-plans/2027').set(chief).send({}).expect(201);
}

describe('the strategic council of a year', () => {
  it('is planned with its date moving the årshjul, and each invited actor gets a request due three weeks before', async () => {
    const before = await council(2029);
    expect(before.planned).toBe(false);
    expect(before.date).toBe((await milestone(2029, 'strategic-council')).due);
    const planned = await planCouncil(2029, '2029-12-13', [police(), business()]);
    expect(planned).toMatchObject({
      planned: true,
      date: '2029-12-13',
      requestDue: '2029-11-22',
      place: 'Kommunhuset, sal Vättern',
    });
    expect(planned.materials.map((m: { actorName: string; receivedOn: null }) => [m.actorName, m.receivedOn])).toEqual([
      ['Polisen, lokalpolisområde Askersund', null],
      ['Näringslivsrådet', null],
    ]);
    expect((await milestone(2029, 'strategic-council')).due).toBe('2029-12-13');
    await api().post('/api/councils/2029').set(chief).send({ date: '2029-12-13', invitedActorIds: [] }).expect(409);
  });

  it('refuses an unknown actor, a bad date and everyone but the säkerhetschef, naming the field', async () => {
    const bad = await api()
      .post('/api/councils/2030')
      .set(chief)
      .send({ date: '2030-12-10', invitedActorIds: ['999'] })
      .expect(400);
    expect(bad.body.issues[0].field).toBe('invitedActorIds');
    const date = await api()
      .post('/api/councils/2030')
      .set(chief)
      .send({ date: '10 december', invitedActorIds: [] })
      .expect(400);
    expect(date.body.issues[0].field).toBe('date');
    expect((await council(2030)).planned).toBe(false);
    await api().post('/api/councils/2030').set(as(personas.police)).send({ date: '2030-12-10' }).expect(403);
    await api().get('/api/councils/2026').set(as(personas.socialHead)).expect(403);
  });

  it('records the actors’ material: an uploaded document marks it received, and the request milestone is done when all are in', async () => {
    const planned = await planCouncil(2031, '2031-12-11', [police(), business()]);
    expect(planned.materials).toHaveLength(2);
    const uploaded = await api()
      .post(`/api/councils/2031/materials/${police()}/document`)
      .query({ fileName: 'Polisens lägesbild 2031.pdf' })
      .set(chief)
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from('%PDF-1.4 polisens lägesbild'))
      .expect(201);
    expect(uploaded.body.materials[0]).toMatchObject({
      receivedOn: '2026-12-14',
      documentPath: expect.stringContaining('Polisens lägesbild 2031.pdf'),
    });
    expect((await milestone(2031, 'actor-situation-request')).completion).toBeUndefined();

    const file = await api()
      .get(`/api/councils/2031/materials/${police()}/document`)
      .set(as(personas.police))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(Buffer.from(file.body as Buffer).toString()).toBe('%PDF-1.4 polisens lägesbild');
    expect(file.headers['content-type']).toContain('application/pdf');

    const row = uploaded.body.materials.find((m: { actorId: string }) => m.actorId === business());
    const early = await api()
      .patch(`/api/councils/2031/materials/${business()}`)
      .set(chief)
      .set('If-Match', row.etag)
      .send({ receivedOn: '2026-12-24', note: 'Kom per e-post' })
      .expect(409);
    expect(early.body.issues[0].field).toBe('receivedOn');
    await api()
      .patch(`/api/councils/2031/materials/${business()}`)
      .set(chief)
      .set('If-Match', row.etag)
      .send({ receivedOn: '2026-12-01', note: 'Kom per e-post' })
      .expect(200);
    expect((await milestone(2031, 'actor-situation-request')).completion).toMatchObject({ doneAt: '2026-12-14' });
    await api()
      .patch(`/api/councils/2031/materials/${business()}`)
      .set(chief)
      .set('If-Match', row.etag)
      .send({ receivedOn: null })
      .expect(412);
  });

  it('opens minutes saved before dates were bounded, and asks for the date to be put right on the next save', async () => {
    await planCouncil(2035, '2035-12-06', [police()]);
    const old = {
      id: 'gammal',
      actorId: police(),
      departmentId: null,
      what: 'Fler kvällspatruller',
      byWhen: '9999-12-31',
    };
    const stored = await server.ctx.store.getItem('councils', (await council(2035)).id);
    await server.ctx.store.updateItem(
      'councils',
      stored!.id,
      stored!.etag,
      { minutes: { attendingActorIds: [], decisions: [], commitments: [old], notes: '' } },
      'test',
    );
    const view = await council(2035);
    expect(view.minutes.commitments).toEqual([old]);
    const refused = await api()
      .put('/api/councils/2035/minutes')
      .set(chief)
      .set('If-Match', view.etag)
      .send(view.minutes)
      .expect(400);
    expect(refused.body.issues[0]).toMatchObject({
      field: 'commitments.0.byWhen',
      message: 'ange ett datum mellan 1900-01-01 och 2100-12-31',
    });
  });

  it('keeps the joint preparation notes and marks the preparation milestone', async () => {
    const { etag } = await planCouncil(2032, '2032-12-09', [police()]);
    const saved = await api()
      .put('/api/councils/2032/preparation')
      .set(chief)
      .set('If-Match', etag)
      .send({ notes: 'Gemensam genomgång med kommunpolisen den 3 december.', done: true })
      .expect(200);
    expect(saved.body.preparation).toEqual({
      notes: 'Gemensam genomgång med kommunpolisen den 3 december.',
      done: true,
    });
    expect((await milestone(2032, 'council-preparation')).completion).toBeDefined();
    const personal = await api()
      .put('/api/councils/2032/preparation')
      .set(chief)
      .set('If-Match', saved.body.etag)
      .send({ notes: 'Gäller 19121212-1212' })
      .expect(400);
    expect(personal.body.issues[0].field).toBe('notes');
  });
});

describe('the agenda', () => {
  beforeAll(async () => {
    const departments = (await api().get('/api/departments').set(chief).expect(200)).body.departments;
    const social = departments.find((d: { name: string }) => d.name === 'Socialförvaltningen').id;
    const form = (await api().get(`/api/cycles/2026/reports/${social}`).set(as(personas.socialHead)).expect(200)).body;
    const content = {
      situation: 'Oro kring stationsområdet på kvällstid.',
      observations: [],
      actions: form.actions.map((a: { id: string }) => ({ actionId: a.id, progress: 'inProgress', comment: '' })),
      proposals: ['Fältassistenter fredagskvällar'],
    };
    await api()
      .put(`/api/cycles/2026/reports/${social}`)
      .set(as(personas.socialHead))
      .send({ content, submit: true })
      .expect(200);
  });

  it('is drafted with the plan’s five points, each filled from the year’s data', async () => {
    await councilWithMaterial2026();
    const agenda = (await api().get('/api/councils/2026/agenda').set(as(personas.police)).expect(200)).body;
    expect(agenda.saved).toBe(false);
    expect(agenda.items.map((i: { point: number }) => i.point)).toEqual([1, 2, 3, 4, 5]);
    const [one, two, three, four, five] = agenda.items;
    expect(one.title).toBe('Redogörelse för den samlade lägesbilden');
    expect(one.text).toMatch(/Lägesbilden för 2026 omfattar \d+ registrerade händelser/);
    expect(one.text).toContain('2 av 2 inkomna');
    expect(one.links.map((l: { href: string }) => l.href)).toContain(
      `/api/councils/2026/materials/${actorNamed('Polisen').id}/document`,
    );
    expect(two.text).toContain('Åtaganden från rådet 2025:\n');
    expect(two.text).toContain(
      '– Polisen, lokalpolisområde Askersund: Synlig närvaro vid resecentrum fredag och lördag kväll (senast 2026-12-31)',
    );
    expect(two.text).toContain(
      '– Kommunen (Folkhälsoteamet): Nattvandring med civilsamhället, åtagande från strategiska rådet (senast 2026-09-30)',
    );
    expect(two.text).toMatch(
      /Åtgärder i 2026 års åtgärdsplan, del 4, och hur de gått:\n– Nattvandring med civilsamhället, åtagande från strategiska rådet – Folkhälsoteamet: /,
    );
    expect(three.text).toContain(
      'Förslag från förvaltningarnas återrapportering:\n– Socialförvaltningen: Fältassistenter fredagskvällar',
    );
    expect(four.text).toContain('2027');
    expect(five.text).toContain('Skriftliga överenskommelser om samverkan');
  });

  it('can be edited and extended but never holds fewer than the five points, nor out of order', async () => {
    await plannedCouncil(2033, '2033-12-08', () => [police()]);
    const agenda = (await api().get('/api/councils/2033/agenda').set(chief).expect(200)).body;
    const without = await api()
      .put('/api/councils/2033/agenda')
      .set(chief)
      .set('If-Match', agenda.etag)
      .send({ items: agenda.items.filter((i: { point: number }) => i.point !== 3) })
      .expect(400);
    expect(without.body.issues[0]).toMatchObject({
      field: 'items',
      message: expect.stringContaining('punkt 3 saknas'),
    });
    const swapped = [agenda.items[1], agenda.items[0], ...agenda.items.slice(2)];
    await api()
      .put('/api/councils/2033/agenda')
      .set(chief)
      .set('If-Match', agenda.etag)
      .send({ items: swapped })
      .expect(400);

    const extra = {
      id: 'nattvandring',
      point: null,
      title: 'Nattvandrarna berättar om hösten',
      text: 'Kunskapshöjande inslag.',
      links: [],
    };
    const items = [
      ...agenda.items.slice(0, 4),
      { ...agenda.items[4], text: 'Information från räddningstjänsten.' },
      extra,
    ];
    const saved = await api()
      .put('/api/councils/2033/agenda')
      .set(chief)
      .set('If-Match', agenda.etag)
      .send({ items })
      .expect(200);
    expect(saved.body.saved).toBe(true);
    const reread = (await api().get('/api/councils/2033/agenda').set(as(personas.reader)).expect(200)).body;
    expect(reread.items.map((i: { title: string }) => i.title).slice(-1)).toEqual(['Nattvandrarna berättar om hösten']);
    expect(reread.items[4].text).toBe('Information från räddningstjänsten.');
    await api()
      .put('/api/councils/2033/agenda')
      .set(as(personas.police))
      .set('If-Match', saved.body.etag)
      .send({ items })
      .expect(403);
  });

  it('is saved as a Word document in the council library that council members can open', async () => {
    await plannedCouncil(2034, '2034-12-07', () => [police()]);
    const agenda = (await api().get('/api/councils/2034/agenda').set(chief).expect(200)).body;
    const extra = {
      id: 'nattvandring',
      point: null,
      title: 'Nattvandrarna berättar om hösten',
      text: 'Kunskapshöjande inslag.',
      links: [],
    };
    await api()
      .put('/api/councils/2034/agenda')
      .set(chief)
      .set('If-Match', agenda.etag)
      .send({ items: [...agenda.items, extra] })
      .expect(200);
    const info = await api().post('/api/councils/2034/documents/agenda').set(chief).expect(201);
    expect(info.body.path).toContain('Strategiskt råd 2034/Dagordning');
    const file = await api()
      .get('/api/councils/2034/documents/agenda')
      .set(as(personas.police))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = await wordText(file.body as Buffer);
    expect(text).toContain('Dagordning, strategiskt råd 2034');
    expect(text).toContain('5. Annan vid tidpunkten relevant information eller kunskapshöjande inslag');
    expect(text).toContain('6. Nattvandrarna berättar om hösten');
    expect(text).toContain('Polisen, lokalpolisområde Askersund');
    await api().get('/api/councils/2034/documents/agenda').set(as(personas.schoolHead)).expect(403);
    await api().post('/api/councils/2034/documents/minutes').set(chief).expect(409);
  });
});

describe('the minutes and what follows from them', () => {
  it('records decisions and each commitment (who, what, by when) and marks the council held', async () => {
    const { etag } = await plannedCouncil(2026, '2026-12-11', () => [police(), business()]);
    const minutes = await minutes2026();
    const social = minutes.commitments[1]!.departmentId;
    const bad = await api()
      .put('/api/councils/2026/minutes')
      .set(chief)
      .set('If-Match', etag)
      .send({ ...minutes, commitments: [{ id: 'x', actorId: police(), departmentId: social, what: 'Båda' }] })
      .expect(400);
    expect(bad.body.issues[0].field).toBe('commitments.0.actorId');
    // Promised at the council, a commitment is not due before it: each such date is named beside its row.
    const early = await api()
      .put('/api/councils/2026/minutes')
      .set(chief)
      .set('If-Match', etag)
      .send({
        ...minutes,
        commitments: minutes.commitments.map((c, i) => ({ ...c, byWhen: i === 1 ? '2026-12-10' : c.byWhen })),
      })
      .expect(400);
    expect(early.body.issues).toEqual([
      {
        field: 'commitments.1.byWhen',
        message: 'senast kan inte ligga före rådets dag, 2026-12-11',
        messageEn: 'by when cannot be before the council’s day, 2026-12-11',
      },
    ]);
    expect((await council(2026)).minutes).toBeNull();
    const saved = await api()
      .put('/api/councils/2026/minutes')
      .set(chief)
      .set('If-Match', etag)
      .send(minutes)
      .expect(200);
    expect(saved.body.minutes.commitments).toHaveLength(2);
    expect((await milestone(2026, 'strategic-council')).completion).toMatchObject({ doneAt: '2026-12-11' });

    await api().post('/api/councils/2026/documents/minutes').set(chief).expect(201);
    const file = await api()
      .get('/api/councils/2026/documents/minutes')
      .set(as(personas.police))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = await wordText(file.body as Buffer);
    expect(text).toContain('Ökad närvaro vid torget fredagskvällar');
    expect(text).toContain('Kommunen (Socialförvaltningen)');
    expect(text).toContain('2027-06-30');
  });

  it('fills next year’s agenda point 2 with this year’s commitments', async () => {
    await heldCouncil2026();
    await plannedCouncil(2027, '2027-12-09', () => [police()]);
    const agenda = (await api().get('/api/councils/2027/agenda').set(chief).expect(200)).body;
    const two = agenda.items.find((i: { point: number }) => i.point === 2);
    expect(two.text).toContain('Åtaganden från rådet 2026:');
    expect(two.text).toContain(
      '– Polisen, lokalpolisområde Askersund: Ökad närvaro vid torget fredagskvällar (senast 2027-06-30)',
    );
    expect(two.text).toContain(
      '– Kommunen (Socialförvaltningen): Fältare vid resecentrum under sommarlovet (senast 2027-08-31)',
    );
  });

  it('offers the municipality’s commitments as part-4 actions of next year’s plan, taken once', async () => {
    await heldCouncil2026();
    await planFor2027();
    const offers = (await api().get('/api/action-plans/2027/council-offers').set(chief).expect(200)).body.offers;
    expect(offers).toEqual([
      expect.objectContaining({
        commitmentId: municipalityCommitment,
        councilYear: 2026,
        who: 'Kommunen (Socialförvaltningen)',
        actionId: null,
      }),
    ]);
    const action = (
      await api().post(`/api/action-plans/2027/council-offers/${municipalityCommitment}`).set(chief).expect(201)
    ).body;
    expect(action).toMatchObject({
      part: 4,
      title: 'Fältare vid resecentrum under sommarlovet',
      origin: { kind: 'council', year: 2026, commitmentId: municipalityCommitment },
    });
    const again = (
      await api().post(`/api/action-plans/2027/council-offers/${municipalityCommitment}`).set(chief).expect(201)
    ).body;
    expect(again.id).toBe(action.id);
    expect(
      (await api().get('/api/action-plans/2027/council-offers').set(chief).expect(200)).body.offers[0].actionId,
    ).toBe(action.id);
    await api().post('/api/action-plans/2027/council-offers/polis-torget').set(chief).expect(404);
  });
});

describe('cooperation agreements', () => {
  it('are recorded with whom, signed and valid until, flagged before they run out, and their signed document kept', async () => {
    const police = actorNamed('Polisen').id;
    const soon = await api()
      .post('/api/agreements')
      .set(chief)
      .send({
        actorId: police,
        title: 'Samverkansöverenskommelse 2024–2027',
        signedOn: '2024-02-01',
        validUntil: '2027-01-31',
      })
      .expect(201);
    expect(soon.body).toMatchObject({ actorName: 'Polisen, lokalpolisområde Askersund', state: 'expiringSoon' });
    await api()
      .post('/api/agreements')
      .set(chief)
      .send({ actorId: actorNamed('AB Askersundsbostäder').id, title: 'Trygghetsvandringar', signedOn: '2025-05-01' })
      .expect(201);

    const backwards = await api()
      .post('/api/agreements')
      .set(chief)
      .send({ actorId: police, title: 'Fel', signedOn: '2026-05-01', validUntil: '2026-01-01' })
      .expect(400);
    expect(backwards.body.issues[0].field).toBe('validUntil');
    const unknown = await api()
      .post('/api/agreements')
      .set(chief)
      .send({ actorId: '999', title: 'Fel', signedOn: '2026-05-01' })
      .expect(400);
    expect(unknown.body.issues[0].field).toBe('actorId');
    // Signed tomorrow has not happened; year 9999 is a slip whatever today is.
    const tomorrow = await api()
      .post('/api/agreements')
      .set(chief)
      .send({ actorId: police, title: 'Fel', signedOn: '2026-12-15' })
      .expect(409);
    expect(tomorrow.body.issues[0]).toMatchObject({
      field: 'signedOn',
      message:
        'Överenskommelsen kan inte registreras med datumet 2026-12-15, som inte har kommit än (i dag är det 2026-12-14).',
    });
    const farAway = await api()
      .post('/api/agreements')
      .set(chief)
      .set('Accept-Language', 'en')
      .send({ actorId: police, title: 'Fel', signedOn: '2020-01-01', validUntil: '9999-12-31' })
      .expect(400);
    expect(farAway.body.issues[0]).toMatchObject({
      field: 'validUntil',
      messageEn: 'give a date between 1900-01-01 and 2100-12-31',
    });

    await api()
      .post(`/api/agreements/${soon.body.id}/document`)
      .query({ fileName: 'Överenskommelse polisen.pdf.exe' })
      .set(chief)
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from('MZ program'))
      .expect(415);
    const withDocument = await api()
      .post(`/api/agreements/${soon.body.id}/document`)
      .query({ fileName: 'Överenskommelse polisen.pdf' })
      .set(chief)
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from('%PDF avtal'))
      .expect(201);
    expect(withDocument.body.documentPath).toContain('Samverkansöverenskommelser/');
    await api().get(`/api/agreements/${soon.body.id}/document`).set(as(personas.police)).expect(200);

    const list = (await api().get('/api/agreements').set(as(personas.reader)).expect(200)).body.agreements;
    expect(list.map((a: { title: string; state: string }) => [a.title, a.state])).toEqual([
      ['Samverkansöverenskommelse mellan Askersunds kommun och Polisen', 'expiringSoon'],
      ['Samverkansöverenskommelse 2024–2027', 'expiringSoon'],
      ['Överenskommelse om trygghetsarbete i bostadsområden', 'untilFurtherNotice'],
      ['Trygghetsvandringar', 'untilFurtherNotice'],
    ]);
    await api()
      .put(`/api/agreements/${soon.body.id}`)
      .set(chief)
      .set('If-Match', soon.body.etag)
      .send({ actorId: police, title: 'x', signedOn: '2024-02-01' })
      .expect(412);
    await api()
      .post('/api/agreements')
      .set(as(personas.police))
      .send({ actorId: police, title: 'x', signedOn: '2024-02-01' })
      .expect(403);
  });
});

describe('the report to kommunfullmäktige', () => {
  it('gathers the year, says what is missing, takes the coordination text and becomes a Word document with its milestone done', async () => {
    await heldCouncil2026();
    await planFor2027();
    const first = (await api().get('/api/council-reports/2026').set(as(personas.reader)).expect(200)).body;
    expect(first.missing).toContain('coordination');
    expect(first.missing).not.toContain('plan');
    expect(first.material.council.commitments).toHaveLength(2);
    const saved = await api()
      .put('/api/council-reports/2026/coordination')
      .set(chief)
      .set('If-Match', first.etag)
      .send({ coordination: 'Samordningsfunktionen har träffat polisen varje månad.' })
      .expect(200);
    expect(saved.body.missing).not.toContain('coordination');
    await api()
      .put('/api/council-reports/2026/coordination')
      .set(chief)
      .set('If-Match', first.etag)
      .send({ coordination: 'Äldre text' })
      .expect(412);

    const info = await api().post('/api/council-reports/2026/document').set(chief).expect(201);
    expect(info.body.version).toBe('1.0');
    // In December the year it reports on is not over: a draft, the milestone still open (annual-situation.test
    // saves it in February, and it is done).
    expect(info.body.milestoneDone).toBe(false);
    const file = await api()
      .get('/api/council-reports/2026/document')
      .set(as(personas.socialHead))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = await wordText(file.body as Buffer);
    for (const expected of [
      'Rapport till kommunfullmäktige: brottsförebyggande arbete 2026',
      '2. Åtgärdsplan och uppföljning',
      'Ökad närvaro vid torget fredagskvällar',
      'Samverkansöverenskommelse mellan Askersunds kommun och Polisen',
      'Samordningsfunktionen har träffat polisen varje månad.',
      'Åtgärdsplanen för 2027 har status ”Utkast”',
    ]) {
      expect(text).toContain(expected);
    }
    expect((await milestone(2026, 'council-report')).completion).toBeUndefined();
    await api().post('/api/council-reports/2026/document').set(as(personas.reader)).expect(403);
  });
});
