import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntraAuthenticator } from '../../api/auth/entra-authenticator.js';
import { loadConfig } from '../../api/config/env.js';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const tenantId = '11111111-2222-3333-4444-555555555555';
const clientId = '66666666-7777-8888-9999-000000000000';
const now = new Date('2026-11-24T09:00:00+01:00');
let keys: Server;
let authority: string;
let server: TestServer;
let signingKey: CryptoKey;
let otherKey: CryptoKey;

/** The tenant's signing keys, served as Entra serves them, from a local address. */
async function serveJwks(jwk: JWK): Promise<string> {
  keys = createServer((req, res) => {
    if (req.url === `/${tenantId}/discovery/v2.0/keys`) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  ({ privateKey: otherKey } = await generateKeyPair('RS256'));
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  authority = await serveJwks(jwk);
  const settings = loadConfig({
    ENTRA_TENANT_ID: tenantId,
    ENTRA_CLIENT_ID: clientId,
    ENTRA_CLIENT_SECRET: 'not-used-here',
    SHAREPOINT_SITE_ID: 'site',
    PUBLIC_URL: 'https://trygghet.askersund.se',
    ENTRA_AUTHORITY_HOST: authority,
  }).microsoft365!;
  server = await startTestServer({
    now: now.toISOString(),
    authenticator: (ctx) => new EntraAuthenticator(settings, ctx.organisation, ctx.clock),
  });
});
afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => keys?.close(resolve));
});

interface TokenOptions {
  oid?: string;
  roles?: string[];
  audience?: string;
  issuer?: string;
  tid?: string;
  expiresAt?: Date;
  key?: CryptoKey;
}

async function token(options: TokenOptions = {}): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000) - 60;
  return new SignJWT({
    oid: options.oid ?? personas.securityChief,
    tid: options.tid ?? tenantId,
    name: 'Karin Ek',
    roles: options.roles ?? ['SecurityChief', 'BobMember'],
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'key-1', typ: 'JWT' })
    .setIssuer(options.issuer ?? `${authority}/${tenantId}/v2.0`)
    .setAudience(options.audience ?? `api://trygghet.askersund.se/${clientId}`)
    .setIssuedAt(iat)
    .setExpirationTime(Math.floor((options.expiresAt ?? new Date(now.getTime() + 3_600_000)).getTime() / 1000))
    .sign(options.key ?? signingKey);
}

const me = (bearer: string) => request(server.url).get('/api/me').set('Authorization', `Bearer ${bearer}`);

describe('Entra ID sign-in', () => {
  it('takes a valid SSO token: the person by object id, roles from the token, a head’s department from the organisation', async () => {
    const chief = await me(await token()).expect(200);
    expect(chief.body).toMatchObject({
      displayName: 'Karin Ek',
      roles: ['SecurityChief', 'BobMember'],
      can: { editOrganisation: true, seeBob: true },
    });
    const head = await me(await token({ oid: personas.socialHead, roles: ['DepartmentHead'] })).expect(200);
    expect(head.body).toMatchObject({
      roles: ['DepartmentHead'],
      departmentName: 'Socialförvaltningen',
      can: { submitDepartmentReport: true },
    });
    // The application (client) id is an accepted audience too, as Teams may ask for either.
    await me(await token({ audience: clientId })).expect(200);
    const health = await request(server.url).get('/api/health').expect(200);
    expect(health.body.authMode).toBe('entra');
  });

  it('refuses a forged signature, an expired token, a wrong audience, issuer or tenant, and alg none with 401', async () => {
    const forged = await me(await token({ key: otherKey })).expect(401);
    expect(forged.body.message).toContain('signatur');
    const expired = await me(await token({ expiresAt: new Date(now.getTime() - 10 * 60_000) })).expect(401);
    expect(expired.body.message).toContain('gått ut');
    await me(await token({ audience: 'api://someone-else' })).expect(401);
    await me(await token({ issuer: `${authority}/99999999-0000-0000-0000-000000000000/v2.0` })).expect(401);
    await me(await token({ tid: '99999999-0000-0000-0000-000000000000' })).expect(401);
    const [, body] = (await token()).split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${body}.`;
    await me(unsigned).expect(401);
    await me('not-a-token').expect(401);
    await request(server.url).get('/api/me').expect(401);
    await request(server.url).get('/api/me').set('X-Dev-Persona', personas.securityChief).expect(401);
  });

  it('answers a valid token without any of the app’s roles with 403, and checks each route’s roles', async () => {
    const none = await me(await token({ roles: ['Something.Else'] })).expect(403);
    expect(none.body).toMatchObject({ error: 'no_role' });
    expect(none.body.message).toContain('SecurityChief');
    const reader = await token({ oid: personas.reader, roles: ['Reader'] });
    await request(server.url)
      .put('/api/cycle-template')
      .set('Authorization', `Bearer ${reader}`)
      .set('If-Match', '"x"')
      .send({})
      .expect(403);
  });

  it('has no demo sign-in', async () => {
    await request(server.url).get('/api/dev/personas').expect(404);
  });
});
