import { statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { builtTabDir } from '../../api/paths.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('health and description', () => {
  it('answers health without sign-in', async () => {
    const response = await request(server.url).get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      store: 'embedded',
      authMode: 'local',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('stays alive when the store is gone, and says so in readiness with 503', async () => {
    const broken = await startTestServer();
    await broken.ctx.store.close();
    await request(broken.url).get('/api/health').expect(200);
    const response = await request(broken.url).get('/api/health/ready').expect(503);
    expect(response.body).toMatchObject({ status: 'unavailable', store: { kind: 'embedded', state: 'unreachable' } });
    await broken.close();
  });

  it('is ready when the store answers', async () => {
    const response = await request(server.url).get('/api/health/ready').expect(200);
    expect(response.body).toMatchObject({ status: 'ready', store: { kind: 'embedded', state: 'ok' } });
  });

  it('describes every route in OpenAPI generated from the schemas', async () => {
    const response = await request(server.url).get('/api/openapi.json').expect(200);
    expect(response.body.openapi).toBe('3.1.0');
    const paths = Object.keys(response.body.paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/me',
        '/api/dev/personas',
        '/api/departments',
        '/api/departments/{id}',
        '/api/actors',
        '/api/actors/{id}',
        '/api/people',
      ]),
    );
    const departmentPost = response.body.paths['/api/departments'].post;
    expect(departmentPost.requestBody.content['application/json'].schema.properties).toHaveProperty('headId');
    // As the router holds bodies: no field beyond those described is taken.
    expect(departmentPost.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(response.body.components.schemas).toHaveProperty('Department');
  });

  it('answers unknown API addresses with a JSON 404', async () => {
    const response = await request(server.url).get('/api/nothing-here').expect(404).expect('Content-Type', /json/);
    expect(response.body).toMatchObject({ error: 'not_found', message: expect.stringContaining('/api/nothing-here') });
  });

  it('answers an address whose parts are no UTF-8 (%C0%AF) as unknown, not with a 500', async () => {
    for (const path of [
      '/api/cycles/2026/reports/%C0%AF',
      '/api/situation/entries/%E0%A4%A',
      '/api/bob/meetings/%FF',
    ]) {
      const response = await request(server.url).put(path).set(as(personas.securityChief)).send({}).expect(404);
      expect(response.body, path).toMatchObject({ error: 'not_found', messageEn: expect.stringContaining(path) });
    }
  });

  it('gives every response a request id, and keeps a sane one from the caller', async () => {
    const own = await request(server.url).get('/api/health').set('X-Request-Id', 'abc-123');
    expect(own.headers['x-request-id']).toBe('abc-123');
    const generated = await request(server.url).get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the built tab for non-API paths', async () => {
    const response = await request(server.url).get('/installningar').expect(200).expect('Content-Type', /html/);
    expect(response.text).toContain('<div id="root">');
  });

  it('has its icon, and answers a file it does not have with 404, never with the page in its place', async () => {
    // A tab left open over a release asks for the scripts of the one before.
    const page = await request(server.url).get('/').expect(200);
    const icon = /<link rel="icon"[^>]* href="([^"]+)"/.exec(page.text)![1]!;
    await request(server.url)
      .get(icon)
      .expect(200)
      .expect('Content-Type', /image\/svg\+xml/);
    for (const path of ['/assets/CycleView-0ld.js', '/assets/index-0ld.css', '/favicon.ico', '/assets/%C0%AF.js']) {
      const response = await request(server.url).get(path).expect(404);
      expect(response.headers['content-type'], path).toMatch(/^text\/plain/);
      expect(response.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('sends security headers: framed by Microsoft’s hosts only, its own scripts, the tile server’s images', async () => {
    for (const path of ['/', '/api/health', '/assets/missing.js']) {
      const response = await request(server.url).get(path);
      const csp = response.headers['content-security-policy'] as string;
      const directive = (name: string) =>
        csp
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .find(([key]) => key === name)
          ?.slice(1);
      expect(directive('frame-ancestors'), path).toEqual([
        "'self'",
        'https://*.cloud.microsoft',
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.microsoft365.com',
        'https://*.office.com',
        'https://outlook.office.com',
        'https://outlook.office365.com',
      ]);
      expect(directive('script-src'), path).toEqual(["'self'"]);
      expect(directive('img-src'), path).toContain('https://127.0.0.1:9');
      expect(directive('object-src'), path).toEqual(["'none'"]);
      expect(response.headers['x-frame-options'], path).toBeUndefined();
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers['referrer-policy'], path).toBe('no-referrer');
      expect(response.headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
      expect(response.headers['x-powered-by'], path).toBeUndefined();
    }
  });

  it('serves the tab compressed, its hashed scripts cached for good and index.html checked every time', async () => {
    const page = await request(server.url).get('/').set('Accept-Encoding', 'gzip').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)![1]!;
    const asset = await request(server.url).get(script).set('Accept-Encoding', 'br, gzip').expect(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers.vary).toMatch(/Accept-Encoding/i);
    // The build's twin at brotli's strongest, not one compressed per request (at quality 4).
    expect(Number(asset.headers['content-length'])).toBe(statSync(join(builtTabDir, `${script}.br`)).size);
    const gzipped = await request(server.url).get(script).set('Accept-Encoding', 'gzip').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    // A browser that takes neither gets the script as it is.
    const plain = await request(server.url).get(script).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(statSync(join(builtTabDir, script)).size);
    const json = await request(server.url).get('/api/openapi.json').set('Accept-Encoding', 'gzip').expect(200);
    expect(json.headers['content-encoding']).toBe('gzip');
  });
});

describe('local sign-in', () => {
  it('lists the demo personas with roles and departments', async () => {
    const response = await request(server.url).get('/api/dev/personas').expect(200);
    const chief = response.body.personas.find((p: { id: string }) => p.id === personas.securityChief);
    expect(chief).toMatchObject({ displayName: 'Karin Ek', roles: ['SecurityChief', 'BobMember'], departmentId: null });
    const head = response.body.personas.find((p: { id: string }) => p.id === personas.socialHead);
    expect(head).toMatchObject({ roles: ['DepartmentHead'], departmentName: 'Socialförvaltningen' });
    expect(response.body.personas.length).toBeGreaterThanOrEqual(10);
  });

  it('tells who I am and what I may do', async () => {
    const chief = await request(server.url).get('/api/me').set(as(personas.securityChief)).expect(200);
    expect(chief.body).toMatchObject({
      displayName: 'Karin Ek',
      can: { editOrganisation: true, editCycle: true, seeBob: true, seeCouncil: true, submitDepartmentReport: false },
    });
    const head = await request(server.url).get('/api/me').set(as(personas.socialHead)).expect(200);
    expect(head.body).toMatchObject({
      departmentName: 'Socialförvaltningen',
      can: { editOrganisation: false, seeBob: false, seeCouncil: false, submitDepartmentReport: true },
    });
    // No accessibility contact configured here: the statement then names the säkerhetschef alone.
    expect(chief.body.accessibilityContact).toBeNull();
  });

  it('names the accessibility contact the municipality configured', async () => {
    const configured = await startTestServer({ env: { ACCESSIBILITY_CONTACT: 'tillganglighet@askersund.se' } });
    try {
      const me = await request(configured.url).get('/api/me').set(as(personas.reader)).expect(200);
      expect(me.body.accessibilityContact).toBe('tillganglighet@askersund.se');
    } finally {
      await configured.close();
    }
  });

  it('answers 401 without a persona and for an unknown persona, in Swedish and English', async () => {
    const missing = await request(server.url).get('/api/me').expect(401);
    expect(missing.body).toMatchObject({
      error: 'unauthorized',
      message: expect.stringContaining('demoperson'),
      messageEn: expect.stringContaining('demo person'),
    });
    const unknown = await request(server.url).get('/api/me').set(as('no-such-person')).expect(401);
    expect(unknown.body.message).toContain('no-such-person');
  });
});

describe('organisation', () => {
  it('lets every signed-in person read departments and actors', async () => {
    const departments = await request(server.url).get('/api/departments').set(as(personas.reader)).expect(200);
    const names = departments.body.departments.map((d: { name: string }) => d.name);
    expect(names).toEqual(
      expect.arrayContaining(['Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Folkhälsoteamet']),
    );
    const social = departments.body.departments.find((d: { name: string }) => d.name === 'Socialförvaltningen');
    expect(social).toMatchObject({ headId: personas.socialHead, headName: 'Alex Wilber', etag: expect.any(String) });
    const actors = await request(server.url).get('/api/actors').set(as(personas.police)).expect(200);
    expect(actors.body.actors.map((a: { kind: string }) => a.kind)).toEqual(
      expect.arrayContaining(['police', 'business', 'propertyOwner', 'church', 'civilSociety']),
    );
  });

  it('refuses writes from every role but the säkerhetschef with 403', async () => {
    for (const persona of [
      personas.socialHead,
      personas.police,
      personas.reader,
      personas.municipalCeo,
      personas.boardChair,
    ]) {
      const response = await request(server.url)
        .post('/api/actors')
        .set(as(persona))
        .send({ name: 'Ny aktör', kind: 'other' })
        .expect(403);
      expect(response.body).toMatchObject({
        error: 'forbidden',
        message: expect.any(String),
        messageEn: expect.any(String),
      });
    }
    await request(server.url).get('/api/people').set(as(personas.socialHead)).expect(403);
  });

  it('creates, updates with If-Match and deletes an actor', async () => {
    const chief = as(personas.securityChief);
    const created = await request(server.url)
      .post('/api/actors')
      .set(chief)
      .send({ name: 'Fritidsgården', kind: 'other' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Fritidsgården', kind: 'other', contact: '', councilParticipant: true });
    const updated = await request(server.url)
      .patch(`/api/actors/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .send({ contact: 'fritid@askersund.example' })
      .expect(200);
    expect(updated.body).toMatchObject({
      name: 'Fritidsgården',
      contact: 'fritid@askersund.example',
      councilParticipant: true,
    });
    expect(updated.headers.etag).toBe(updated.body.etag);
    await request(server.url)
      .delete(`/api/actors/${created.body.id}`)
      .set(chief)
      .set('If-Match', created.body.etag)
      .expect(412);
    await request(server.url)
      .delete(`/api/actors/${created.body.id}`)
      .set(chief)
      .set('If-Match', updated.body.etag)
      .expect(204);
    await request(server.url)
      .delete(`/api/actors/${created.body.id}`)
      .set(chief)
      .set('If-Match', updated.body.etag)
      .expect(404);
  });

  it('answers a stale If-Match with 412 and the current item, leaving it unchanged', async () => {
    const chief = as(personas.securityChief);
    const { body } = await request(server.url).get('/api/departments').set(chief);
    const department = body.departments[0];
    const first = await request(server.url)
      .patch(`/api/departments/${department.id}`)
      .set(chief)
      .set('If-Match', department.etag)
      .send({ name: `${department.name} (ny)` })
      .expect(200);
    const stale = await request(server.url)
      .patch(`/api/departments/${department.id}`)
      .set(chief)
      .set('If-Match', department.etag)
      .send({ name: 'Skriver över' })
      .expect(412);
    expect(stale.body).toMatchObject({
      error: 'conflict',
      current: { name: `${department.name} (ny)`, etag: first.body.etag },
    });
    const missing = await request(server.url)
      .patch(`/api/departments/${department.id}`)
      .set(chief)
      .send({ name: 'Utan etag' })
      .expect(428);
    expect(missing.body.message).toContain('If-Match');
    // `*`, a list or a weak tag would match any version on SharePoint: each is refused, and nothing is written.
    for (const any of ['*', `W/${first.body.etag}`, `"0,0", ${first.body.etag}`]) {
      const refused = await request(server.url)
        .patch(`/api/departments/${department.id}`)
        .set(chief)
        .set('If-Match', any)
        .send({ name: 'Vilken version som helst' })
        .expect(400);
      expect(refused.body.message).toMatch(/^Ogiltigt värde i rubrikerna: If-Match: ange postens ETag som den lästes/);
    }
    const after = await request(server.url).get('/api/departments').set(chief);
    expect(after.body.departments[0].name).toBe(`${department.name} (ny)`);
  });

  it('keeps the fields a patch does not name', async () => {
    const chief = as(personas.securityChief);
    const { body } = await request(server.url).get('/api/departments').set(chief);
    const social = body.departments.find((d: { name: string }) => d.name === 'Socialförvaltningen');
    const renamed = await request(server.url)
      .patch(`/api/departments/${social.id}`)
      .set(chief)
      .set('If-Match', social.etag)
      .send({ name: 'Socialförvaltningen' })
      .expect(200);
    expect(renamed.body.headId).toBe(personas.socialHead);
  });

  it('answers bad input with 400 naming the field, and writes nothing', async () => {
    const chief = as(personas.securityChief);
    const before = (await request(server.url).get('/api/actors').set(chief)).body.actors.length;
    const badKind = await request(server.url)
      .post('/api/actors')
      .set(chief)
      .send({ name: 'X', kind: 'mafia' })
      .expect(400);
    expect(badKind.body).toMatchObject({ error: 'validation', issues: [{ field: 'kind' }] });
    expect(badKind.body.message).toContain('kind');
    const emptyName = await request(server.url).post('/api/departments').set(chief).send({ name: '   ' }).expect(400);
    expect(emptyName.body.issues[0].field).toBe('name');
    const unknownHead = await request(server.url)
      .post('/api/departments')
      .set(chief)
      .send({ name: 'Ny förvaltning', headId: 'ingen' })
      .expect(400);
    expect(unknownHead.body.issues[0].field).toBe('headId');
    const extra = await request(server.url)
      .patch('/api/actors/1')
      .set(chief)
      .set('If-Match', '"1,1"')
      .send({ colour: 'red' })
      .expect(400);
    expect(extra.body.message).toContain('colour');
    const badId = await request(server.url)
      .patch('/api/actors/abc')
      .set(chief)
      .set('If-Match', '"1,1"')
      .send({ name: 'X' })
      .expect(400);
    expect(badId.body.issues[0].field).toBe('id');
    expect((await request(server.url).get('/api/actors').set(chief)).body.actors.length).toBe(before);
  });

  it('answers malformed JSON with 400 saying so', async () => {
    const response = await request(server.url)
      .post('/api/actors')
      .set(as(personas.securityChief))
      .set('Content-Type', 'application/json')
      .send('{"name": "X",')
      .expect(400);
    // Node's parser names the position of the missing name here, or (in some versions) the early end.
    expect(response.body).toEqual({
      error: 'invalid_json',
      message: expect.stringMatching(
        /^Innehållet är inte giltig JSON \((fel vid tecken 14|det tar slut för tidigt)\)\. Kontrollera citattecken, kommatecken och klamrar\.$/,
      ),
      messageEn: expect.stringMatching(/^The body is not valid JSON \((error at character 14|it ends too early)\)\./),
    });
  });

  it('says where JSON went wrong in the caller’s language, and that JSON of no object is no body', async () => {
    const send = (raw: string) =>
      request(server.url)
        .post('/api/actors')
        .set(as(personas.securityChief))
        .set('Content-Type', 'application/json')
        .send(raw)
        .expect(400);
    expect((await send('{"name": "X", kind: "other"}')).body.message).toBe(
      'Innehållet är inte giltig JSON (fel vid tecken 15). Kontrollera citattecken, kommatecken och klamrar.',
    );
    expect((await send('null')).body).toEqual({
      error: 'invalid_json',
      message: 'Innehållet ska vara ett JSON-objekt ({ … }), inte null.',
      messageEn: 'The body must be a JSON object ({ … }), not null.',
    });
    expect((await send('"Polisen"')).body.message).toBe('Innehållet ska vara ett JSON-objekt ({ … }), inte en text.');
    expect((await send('1e999')).body.messageEn).toBe('The body must be a JSON object ({ … }), not a number.');
  });
});
