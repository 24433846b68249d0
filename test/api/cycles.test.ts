import ICAL from 'ical.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
});
afterAll(async () => {
  await server.close();
});

type MilestoneJson = {
  id: string;
  kind: string;
  title: string;
  due: string;
  status: string;
  responsible: string;
  departments?: { name: string; state: string }[];
};

describe('the year wheel through the API', () => {
  it('gives the current cycle: on 24 November 2026 that is 2026, with every milestone of the plan', async () => {
    const response = await request(server.url).get('/api/cycles/current').set(as(personas.reader)).expect(200);
    expect(response.body).toMatchObject({
      year: 2026,
      today: '2026-11-24',
      municipality: { name: 'Askersunds kommun' },
    });
    const milestones = response.body.milestones as MilestoneJson[];
    expect(milestones).toHaveLength(11);
    for (const milestone of milestones) {
      expect(milestone).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          kind: expect.any(String),
          title: expect.any(String),
          due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          status: expect.any(String),
          responsible: expect.any(String),
        }),
      );
    }
    const byId = Object.fromEntries(milestones.map((m) => [m.id, m]));
    expect(byId['2026-est-police-compilation-q3']?.status).toBe('overdue');
    expect(byId['2026-actor-situation-request']?.status).toBe('overdue');
    expect(byId['2026-department-report']).toMatchObject({
      due: '2026-11-30',
      status: 'dueSoon',
      title: 'Förvaltningarnas återrapportering',
    });
    expect(byId['2026-department-report']?.departments?.map((d) => d.state)).toEqual(Array(7).fill('notStarted'));
    expect(byId['2026-council-report']?.status).toBe('upcoming');
  });

  it('gives any year, and a 400 naming the year when it is not one', async () => {
    const response = await request(server.url).get('/api/cycles/2027').set(as(personas.socialHead)).expect(200);
    expect(response.body.milestones[0].id).toBe('2027-est-police-compilation-q1');
    const bad = await request(server.url).get('/api/cycles/tjugo').set(as(personas.socialHead)).expect(400);
    expect(bad.body.issues[0].field).toBe('year');
    await request(server.url).get('/api/cycles/1850').set(as(personas.socialHead)).expect(400);
    await request(server.url).get('/api/cycles/2026').expect(401);
  });

  it('lets only the säkerhetschef move a date; everyone else gets 403', async () => {
    for (const persona of [personas.socialHead, personas.reader, personas.police, personas.municipalCeo]) {
      await request(server.url)
        .patch('/api/cycles/2026/milestones/2026-strategic-council')
        .set(as(persona))
        .send({ due: '2026-12-15' })
        .expect(403);
    }
  });

  it('moves the council date, keeps who moved it, and moves the milestones timed from it', async () => {
    const response = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-strategic-council')
      .set(as(personas.securityChief))
      .send({ due: '2026-12-15', reason: 'KS sammanträder den 10:e' })
      .expect(200);
    const byId = Object.fromEntries(
      (
        response.body.milestones as (MilestoneJson & {
          setByHand: boolean;
          moved?: { byName: string; reason: string; from: string };
        })[]
      ).map((m) => [m.id, m]),
    );
    expect(byId['2026-strategic-council']).toMatchObject({
      due: '2026-12-15',
      setByHand: true,
      moved: { byName: 'Karin Ek', reason: 'KS sammanträder den 10:e', from: '2026-12-10' },
    });
    expect(byId['2026-council-preparation']?.due).toBe('2026-12-08');
    const again = await request(server.url).get('/api/cycles/2026').set(as(personas.reader)).expect(200);
    expect(again.body.milestones.find((m: MilestoneJson) => m.id === '2026-strategic-council').due).toBe('2026-12-15');

    const sequence = async () => {
      const ics = (await request(server.url).get('/api/cycles/2026/calendar.ics').set(as(personas.reader)).expect(200))
        .text;
      const event = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .find((e) => String(e.getFirstPropertyValue('uid')).startsWith('2026-strategic-council'))!;
      return {
        sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
        start: String(event.getFirstPropertyValue('dtstart')),
      };
    };
    expect(await sequence()).toEqual({ sequence: 1, start: '2026-12-15' });

    const back = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-strategic-council')
      .set(as(personas.securityChief))
      .send({ due: null })
      .expect(200);
    const council = back.body.milestones.find(
      (m: MilestoneJson & { setByHand: boolean }) => m.id === '2026-strategic-council',
    );
    expect(council).toMatchObject({ due: '2026-12-10', setByHand: false });
    expect(council.moved).toBeUndefined();
    // Back on the rule's date, the calendar event still changed: its SEQUENCE rises so calendar programs take it.
    expect(await sequence()).toEqual({ sequence: 2, start: '2026-12-10' });
  });

  it('marks the KS decision done by hand with date and paragraph', async () => {
    const response = await request(server.url)
      .patch('/api/cycles/2025/milestones/2025-action-plan-decision')
      .set(as(personas.securityChief))
      .send({ done: { doneAt: '2026-03-24', decisionParagraph: '§ 45' } })
      .expect(200);
    const decision = response.body.milestones.find((m: MilestoneJson) => m.id === '2025-action-plan-decision');
    expect(decision).toMatchObject({
      status: 'done',
      completion: { doneAt: '2026-03-24', decisionParagraph: '§ 45', markedByName: 'Karin Ek' },
    });
    const overdueBefore = (
      await request(server.url).get('/api/cycles/2025').set(as(personas.reader))
    ).body.milestones.find((m: MilestoneJson) => m.id === '2025-council-report');
    expect(overdueBefore.status).toBe('overdue');
  });

  it('takes the KS paragraph by the rule the plan’s decision has: written as § 45 or 45, kept as § 45', async () => {
    const chief = as(personas.securityChief);
    const milestone = '/api/cycles/2024/milestones/2024-action-plan-decision';
    for (const paragraph of ['hej', '§', '45 och 46', '§ 45; DROP']) {
      const refused = await request(server.url)
        .patch(milestone)
        .set(chief)
        .send({ done: { doneAt: '2025-03-24', decisionParagraph: paragraph } })
        .expect(400);
      expect(refused.body.issues[0]).toMatchObject({
        field: 'done.decisionParagraph',
        message: 'ange paragraf som § 45 eller 45',
      });
    }
    const unchanged = (await request(server.url).get('/api/cycles/2024').set(chief)).body.milestones.find(
      (m: MilestoneJson) => m.id === '2024-action-plan-decision',
    );
    expect(unchanged.completion).toBeUndefined();
    const response = await request(server.url)
      .patch(milestone)
      .set(chief)
      .send({ done: { doneAt: '2025-03-24', decisionParagraph: ' 45a ' } })
      .expect(200);
    expect(
      response.body.milestones.find((m: MilestoneJson) => m.id === '2024-action-plan-decision').completion,
    ).toMatchObject({ doneAt: '2025-03-24', decisionParagraph: '§ 45a' });
  });

  it('answers bad changes with a 400 naming the field, and changes nothing', async () => {
    const chief = as(personas.securityChief);
    const badDate = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-strategic-council')
      .set(chief)
      .send({ due: '2026-02-30' })
      .expect(400);
    expect(badDate.body.issues[0]).toMatchObject({
      field: 'due',
      message: 'datumet finns inte i kalendern',
      messageEn: 'the date does not exist in the calendar',
    });
    const far = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-strategic-council')
      .set(chief)
      .send({ due: '2029-12-10' })
      .expect(400);
    expect(far.body.issues[0].field).toBe('due');
    // A deadline before the milestone can be done at all could never be met: the first quarter is compiled after it.
    const beforeQuarter = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-est-police-compilation-q1')
      .set(chief)
      .send({ due: '2026-03-31' })
      .expect(400);
    expect(beforeQuarter.body.issues[0]).toMatchObject({
      field: 'due',
      message: 'datumet kan inte ligga före 2026-04-01: punkten kan bli klar först när kvartalet är slut',
    });
    const beforeYearEnd = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-council-report')
      .set(chief)
      .send({ due: '2026-12-31' })
      .expect(400);
    expect(beforeYearEnd.body.issues[0].message).toBe(
      'datumet kan inte ligga före 2027-01-01: punkten kan bli klar först när året är slut',
    );
    await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-est-police-compilation-q1')
      .set(chief)
      .send({ due: '2026-04-01' })
      .expect(200);
    await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-est-police-compilation-q1')
      .set(chief)
      .send({ due: null })
      .expect(200);
    const byHand = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-department-report')
      .set(chief)
      .send({ done: { doneAt: '2026-11-30' } })
      .expect(400);
    expect(byHand.body.issues[0].field).toBe('done');
    const empty = await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-strategic-council')
      .set(chief)
      .send({})
      .expect(400);
    expect(empty.body.messageEn).toContain('give due');
    await request(server.url)
      .patch('/api/cycles/2026/milestones/2026-no-such-thing')
      .set(chief)
      .send({ due: '2026-12-01' })
      .expect(404);
    const after = await request(server.url).get('/api/cycles/2026').set(chief);
    expect(after.body.milestones.find((m: MilestoneJson) => m.id === '2026-strategic-council').due).toBe('2026-12-10');
  });

  it('exports the year as iCalendar that a real parser reads, one event per milestone', async () => {
    const response = await request(server.url)
      .get('/api/cycles/2026/calendar.ics')
      .set(as(personas.securityChief))
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.headers['content-disposition']).toContain('trygghetshjulet-askersund-2026.ics');
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(11);
    expect(events.find((e) => e.uid === '2026-department-report@askersund.trygghetshjulet')?.startDate.toString()).toBe(
      '2026-11-30',
    );
  });
});

describe('the cycle template', () => {
  it('is read by everyone and changed only by the säkerhetschef with If-Match', async () => {
    const { body } = await request(server.url).get('/api/cycle-template').set(as(personas.reader)).expect(200);
    expect(body.template.municipality.slug).toBe('askersund');
    const changed = structuredClone(body.template);
    changed.milestones.find((m: { kind: string }) => m.kind === 'strategic-council').timing.day = 3;
    await request(server.url)
      .put('/api/cycle-template')
      .set(as(personas.socialHead))
      .set('If-Match', body.etag)
      .send(changed)
      .expect(403);
    await request(server.url).put('/api/cycle-template').set(as(personas.securityChief)).send(changed).expect(428);
    const sequences = async () => {
      const ics = (await request(server.url).get('/api/cycles/2027/calendar.ics').set(as(personas.reader)).expect(200))
        .text;
      return new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((e) => Number(e.getFirstPropertyValue('sequence') ?? 0));
    };
    const before = await sequences();
    const saved = await request(server.url)
      .put('/api/cycle-template')
      .set(as(personas.securityChief))
      .set('If-Match', body.etag)
      .send(changed)
      .expect(200);
    await request(server.url)
      .put('/api/cycle-template')
      .set(as(personas.securityChief))
      .set('If-Match', body.etag)
      .send(changed)
      .expect(412);
    // A saved template may change every event's text: each SEQUENCE rises, so calendar programs take it.
    expect((await sequences()).map((sequence, index) => sequence - before[index]!)).toEqual(before.map(() => 1));
    const cycle = await request(server.url).get('/api/cycles/2027').set(as(personas.reader));
    expect(cycle.body.milestones.find((m: MilestoneJson) => m.kind === 'strategic-council').due).toBe('2027-12-03');
    const broken = structuredClone(changed);
    broken.milestones = broken.milestones.filter((m: { kind: string }) => m.kind !== 'council-report');
    const refused = await request(server.url)
      .put('/api/cycle-template')
      .set(as(personas.securityChief))
      .set('If-Match', saved.body.etag)
      .send(broken)
      .expect(400);
    expect(refused.body.issues[0].field).toBe('milestones');
    // Rules that put a deadline before what it records can happen: the quarter's last day, the annual picture in its own year.
    const early = structuredClone(changed);
    early.milestones.find((m: { kind: string }) => m.kind === 'est-police-compilation').timing.daysAfterQuarterEnd = 0;
    early.milestones.find((m: { kind: string }) => m.kind === 'annual-situation-picture').timing.yearOffset = 0;
    const tooEarly = await request(server.url)
      .put('/api/cycle-template')
      .set(as(personas.securityChief))
      .set('If-Match', saved.body.etag)
      .send(early)
      .expect(400);
    const annualIndex = changed.milestones.findIndex((m: { kind: string }) => m.kind === 'annual-situation-picture');
    expect(tooEarly.body.issues.map((issue: { field: string }) => issue.field)).toContain(
      `milestones.${annualIndex}.timing`,
    );
    expect(tooEarly.body.issues.map((issue: { message: string }) => issue.message)).toContain(
      'Sammanställning av EST och polisens statistik, kvartal 1 får datumet 2026-03-31, men punkten kan bli klar först när kvartalet är slut (2026-04-01); välj ett senare datum',
    );
  });
});
