import { generateKeyPairSync, verify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientCredentialsTokenProvider, graphScope, TokenError } from './app-token.js';

const tenantId = '11111111-2222-3333-4444-555555555555';
const clientId = '66666666-7777-8888-9999-000000000000';

/** A local stand-in for Entra ID's v2.0 token endpoint: records each form it gets and answers as told. */
describe('app-only Graph token (client credentials)', () => {
  let server: Server;
  let authority: string;
  let forms: URLSearchParams[];
  let answer: (form: URLSearchParams) => { status: number; body: unknown };

  beforeEach(async () => {
    forms = [];
    answer = () => ({ status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: `token-${forms.length}` } });
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        if (request.url !== `/${tenantId}/oauth2/v2.0/token` || request.method !== 'POST') {
          response.writeHead(404).end();
          return;
        }
        const form = new URLSearchParams(text);
        forms.push(form);
        const { status, body } = answer(form);
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    authority = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('asks for the .default Graph scope with the client secret and caches the token until near its expiry', async () => {
    let clock = Date.parse('2026-11-24T08:00:00Z');
    const provider = new ClientCredentialsTokenProvider({ authorityHost: authority, tenantId, clientId, credential: { kind: 'secret', secret: 'hemlis' }, now: () => clock });
    const [first, concurrent] = await Promise.all([provider.getToken(), provider.getToken()]);
    expect(first).toBe('token-1');
    expect(concurrent).toBe('token-1');
    expect(forms).toHaveLength(1);
    expect(Object.fromEntries(forms[0]!)).toEqual({ client_id: clientId, scope: graphScope, grant_type: 'client_credentials', client_secret: 'hemlis' });
    clock += 50 * 60_000;
    expect(await provider.getToken()).toBe('token-1');
    clock += 6 * 60_000;
    expect(await provider.getToken()).toBe('token-2');
    expect(forms).toHaveLength(2);
  });

  it('signs a client assertion with the certificate: RS256, x5t from the thumbprint, audience the token endpoint', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const thumbprint = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
    const now = Date.parse('2026-11-24T08:00:00Z');
    const provider = new ClientCredentialsTokenProvider({
      authorityHost: authority,
      tenantId,
      clientId,
      credential: { kind: 'certificate', privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), thumbprint },
      now: () => now,
    });
    await provider.getToken();
    const form = forms[0]!;
    expect(form.get('client_secret')).toBeNull();
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    const [header, payload, signature] = form.get('client_assertion')!.split('.');
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;
    expect(decode(header!)).toEqual({ alg: 'RS256', typ: 'JWT', x5t: Buffer.from(thumbprint, 'hex').toString('base64url') });
    expect(decode(payload!)).toMatchObject({ aud: `${authority}/${tenantId}/oauth2/v2.0/token`, iss: clientId, sub: clientId, exp: now / 1000 + 600 });
    expect(verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature!, 'base64url'))).toBe(true);
  });

  it("reports Entra ID's refusal with its error code", async () => {
    answer = () => ({ status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } });
    const provider = new ClientCredentialsTokenProvider({ authorityHost: authority, tenantId, clientId, credential: { kind: 'secret', secret: 'fel' } });
    await expect(provider.getToken()).rejects.toThrow(/401 invalid_client: AADSTS7000215/);
  });

  it('refuses a certificate file without a private key at construction', () => {
    expect(
      () => new ClientCredentialsTokenProvider({ authorityHost: authority, tenantId, clientId, credential: { kind: 'certificate', privateKeyPem: 'inte en nyckel', thumbprint: '00'.repeat(20) } }),
    ).toThrow(TokenError);
  });
});
