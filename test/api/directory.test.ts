import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalAuthenticator } from '../../api/auth/local-authenticator.js';
import { demoPeople } from '../../api/seed/askersund.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import type { SimUser } from '../graph-simulator/users.js';
import { personas } from '../support/personas.js';
import { startAppTokenAuthority, tenantEnv } from '../support/tenant.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const chief = { 'X-Dev-Persona': personas.securityChief };
const directory: SimUser[] = [
  {
    id: 'aaaaaaaa-1111-4111-8111-000000000001',
    displayName: 'Maria Svensson',
    mail: 'maria.svensson@askersund.se',
    userPrincipalName: 'maria.svensson@askersund.se',
    jobTitle: 'Kultur- och fritidschef',
  },
  {
    id: 'aaaaaaaa-1111-4111-8111-000000000002',
    displayName: 'Mats Åberg',
    mail: null,
    userPrincipalName: 'mats.aberg@askersund.se',
    jobTitle: null,
  },
  {
    id: 'aaaaaaaa-1111-4111-8111-000000000003',
    displayName: 'Olle Lind',
    mail: 'olle.lind@askersund.se',
    userPrincipalName: 'olle.lind@askersund.se',
    jobTitle: 'Skolchef',
  },
];

let simulator: GraphSimulator;
let authority: { url: string; close(): Promise<void> };
let server: TestServer;
const api = () => request(server.url);

beforeAll(async () => {
  authority = await startAppTokenAuthority();
  simulator = await startGraphSimulator({ acceptToken: (token) => token === 'app-token', users: directory });
  server = await startTestServer({
    env: tenantEnv(simulator, authority.url),
    authenticator: (ctx) => new LocalAuthenticator(ctx.organisation),
  });
  // Only the säkerhetschef exists in the app at first: the tenant's people come from the directory.
  await server.ctx.organisation.people.create(demoPeople.find((p) => p.objectId === personas.securityChief)!, 'test');
});
afterAll(async () => {
  await server?.close();
  await simulator?.close();
  await authority?.close();
});

describe('people from Entra ID', () => {
  it('finds people in the directory by the start of a name, mail or sign-in name, through Graph’s advanced query', async () => {
    const found = await api().get('/api/directory/people').query({ q: 'ma' }).set(chief).expect(200);
    expect(found.body.source).toBe('entra');
    expect(found.body.people.map((p: { displayName: string }) => p.displayName).sort()).toEqual([
      'Maria Svensson',
      'Mats Åberg',
    ]);
    expect(found.body.people.find((p: { displayName: string }) => p.displayName === 'Mats Åberg')).toMatchObject({
      mail: '',
      userPrincipalName: 'mats.aberg@askersund.se',
      known: false,
    });
    const search = simulator.log.find((entry) => entry.path.startsWith('/users?'))!;
    expect(search.status).toBe(200);
    expect(decodeURIComponent(search.path)).toContain('$count=true');
    await api().get('/api/directory/people').query({ q: 'm' }).set(chief).expect(400);
    await api()
      .get('/api/directory/people')
      .query({ q: 'maria' })
      .set({ 'X-Dev-Persona': 'aaaaaaaa-1111-4111-8111-000000000001' })
      .expect(401);
  });

  it('links a department to a head picked from the directory, storing the person on first use', async () => {
    const created = await api()
      .post('/api/departments')
      .set(chief)
      .send({ name: 'Kultur- och fritidsförvaltningen', headId: directory[0]!.id })
      .expect(201);
    expect(created.body.headName).toBe('Maria Svensson');
    const person = await server.ctx.organisation.findPerson(directory[0]!.id);
    expect(person).toMatchObject({
      displayName: 'Maria Svensson',
      email: 'maria.svensson@askersund.se',
      userPrincipalName: 'maria.svensson@askersund.se',
      title: 'Kultur- och fritidschef',
      roles: [],
    });
    const again = await api().get('/api/directory/people').query({ q: 'maria' }).set(chief).expect(200);
    expect(again.body.people[0].known).toBe(true);
  });

  it('refuses a head nobody in the directory has, naming the field', async () => {
    const refused = await api()
      .post('/api/departments')
      .set(chief)
      .send({ name: 'Spökförvaltningen', headId: 'bbbbbbbb-0000-4000-8000-000000000000' })
      .expect(400);
    expect(refused.body.issues[0]).toMatchObject({ field: 'headId', message: expect.stringMatching(/katalogen/) });
  });

  it('adds a person from the directory on its own, once', async () => {
    const added = await api().post('/api/people').set(chief).send({ objectId: directory[2]!.id }).expect(201);
    expect(added.body).toMatchObject({ id: directory[2]!.id, displayName: 'Olle Lind', title: 'Skolchef' });
    await api().post('/api/people').set(chief).send({ objectId: directory[2]!.id }).expect(201);
    expect((await server.ctx.organisation.listPeople()).filter((p) => p.objectId === directory[2]!.id)).toHaveLength(1);
    await api().post('/api/people').set(chief).send({ objectId: 'nobody' }).expect(400);
  });
});

describe('people locally', () => {
  it('searches the demo people', async () => {
    const local = await startTestServer();
    try {
      const found = await request(local.url).get('/api/directory/people').query({ q: 'alex' }).set(chief).expect(200);
      expect(found.body).toMatchObject({ source: 'demo', people: [{ displayName: 'Alex Wilber', known: true }] });
    } finally {
      await local.close();
    }
  });
});
