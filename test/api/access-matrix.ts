import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../api/http/app.js';
import type { AnyRoute } from '../../api/http/route.js';
import { demoPeople } from '../../api/seed/askersund.js';
import { binaryBody, wordText } from '../support/binary.js';
import { as, personas } from '../support/personas.js';
import type { TestServer } from '../support/test-server.js';

/**
 * Every route for every role, with BOB material present: a role outside a route's access is refused before
 * anything is read or written, a role inside it is let in, and nothing BOB reaches anyone outside the group.
 * The same matrix runs on each store (access-matrix.test.ts, access-matrix-sharepoint.test.ts).
 */
let server: TestServer;
let routes: AnyRoute[];
const marker = 'BOBHEMLIS';
const chief = as(personas.securityChief);
const api = () => request(server.url);
const params: Record<string, string> = {
  year: '2026',
  quarter: '4',
  part: '1',
  kind: 'agenda',
  sectionId: 'summary',
  commitmentId: 'demo-2025-polis',
  id: '1',
};

/** What the API says of an address it does not have, as the route table would not know it. */
const unknown = (method: string, url: string) => ({
  error: 'not_found',
  message: `Adressen ${method.toUpperCase()} ${url} finns inte.`,
  messageEn: `The address ${method.toUpperCase()} ${url} does not exist.`,
});

const everyone = Object.entries(personas).map(([name, id]) => ({
  name,
  id,
  roles: demoPeople.find((p) => p.objectId === id)!.roles,
}));
const outsideBob = everyone.filter((persona) => !persona.roles.includes('BobMember'));

/**
 * What an allowed caller may still be refused by the handler itself: a department's report is read by its own head
 * and the säkerhetschef, by others once submitted (the social department's is not, here).
 */
const handlerRefusals = (route: AnyRoute, persona: string) =>
  route.path === '/api/cycles/{year}/reports/{departmentId}' &&
  persona !== personas.socialHead &&
  persona !== personas.securityChief;

function urlOf(route: AnyRoute): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? '1'));
}

async function bodyText(response: request.Response): Promise<string> {
  const type = String(response.headers['content-type'] ?? '');
  const bytes = response.body as Buffer;
  if (type.includes('wordprocessingml')) return wordText(bytes);
  return Buffer.isBuffer(bytes) ? bytes.toString('utf8') : JSON.stringify(response.body);
}

export const matrixDate = '2026-12-14T09:00:00+01:00';

/** Declares the whole matrix against the server `start` gives, with the demo municipality's data in it. */
export function describeAccessMatrix(
  store: string,
  start: () => Promise<TestServer>,
  extra: (server: () => TestServer) => void = () => undefined,
): void {
  beforeAll(async () => {
    server = await start();
    routes = apiRoutes(server.ctx);
    const actors = (await api().get('/api/actors').set(chief).expect(200)).body.actors as {
      id: string;
      name: string;
    }[];
    const police = actors.find((a) => a.name.startsWith('Polisen'))!.id;
    const departments = (await api().get('/api/departments').set(chief).expect(200)).body.departments as {
      id: string;
      name: string;
    }[];
    params.actorId = police;
    params.departmentId = departments.find((d) => d.name === 'Socialförvaltningen')!.id;

    // BOB material, flagged as a new phenomenon so every gathering of the year would pick it up if it leaked.
    await api()
      .post('/api/situation/entries')
      .set(chief)
      .send({
        date: '2026-11-03',
        area: `Torget ${marker}`,
        category: 'narkotika',
        source: 'est',
        sourceName: marker,
        description: `${marker} rekrytering av unga`,
        bob: true,
        newPhenomenon: true,
      })
      .expect(201);

    const meeting = await api()
      .post('/api/bob/meetings')
      .set(chief)
      .send({ date: '2026-11-20', title: `Möte ${marker}`, notes: `${marker} anteckningar` })
      .expect(201);
    await api().post(`/api/bob/meetings/${meeting.body.id}/document`).set(chief).expect(201);
    params.fileName = `${marker}.txt`;
    await api()
      .post('/api/bob/documents')
      .query({ fileName: `${marker}.txt` })
      .set(chief)
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from(marker))
      .expect(201);

    // Every document of the year, made by the säkerhetschef (a BOB member), so none may carry BOB material.
    await api()
      .post('/api/councils/2026')
      .set(chief)
      .send({ date: '2026-12-10', invitedActorIds: [police] })
      .expect(201);
    const { etag } = (await api().get('/api/councils/2026').set(chief).expect(200)).body;
    await api()
      .put('/api/councils/2026/minutes')
      .set(chief)
      .set('If-Match', etag)
      .send({ decisions: [{ id: 'd1', text: 'Lägesbilden godkänns.' }], commitments: [] })
      .expect(200);
    for (const path of [
      '/api/councils/2026/documents/agenda',
      '/api/councils/2026/documents/minutes',
      '/api/situation/annual/2026/document',
      '/api/situation/compilations/2026/4/document',
      '/api/council-reports/2026/document',
      '/api/action-plans/2026/document',
    ]) {
      await api().post(path).set(chief).expect(201);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  describe(`the access matrix (${store})`, () => {
    it('covers every route the API declares', () => {
      expect(routes.length).toBeGreaterThan(60);
      expect(
        routes.filter((route) => route.access !== 'public' && route.access !== 'signedIn' && route.access.length === 0),
      ).toEqual([]);
    });

    it('lets only these roles change anything (the policy, reviewed here route by route)', () => {
      const writers = routes
        .filter((route) => route.method !== 'get')
        .map(
          (route) =>
            `${route.method.toUpperCase()} ${route.path}: ${Array.isArray(route.access) ? route.access.join(', ') : route.access}`,
        );
      expect(writers.join('\n')).toMatchInlineSnapshot(`
        "POST /api/people: SecurityChief
        POST /api/reach/{objectId}/install: SecurityChief
        POST /api/departments: SecurityChief
        PATCH /api/departments/{id}: SecurityChief
        DELETE /api/departments/{id}: SecurityChief
        POST /api/actors: SecurityChief
        PATCH /api/actors/{id}: SecurityChief
        DELETE /api/actors/{id}: SecurityChief
        PATCH /api/cycles/{year}/milestones/{id}: SecurityChief
        PUT /api/cycle-template: SecurityChief
        POST /api/cycles/{year}/reports/document: SecurityChief
        PUT /api/cycles/{year}/reports/{departmentId}: DepartmentHead
        POST /api/action-plans/{year}: SecurityChief
        PUT /api/action-plans/{year}/parts/{part}: SecurityChief
        POST /api/action-plans/{year}/parts/{part}/reviewed: SecurityChief
        POST /api/action-plans/{year}/actions: SecurityChief
        PUT /api/action-plans/{year}/actions/{id}: SecurityChief
        DELETE /api/action-plans/{year}/actions/{id}: SecurityChief
        PATCH /api/action-plans/{year}/actions/{id}/status: SecurityChief, DepartmentHead
        POST /api/action-plans/{year}/ready: SecurityChief
        POST /api/action-plans/{year}/draft: SecurityChief
        POST /api/action-plans/{year}/followed-up: SecurityChief
        POST /api/action-plans/{year}/new-version: SecurityChief
        POST /api/action-plans/{year}/decision: SecurityChief
        POST /api/action-plans/{year}/document: SecurityChief
        POST /api/situation/entries: SecurityChief, DepartmentHead, CouncilMember
        PUT /api/situation/entries/{id}: SecurityChief, DepartmentHead, CouncilMember
        DELETE /api/situation/entries/{id}: SecurityChief, DepartmentHead, CouncilMember
        PUT /api/situation/categories: SecurityChief
        POST /api/situation/imports/files: SecurityChief
        POST /api/situation/imports/check: SecurityChief
        POST /api/situation/imports/files/{fileId}/preview: SecurityChief
        POST /api/situation/imports: SecurityChief
        POST /api/situation/compilations/{year}/{quarter}/document: SecurityChief
        PUT /api/situation/annual/{year}/sections/{sectionId}: SecurityChief
        POST /api/situation/annual/{year}/finalise: SecurityChief
        POST /api/situation/annual/{year}/reopen: SecurityChief
        POST /api/situation/annual/{year}/document: SecurityChief
        POST /api/councils/{year}: SecurityChief
        PUT /api/councils/{year}: SecurityChief
        PUT /api/councils/{year}/preparation: SecurityChief
        PATCH /api/councils/{year}/materials/{actorId}: SecurityChief
        POST /api/councils/{year}/materials/{actorId}/document: SecurityChief, CouncilMember
        PUT /api/councils/{year}/materials/{actorId}/written: SecurityChief, CouncilMember
        PUT /api/councils/{year}/minutes: SecurityChief
        PUT /api/councils/{year}/agenda: SecurityChief
        POST /api/councils/{year}/documents/{kind}: SecurityChief
        POST /api/action-plans/{year}/council-offers/{commitmentId}: SecurityChief
        PUT /api/councils/{year}/commitments/{commitmentId}/result: SecurityChief, CouncilMember
        PUT /api/records/plan: SecurityChief
        PUT /api/records/documents: SecurityChief
        PUT /api/situation/areas: SecurityChief
        POST /api/agreements: SecurityChief
        PUT /api/agreements/{id}: SecurityChief
        DELETE /api/agreements/{id}: SecurityChief
        POST /api/agreements/{id}/document: SecurityChief
        PUT /api/council-reports/{year}/coordination: SecurityChief
        POST /api/council-reports/{year}/document: SecurityChief
        PUT /api/bob/members: BobMember
        POST /api/bob/meetings: BobMember
        PUT /api/bob/meetings/{id}: BobMember
        DELETE /api/bob/meetings/{id}: BobMember
        POST /api/bob/meetings/{id}/document: BobMember
        POST /api/bob/documents: BobMember"
      `);
    });

    it('refuses every role outside a route’s access with 403, whatever the method', async () => {
      const refusals: string[] = [];
      for (const route of routes) {
        if (route.access === 'public' || route.access === 'signedIn') continue;
        const allowed = route.access;
        for (const persona of everyone.filter((p) => !p.roles.some((role) => allowed.includes(role)))) {
          const response = await api()[route.method](urlOf(route)).set(as(persona.id)).set('If-Match', '"x"').send({});
          // A hidden (BOB) route answers an outsider exactly as an address that does not exist.
          const expected = route.hidden
            ? { status: 404, body: unknown(route.method, urlOf(route)) }
            : { status: 403, body: response.body };
          if (response.status !== expected.status || JSON.stringify(response.body) !== JSON.stringify(expected.body))
            refusals.push(`${route.method.toUpperCase()} ${route.path} as ${persona.name}: ${response.status}`);
        }
      }
      expect(refusals).toEqual([]);
    });

    it('lets every role inside a route’s access read it, and asks everyone else to sign in', async () => {
      const problems: string[] = [];
      for (const route of routes.filter((r) => r.method === 'get' && r.access !== 'public')) {
        const response = await api().get(urlOf(route));
        if (response.status !== (route.hidden ? 404 : 401))
          problems.push(`GET ${route.path} without sign-in: ${response.status}`);
        const allowed =
          route.access === 'signedIn'
            ? everyone
            : everyone.filter((p) => p.roles.some((role) => (route.access as readonly string[]).includes(role)));
        for (const persona of allowed) {
          const status = (await api().get(urlOf(route)).set(as(persona.id))).status;
          const refused = status === 401 || status === 403;
          if (refused !== handlerRefusals(route, persona.id))
            problems.push(`GET ${route.path} as ${persona.name}: ${status}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('shows BOB material to nobody outside the BOB group: no route, no count, no document', async () => {
      const leaks: string[] = [];
      for (const route of routes.filter((r) => r.method === 'get')) {
        for (const persona of outsideBob) {
          const response = await api().get(urlOf(route)).set(as(persona.id)).buffer(true).parse(binaryBody);
          if (response.status >= 400) continue;
          if ((await bodyText(response)).includes(marker)) leaks.push(`GET ${route.path} as ${persona.name}`);
        }
      }
      expect(leaks).toEqual([]);
      const entries = await api()
        .get('/api/situation/entries')
        .query({ q: marker })
        .set(as(personas.police))
        .expect(200);
      expect(entries.body.total).toBe(0);
    });

    it('keeps BOB material out of every document, even when a BOB member made it', async () => {
      // The BOB group's own documents are the BOB library; every other document is read outside it.
      const documents = routes.filter((r) => r.method === 'get' && /document|docx/.test(r.path) && !r.hidden);
      expect(documents.length).toBeGreaterThanOrEqual(8);
      const leaks: string[] = [];
      for (const route of documents) {
        const response = await api().get(urlOf(route)).set(chief).buffer(true).parse(binaryBody);
        if (response.status !== 200) continue;
        if ((await bodyText(response)).includes(marker)) leaks.push(route.path);
      }
      expect(leaks).toEqual([]);
    });

    it('finds the BOB material for a BOB member, so the checks above look where it would be', async () => {
      const entries = await api()
        .get('/api/situation/entries')
        .query({ q: marker })
        .set(as(personas.municipalCeo))
        .expect(200);
      expect(entries.body.total).toBe(1);
      const meetings = await api().get('/api/bob/meetings').set(as(personas.boardChair)).expect(200);
      expect(JSON.stringify(meetings.body)).toContain(marker);
    });
  });

  describe(`an actor’s representative (${store})`, () => {
    const police = as(personas.police);
    const actorId = async (name: string) =>
      ((await api().get('/api/actors').set(chief).expect(200)).body.actors as { id: string; name: string }[]).find(
        (a) => a.name.startsWith(name),
      )!.id;
    const entry = {
      date: '2026-12-01',
      area: 'Resecentrum',
      category: 'ordningsstorning',
      source: 'est',
      sourceName: 'EST',
      description: 'Grupper vid resecentrum sent på kvällen',
      bob: false,
      newPhenomenon: false,
    };

    it('writes the actor’s own entries, whatever source it names, and changes only those', async () => {
      const own = await api().post('/api/situation/entries').set(police).send(entry).expect(201);
      expect(own.body).toMatchObject({
        source: 'actor',
        actorId: await actorId('Polisen'),
        sourceName: 'Polisen, lokalpolisområde Askersund',
        departmentId: null,
      });
      await api()
        .put(`/api/situation/entries/${own.body.id}`)
        .set(police)
        .set('If-Match', own.body.etag)
        .send({ ...entry, description: 'Grupper vid resecentrum, lugnare efter kontroller' })
        .expect(200);

      const est = await api()
        .post('/api/situation/entries')
        .set(chief)
        .send({ ...entry, description: 'EST-post som polisen inte äger' })
        .expect(201);
      const refused = await api()
        .put(`/api/situation/entries/${est.body.id}`)
        .set(police)
        .set('If-Match', est.body.etag)
        .send(entry)
        .expect(403);
      expect(refused.body.message).toBe('Du kan bara ändra poster från din egen förvaltning eller aktör.');
      await api()
        .delete(`/api/situation/entries/${est.body.id}`)
        .set(police)
        .set('If-Match', est.body.etag)
        .expect(403);
      const head = await api().post('/api/situation/entries').set(as(personas.socialHead)).send(entry).expect(201);
      await api()
        .delete(`/api/situation/entries/${head.body.id}`)
        .set(police)
        .set('If-Match', head.body.etag)
        .expect(403);
      // BOB is for the BOB group only, whoever writes.
      expect(
        (
          await api()
            .post('/api/situation/entries')
            .set(police)
            .send({ ...entry, bob: true })
            .expect(400)
        ).body.issues[0].field,
      ).toBe('bob');
    });

    it('refuses a council member who speaks for no actor, and a reader', async () => {
      const actors = (await api().get('/api/actors').set(chief).expect(200)).body.actors as {
        id: string;
        etag: string;
        name: string;
        kind: string;
        contact: string;
        councilParticipant: boolean;
        members: { id: string }[];
      }[];
      const polisen = actors.find((a) => a.name.startsWith('Polisen'))!;
      const body = {
        name: polisen.name,
        kind: polisen.kind,
        contact: polisen.contact,
        councilParticipant: polisen.councilParticipant,
      };
      const unlinked = await api()
        .patch(`/api/actors/${polisen.id}`)
        .set(chief)
        .set('If-Match', polisen.etag)
        .send({ ...body, memberIds: [] })
        .expect(200);
      expect((await api().get('/api/me').set(police).expect(200)).body).toMatchObject({
        actorId: null,
        can: { writeActorEntries: false },
      });
      expect(
        (await api().post('/api/situation/entries').set(police).send(entry).expect(400)).body.issues[0].field,
      ).toBe('source');
      await api()
        .patch(`/api/actors/${polisen.id}`)
        .set(chief)
        .set('If-Match', unlinked.body.etag)
        .send({ ...body, memberIds: [personas.police] })
        .expect(200);
      expect((await api().get('/api/me').set(police).expect(200)).body).toMatchObject({
        actorName: 'Polisen, lokalpolisområde Askersund',
        can: { writeActorEntries: true },
      });
      await api().post('/api/situation/entries').set(as(personas.reader)).send(entry).expect(403);
    });

    it('hands in the actor’s own written lägesbild, and no other actor’s', async () => {
      const [polisen, business] = [await actorId('Polisen'), await actorId('Näringslivsrådet')];
      await api()
        .post('/api/councils/2031')
        .set(chief)
        .send({ date: '2031-12-10', invitedActorIds: [polisen, business] })
        .expect(201);
      const upload = (actor: string, who: Record<string, string>) =>
        api()
          .post(`/api/councils/2031/materials/${actor}/document`)
          .query({ fileName: 'Lägesbild.pdf' })
          .set(who)
          .set('Content-Type', 'application/octet-stream')
          .send(Buffer.from('%PDF-1.4 lägesbild'));
      const own = await upload(polisen, police).expect(201);
      expect(own.body.materials.find((m: { actorId: string }) => m.actorId === polisen)).toMatchObject({
        receivedOn: '2026-12-14',
        documentPath: expect.stringContaining('Lägesbild.pdf'),
      });
      expect((await upload(business, police).expect(403)).body.message).toBe(
        'Du kan bara lämna den skriftliga lägesbilden för den aktör du företräder.',
      );
      await upload(polisen, as(personas.reader)).expect(403);
      const council = (await api().get('/api/councils/2031').set(chief).expect(200)).body as {
        materials: { actorId: string; receivedOn: string | null }[];
      };
      expect(council.materials.find((m) => m.actorId === business)!.receivedOn).toBeNull();
    });

    it('writes the actor’s lägesbild in the app under the annual headings, which the annual lägesbild gathers', async () => {
      const [polisen, business] = [await actorId('Polisen'), await actorId('Näringslivsrådet')];
      await api()
        .post('/api/councils/2032')
        .set(chief)
        .send({ date: '2032-12-09', invitedActorIds: [polisen, business] })
        .expect(201);
      const written = {
        summary: 'Lugnare år i centrum.',
        problemPicture: 'Ungdomsgrupper vid resecentrum kvällstid.',
        causeAnalysis: '',
        actionsTaken: '',
        actionsPlanned: 'Fler kvällspass.',
        newPhenomena: '',
      };
      const saved = await api()
        .put(`/api/councils/2032/materials/${polisen}/written`)
        .set(police)
        .send(written)
        .expect(200);
      expect(saved.body.materials.find((m: { actorId: string }) => m.actorId === polisen)).toMatchObject({
        receivedOn: '2026-12-14',
        written,
      });
      await api().put(`/api/councils/2032/materials/${business}/written`).set(police).send(written).expect(403);
      const personal = await api()
        .put(`/api/councils/2032/materials/${polisen}/written`)
        .set(police)
        .send({ ...written, causeAnalysis: 'Gäller 19121212-1212' })
        .expect(400);
      expect(personal.body.issues[0].field).toBe('causeAnalysis');
      await api()
        .put('/api/councils/2032/preparation')
        .set(chief)
        .set('If-Match', String((await api().get('/api/councils/2032').set(chief)).headers.etag))
        .send({ notes: 'Genomgång med polisen 1 december.', done: false })
        .expect(200);
      const annual = (await api().get('/api/situation/annual/2032').set(as(personas.reader)).expect(200)).body.material
        .council;
      expect(annual.preparationNotes).toBe('Genomgång med polisen 1 december.');
      expect(annual.actors.find((a: { actor: string }) => a.actor.startsWith('Polisen')).written).toEqual({
        summary: 'Lugnare år i centrum.',
        problemPicture: 'Ungdomsgrupper vid resecentrum kvällstid.',
        actionsPlanned: 'Fler kvällspass.',
      });
      expect(annual.actors.find((a: { actor: string }) => a.actor === 'Näringslivsrådet')).toMatchObject({
        receivedOn: null,
        written: {},
      });
      await api().post('/api/situation/annual/2032/document').set(chief).expect(201);
      const text = await wordText(
        (await api().get('/api/situation/annual/2032/document').set(chief).buffer(true).parse(binaryBody).expect(200))
          .body as Buffer,
      );
      expect(text).toContain('Från strategiska rådet 2032');
      expect(text).toContain('Polisen, lokalpolisområde Askersund: Ungdomsgrupper vid resecentrum kvällstid.');
      expect(text).toContain('Beredning med polisen: Genomgång med polisen 1 december.');
    });
  });
  extra(() => server);
}
