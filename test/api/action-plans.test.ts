import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let departments: { id: string; name: string }[];
let actors: { id: string; name: string }[];
const bobOnly = 'bob-only-member';

const api = () => request(server.url);
const departmentId = (name: string) => departments.find((d) => d.name === name)!.id;

beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
  departments = (await api().get('/api/departments').set(as(personas.securityChief))).body.departments;
  actors = (await api().get('/api/actors').set(as(personas.securityChief))).body.actors;
  await server.ctx.organisation.people.create(
    { objectId: bobOnly, displayName: 'Bo B', title: '', email: '', userPrincipalName: '', roles: ['BobMember'] },
    'test',
  );
});
afterAll(async () => {
  await server.close();
});

async function plan(year: number, persona = personas.securityChief) {
  return (await api().get(`/api/action-plans/${year}`).set(as(persona)).expect(200)).body;
}

const completeParts = {
  1: {
    problems: [{ id: 'p1', title: 'Skadegörelse i centrum', description: 'Enligt EST.', sections: ['problemPicture'] }],
    factors: [{ id: 'f1', title: 'Meningsfull fritid', continuousWork: 'Fritidsgården har öppet.' }],
  },
  2: {
    signs: [
      {
        id: 's1',
        departmentId: null,
        sign: 'Frånvaro i skolan',
        response: 'Samtal inom en vecka',
        actorIds: [],
        actorActions: '',
      },
    ],
  },
  3: { coordinations: [{ id: 'c1', parties: 'Polis och socialtjänst', description: 'Möte inom två dagar.' }] },
  4: { introduction: 'Från rådet.' },
};

async function writeParts(year: number) {
  for (const [part, content] of Object.entries(completeParts)) {
    const etag = (await plan(year)).parts[part].etag;
    await api()
      .put(`/api/action-plans/${year}/parts/${part}`)
      .set(as(personas.securityChief))
      .set('If-Match', etag)
      .send(content)
      .expect(200);
  }
}

describe('the action plan of a year', () => {
  it('holds Askersund’s decided 2026 plan with its four parts and the departments’ actions', async () => {
    const body = await plan(2026);
    expect(body.plan).toMatchObject({
      year: 2026,
      status: 'decided',
      decision: { meetingDate: '2026-03-24', paragraph: '§ 45' },
    });
    expect(Object.keys(body.parts)).toEqual(['1', '2', '3', '4']);
    expect(body.parts[1].content.problems.length).toBeGreaterThan(0);
    expect(body.missing).toEqual([]);
    expect(new Set(body.actions.map((a: { part: number }) => a.part))).toEqual(new Set([1, 2, 3, 4]));
    expect(body.followUp.total.notStarted).toBe(body.actions.length);
  });

  it('lets the säkerhetschef and heads read drafts, council members and readers only the decided plan, and refuses others', async () => {
    await api().post('/api/action-plans/2030').set(as(personas.securityChief)).send({}).expect(201);
    for (const persona of [personas.securityChief, personas.socialHead]) await plan(2030, persona);
    for (const persona of [personas.police, personas.reader]) {
      await plan(2026, persona);
      await api().get('/api/action-plans/2030').set(as(persona)).expect(404);
    }
    await api().get('/api/action-plans/2026').set(as(bobOnly)).expect(403);
    for (const persona of [personas.socialHead, personas.police, personas.reader]) {
      await api().post('/api/action-plans/2031').set(as(persona)).send({}).expect(403);
      await api()
        .put('/api/action-plans/2030/parts/1')
        .set(as(persona))
        .set('If-Match', 'x')
        .send(completeParts[1])
        .expect(403);
      await api().post('/api/action-plans/2030/document').set(as(persona)).expect(403);
    }
    await api().get('/api/action-plans/2026').expect(401);
  });

  it('refuses a change to a decided plan with 409 saying it is decided, and takes a new version instead', async () => {
    const decided = await plan(2026);
    const refused = await api()
      .put('/api/action-plans/2026/parts/3')
      .set(as(personas.securityChief))
      .set('If-Match', decided.parts[3].etag)
      .send(completeParts[3])
      .expect(409);
    expect(refused.body).toMatchObject({ error: 'plan_decided' });
    expect(refused.body.message).toContain('beslutad (KS 2026-03-24, § 45)');
    expect(refused.body.messageEn).toContain('new version');
    await api()
      .post('/api/action-plans/2026/actions')
      .set(as(personas.securityChief))
      .send({ title: 'Ny', part: 1, indicator: 'x' })
      .expect(409);
    const action = decided.actions[0];
    await api()
      .delete(`/api/action-plans/2026/actions/${action.id}`)
      .set(as(personas.securityChief))
      .set('If-Match', action.etag)
      .expect(409);
    expect((await plan(2026)).parts[3].content).toEqual(decided.parts[3].content);
  });

  it('refuses “ready” with the list of what is missing', async () => {
    await api().post('/api/action-plans/2032').set(as(personas.securityChief)).send({}).expect(201);
    const { plan: record } = await plan(2032);
    const refused = await api()
      .post('/api/action-plans/2032/ready')
      .set(as(personas.securityChief))
      .set('If-Match', record.etag)
      .expect(400);
    expect(refused.body.error).toBe('plan_incomplete');
    expect(refused.body.issues.map((i: { field: string }) => i.field)).toEqual([
      'parts.1.problems',
      'parts.1.factors',
      'parts.2.signs',
      'parts.3.coordinations',
      'actions.part4',
    ]);
    expect(refused.body.issues[0].message).toBe('Del 1 saknar problembild.');
    expect((await plan(2032)).plan.status).toBe('draft');
  });

  it('refuses the decision while an action answers no problem or protective factor of part 1, and shows each action’s light', async () => {
    await api().post('/api/action-plans/2033').set(as(personas.securityChief)).send({}).expect(201);
    await writeParts(2033);
    const created = await api()
      .post('/api/action-plans/2033/actions')
      .set(as(personas.securityChief))
      .send({ title: 'Nattvandring', part: 4, actorId: actors[0]!.id, indicator: 'Antal kvällar', start: '2033-06-01' })
      .expect(201);
    const {
      missing,
      actions: [action],
    } = await plan(2033);
    expect(missing).toEqual([
      expect.objectContaining({
        field: 'actions.causes',
        sv: 'Åtgärden ”Nattvandring” är inte kopplad till något problem eller någon skyddsfaktor i del 1.',
      }),
    ]);
    // Not due to start yet: on track.
    expect(action.followUp).toMatchObject({ status: 'notStarted', light: 'green' });
    const refused = await api()
      .post('/api/action-plans/2033/ready')
      .set(as(personas.securityChief))
      .set('If-Match', (await plan(2033)).plan.etag)
      .expect(400);
    expect(refused.body.issues.map((i: { field: string }) => i.field)).toEqual(['actions.causes']);
    await api()
      .put(`/api/action-plans/2033/actions/${created.body.id}`)
      .set(as(personas.securityChief))
      .set('If-Match', created.body.etag)
      .send({ title: 'Nattvandring', part: 4, actorId: actors[0]!.id, factorIds: ['f1'], indicator: 'Antal kvällar' })
      .expect(200);
    expect((await plan(2033)).missing).toEqual([]);
  });

  it('goes from draft to ready to decided, marks the årshjul’s decision milestone done, and locks', async () => {
    await api().post('/api/action-plans/2028').set(as(personas.securityChief)).send({}).expect(201);
    await writeParts(2028);
    const created = await api()
      .post('/api/action-plans/2028/actions')
      .set(as(personas.securityChief))
      .send({ title: 'Nattvandring', part: 4, actorId: actors[0]!.id, problemIds: ['p1'], indicator: '' })
      .expect(201);
    expect((await plan(2028)).missing).toEqual([expect.objectContaining({ field: 'actions.indicator' })]);
    await api()
      .put(`/api/action-plans/2028/actions/${created.body.id}`)
      .set(as(personas.securityChief))
      .set('If-Match', created.body.etag)
      .send({
        title: 'Nattvandring',
        part: 4,
        actorId: actors[0]!.id,
        problemIds: ['p1'],
        indicator: 'Antal kvällar',
        target: '20',
      })
      .expect(200);
    const ready = await api()
      .post('/api/action-plans/2028/ready')
      .set(as(personas.securityChief))
      .set('If-Match', (await plan(2028)).plan.etag)
      .expect(200);
    expect(ready.body.plan.status).toBe('ready');
    await api()
      .post('/api/action-plans/2028/decision')
      .set(as(personas.securityChief))
      .set('If-Match', ready.body.plan.etag)
      .send({ meetingDate: '2028-03-21' })
      .expect(400);
    // A decision is recorded once it is taken: a meeting still to come is refused, saying so.
    const early = await api()
      .post('/api/action-plans/2028/decision')
      .set(as(personas.securityChief))
      .set('If-Match', ready.body.plan.etag)
      .send({ meetingDate: '2028-03-21', paragraph: '12' })
      .expect(409);
    expect(early.body).toMatchObject({ error: 'too_early', issues: [{ field: 'meetingDate' }] });
    expect(early.body.message).toContain('2028-03-21');
    expect((await plan(2028)).plan.status).toBe('ready');
    const decided = await api()
      .post('/api/action-plans/2028/decision')
      .set(as(personas.securityChief))
      .set('If-Match', ready.body.plan.etag)
      .send({ meetingDate: '2026-11-23', paragraph: '12' })
      .expect(200);
    expect(decided.body.plan).toMatchObject({
      status: 'decided',
      decision: { meetingDate: '2026-11-23', paragraph: '§ 12' },
    });
    const cycle = (await api().get('/api/cycles/2027').set(as(personas.securityChief)).expect(200)).body;
    const milestone = cycle.milestones.find((m: { kind: string }) => m.kind === 'action-plan-decision');
    expect(milestone).toMatchObject({ status: 'done' });

    const first = await api().post('/api/action-plans/2028/document').set(as(personas.securityChief)).expect(201);
    expect(first.body.registration.faststalld).toBe('2026-11-23');

    const again = await api()
      .post('/api/action-plans/2028/new-version')
      .set(as(personas.securityChief))
      .set('If-Match', decided.body.plan.etag)
      .expect(200);
    expect(again.body.plan).toMatchObject({
      status: 'draft',
      planVersion: 2,
      decision: null,
      previousDecisions: [{ paragraph: '§ 12', version: 1 }],
    });
    // The new version's document is a draft until KS decides it, then fastställd on that day, not the first.
    const draft = await api().post('/api/action-plans/2028/document').set(as(personas.securityChief)).expect(201);
    expect(draft.body.registration.faststalld).toBeNull();
    const readyAgain = await api()
      .post('/api/action-plans/2028/ready')
      .set(as(personas.securityChief))
      .set('If-Match', again.body.plan.etag)
      .expect(200);
    await api()
      .post('/api/action-plans/2028/decision')
      .set(as(personas.securityChief))
      .set('If-Match', readyAgain.body.plan.etag)
      .send({ meetingDate: '2026-11-24', paragraph: '30' })
      .expect(200);
    const decidedAgain = await api()
      .post('/api/action-plans/2028/document')
      .set(as(personas.securityChief))
      .expect(201);
    expect(decidedAgain.body.registration.faststalld).toBe('2026-11-24');
  });

  it('answers bad input with 400 naming the field', async () => {
    await api().post('/api/action-plans/2029').set(as(personas.securityChief)).send({}).expect(201);
    const etag = (await plan(2029)).parts[1].etag;
    const cases: [string, () => request.Test][] = [
      [
        'title',
        () =>
          api().post('/api/action-plans/2029/actions').set(as(personas.securityChief)).send({ title: ' ', part: 1 }),
      ],
      [
        'part',
        () =>
          api().post('/api/action-plans/2029/actions').set(as(personas.securityChief)).send({ title: 'A', part: 5 }),
      ],
      [
        'actorId',
        () =>
          api()
            .post('/api/action-plans/2029/actions')
            .set(as(personas.securityChief))
            .send({ title: 'A', part: 1, departmentId: departments[0]!.id, actorId: actors[0]!.id }),
      ],
      [
        'end',
        () =>
          api()
            .post('/api/action-plans/2029/actions')
            .set(as(personas.securityChief))
            .send({ title: 'A', part: 1, start: '2029-05-01', end: '2029-04-01' }),
      ],
      [
        'departmentId',
        () =>
          api()
            .post('/api/action-plans/2029/actions')
            .set(as(personas.securityChief))
            .send({ title: 'A', part: 1, departmentId: '9999' }),
      ],
      [
        'problemIds',
        () =>
          api()
            .post('/api/action-plans/2029/actions')
            .set(as(personas.securityChief))
            .send({ title: 'A', part: 1, problemIds: ['nope'] }),
      ],
      [
        'factors.0.title',
        () =>
          api()
            .put('/api/action-plans/2029/parts/1')
            .set(as(personas.securityChief))
            .set('If-Match', etag)
            .send({ factors: [{ id: 'f', title: '' }] }),
      ],
      [
        'part',
        () =>
          api().put('/api/action-plans/2029/parts/7').set(as(personas.securityChief)).set('If-Match', etag).send({}),
      ],
      [
        'paragraph',
        () =>
          api()
            .post('/api/action-plans/2029/decision')
            .set(as(personas.securityChief))
            .set('If-Match', etag)
            .send({ meetingDate: '2029-03-01', paragraph: 'sju' }),
      ],
    ];
    for (const [field, send] of cases) {
      const response = await send().expect(400);
      expect(
        response.body.issues.map((i: { field: string }) => i.field),
        field,
      ).toContain(field);
    }
    const personal = await api()
      .put('/api/action-plans/2029/parts/3')
      .set(as(personas.securityChief))
      .set('If-Match', (await plan(2029)).parts[3].etag)
      .send({ coordinations: [{ id: 'c', parties: 'Polis', description: 'Gäller 19121212-1212' }] })
      .expect(400);
    expect(personal.body.messageEn).toContain('personal identity number');
  });

  it('answers a stale part with 412 and the current text, never overwriting', async () => {
    const etag = (await plan(2029)).parts[3].etag;
    await api()
      .put('/api/action-plans/2029/parts/3')
      .set(as(personas.securityChief))
      .set('If-Match', etag)
      .send(completeParts[3])
      .expect(200);
    const stale = await api()
      .put('/api/action-plans/2029/parts/3')
      .set(as(personas.securityChief))
      .set('If-Match', etag)
      .send({ coordinations: [] })
      .expect(412);
    expect(stale.body.current.content).toEqual(completeParts[3]);
    await api().put('/api/action-plans/2029/parts/3').set(as(personas.securityChief)).send({}).expect(428);
  });
});

describe('follow-up through the year', () => {
  it('lets a head set the status of the department’s own actions only, and takes statuses from submitted reports', async () => {
    const social = departmentId('Socialförvaltningen');
    const actions = (await plan(2026)).actions;
    const own = actions.find((a: { departmentId: string }) => a.departmentId === social);
    const other = actions.find((a: { departmentId: string | null }) => a.departmentId && a.departmentId !== social);
    await api()
      .patch(`/api/action-plans/2026/actions/${other.id}/status`)
      .set(as(personas.socialHead))
      .set('If-Match', other.etag)
      .send({ status: 'done' })
      .expect(403);
    const set = await api()
      .patch(`/api/action-plans/2026/actions/${own.id}/status`)
      .set(as(personas.socialHead))
      .set('If-Match', own.etag)
      .send({ status: 'inProgress', comment: 'Startat' })
      .expect(200);
    expect(set.body.followUp).toMatchObject({ status: 'inProgress', source: 'manual' });

    server.ctx.clock.now = () => new Date('2026-11-25T10:00:00+01:00');
    const form = (await api().get(`/api/cycles/2026/reports/${social}`).set(as(personas.socialHead))).body;
    const content = {
      situation: 'Lugnare höst.',
      observations: [],
      actions: form.actions.map((a: { id: string }) => ({
        actionId: a.id,
        progress: a.id === own.id ? 'done' : 'notStarted',
        comment: 'Klart i oktober',
      })),
      proposals: [],
    };
    await api()
      .put(`/api/cycles/2026/reports/${social}`)
      .set(as(personas.socialHead))
      .send({ content, submit: true })
      .expect(200);
    const followed = (await plan(2026)).actions.find((a: { id: string }) => a.id === own.id);
    expect(followed.followUp).toMatchObject({ status: 'done', source: 'report', comment: 'Klart i oktober' });
    expect((await plan(2026)).followUp.byResponsible[social].done).toBe(1);
  });

  it('starts next year’s plan as a copy carrying over only unfinished actions', async () => {
    const previous = await plan(2026);
    const cancelled = previous.actions.find(
      (a: { followUp: { status: string } }) => a.followUp.status === 'notStarted',
    );
    await api()
      .patch(`/api/action-plans/2026/actions/${cancelled.id}/status`)
      .set(as(personas.securityChief))
      .set('If-Match', cancelled.etag)
      .send({ status: 'cancelled' })
      .expect(200);
    const unfinished = (await plan(2026)).actions.filter((a: { followUp: { status: string } }) =>
      ['notStarted', 'inProgress'].includes(a.followUp.status),
    );

    const copy = (
      await api()
        .post('/api/action-plans/2027')
        .set(as(personas.securityChief))
        .send({ copyFromYear: 2026 })
        .expect(201)
    ).body;
    expect(copy.plan).toMatchObject({ status: 'draft', copiedFromYear: 2026 });
    expect(copy.actions.map((a: { carriedFromId: string }) => a.carriedFromId).sort()).toEqual(
      unfinished.map((a: { id: string }) => a.id).sort(),
    );
    expect(copy.parts[1].content).toEqual(previous.parts[1].content);
    await api().post('/api/action-plans/2027').set(as(personas.securityChief)).send({ copyFromYear: 2026 }).expect(409);
    // A copy is not a plan anyone has read for this year: each part must be reviewed before decision.
    const reviewFields = (body: { missing: { field: string }[] }) =>
      body.missing.map((m) => m.field).filter((f) => f.startsWith('parts.'));
    expect(reviewFields(copy)).toEqual(['parts.1', 'parts.2', 'parts.3', 'parts.4']);
    await api().post('/api/action-plans/2027/parts/1/reviewed').set(as(personas.securityChief)).expect(428);
    const reviewed = (
      await api()
        .post('/api/action-plans/2027/parts/1/reviewed')
        .set(as(personas.securityChief))
        .set('If-Match', copy.parts[1].etag)
        .expect(200)
    ).body;
    expect(reviewFields(reviewed)).toEqual(['parts.2', 'parts.3', 'parts.4']);
    const edited = (
      await api()
        .put('/api/action-plans/2027/parts/4')
        .set(as(personas.securityChief))
        .set('If-Match', copy.parts[4].etag)
        .send({ introduction: 'Rådets åtgärder för 2027.' })
        .expect(200)
    ).body;
    expect(reviewFields(edited)).toEqual(['parts.2', 'parts.3']);
    await api()
      .post('/api/action-plans/2027/parts/2/reviewed')
      .set(as(personas.reader))
      .set('If-Match', copy.parts[2].etag)
      .expect(403);
  });

  it('offers a council commitment as a part-4 action once', async () => {
    const offer = {
      councilYear: 2026,
      commitmentId: 'c-42',
      title: 'Fastighetsägaren rustar belysningen',
      actorId: actors[0]!.id,
    };
    const first = await server.ctx.actionPlans.offerCouncilCommitment(2027, offer, 'test');
    const second = await server.ctx.actionPlans.offerCouncilCommitment(2027, offer, 'test');
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ part: 4, origin: { kind: 'council', year: 2026, commitmentId: 'c-42' } });
  });
});

describe('the Word document for KS', () => {
  it('is a new version in the action-plan library each time, with the four parts in order and every action', async () => {
    const first = await api().post('/api/action-plans/2026/document').set(as(personas.securityChief)).expect(201);
    const second = await api().post('/api/action-plans/2026/document').set(as(personas.securityChief)).expect(201);
    expect([first.body.version, second.body.version]).toEqual(['1.0', '2.0']);
    expect((await plan(2026)).document).toMatchObject({ version: '2.0' });

    const response = await api()
      .get('/api/action-plans/2026/document')
      .set(as(personas.reader))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = await wordText(response.body as Buffer);
    const positions = [
      'Del 1. Problembild',
      'Del 2. Tidiga varningstecken',
      'Del 3. Samordning',
      'Del 4. Åtgärder från strategiska rådet',
    ].map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('beslutad av kommunstyrelsen 2026-03-24, § 45');
    for (const action of (await plan(2026)).actions) expect(text).toContain(action.title);
    // Each action's cause and Brå's light with its word: the plan's actions are all not started yet.
    expect(text).toContain('Svarar mot');
    expect(text).toContain('Otrygghet och skadegörelse kring resecentrum kvällstid');
    expect(text).toContain('● Inte startad eller stoppad: Inte påbörjad');
    await api().get('/api/action-plans/2030/document').set(as(personas.securityChief)).expect(404);
  });
});
