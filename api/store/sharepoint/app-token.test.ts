import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { generateKeyPairSync, verify } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClientCredentialsTokenProvider, graphScope, TokenError } from './app-token.js';

const tenantId = '11111111-2222-3333-4444-555555555555';
const clientId = '66666666-7777-8888-9999-000000000000';
const authorityHost = 'https://login.microsoftonline.com';
const tokenEndpoint = `${authorityHost}/${tenantId}/oauth2/v2.0/token`;

/**
 * A stand-in for Entra ID behind MSAL's network client: it records every request MSAL makes and answers the
 * token endpoint as told. Anything else MSAL asked for (instance discovery, OpenID metadata) is answered 404,
 * and the tests require that it asked for nothing else.
 */
describe('app-only Graph token (MSAL, client credentials)', () => {
  let requests: { method: string; url: URL; form?: URLSearchParams }[];
  let answer: (form: URLSearchParams) => { status: number; body: unknown };
  const networkClient: INetworkModule = {
    async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
      requests.push({ method: 'GET', url: new URL(url) });
      return { status: 404, headers: {}, body: {} as T };
    },
    async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
      const form = new URLSearchParams(options?.body);
      const target = new URL(url);
      requests.push({ method: 'POST', url: target, form });
      if (`${target.origin}${target.pathname}` !== tokenEndpoint) return { status: 404, headers: {}, body: {} as T };
      const { status, body } = answer(form);
      return { status, headers: { 'content-type': 'application/json' }, body: body as T };
    },
  };
  const tokenRequests = () =>
    requests.filter((r) => r.method === 'POST' && `${r.url.origin}${r.url.pathname}` === tokenEndpoint);

  beforeEach(() => {
    requests = [];
    answer = () => ({
      status: 200,
      body: {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: `token-${tokenRequests().length}`,
      },
    });
  });

  it('asks the tenant token endpoint for the .default Graph scope with the client secret, once for concurrent callers, then answers from the cache', async () => {
    const provider = new ClientCredentialsTokenProvider({
      authorityHost,
      tenantId,
      clientId,
      credential: { kind: 'secret', secret: 'hemlis' },
      networkClient,
    });
    const [first, concurrent] = await Promise.all([provider.getToken(), provider.getToken()]);
    expect([first, concurrent]).toEqual(['token-1', 'token-1']);
    expect(await provider.getToken()).toBe('token-1');
    expect(requests).toHaveLength(1);
    const form = tokenRequests()[0]!.form!;
    expect(form.get('client_id')).toBe(clientId);
    expect(form.get('scope')).toBe(graphScope);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_secret')).toBe('hemlis');
    expect(form.get('client_assertion')).toBeNull();
  });

  it('signs a client assertion with the certificate: RS256, x5t from the thumbprint, audience the token endpoint', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const thumbprint = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
    const provider = new ClientCredentialsTokenProvider({
      authorityHost,
      tenantId,
      clientId,
      credential: {
        kind: 'certificate',
        privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        thumbprint,
      },
      networkClient,
    });
    expect(await provider.getToken()).toBe('token-1');
    expect(requests).toHaveLength(1);
    const form = tokenRequests()[0]!.form!;
    expect(form.get('client_secret')).toBeNull();
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    const [header, payload, signature] = form.get('client_assertion')!.split('.');
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;
    expect(decode(header!)).toMatchObject({ alg: 'RS256', x5t: Buffer.from(thumbprint, 'hex').toString('base64url') });
    const claims = decode(payload!);
    expect(claims).toMatchObject({ aud: tokenEndpoint, iss: clientId, sub: clientId });
    expect(Number(claims.exp) - Number(claims.nbf)).toBe(600);
    expect(
      verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature!, 'base64url')),
    ).toBe(true);
    expect(
      verify('RSA-SHA256', Buffer.from(`${header}.${payload}x`), publicKey, Buffer.from(signature!, 'base64url')),
    ).toBe(false);
  });

  it("reports Entra ID's refusal as a TokenError with its error code and description", async () => {
    answer = () => ({
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
        error_codes: [7000215],
      },
    });
    const provider = new ClientCredentialsTokenProvider({
      authorityHost,
      tenantId,
      clientId,
      credential: { kind: 'secret', secret: 'fel' },
      networkClient,
    });
    const attempt = provider.getToken();
    await expect(attempt).rejects.toBeInstanceOf(TokenError);
    await expect(attempt).rejects.toThrow(
      /refused the app's token request \(401 invalid_client: .*AADSTS7000215: Invalid client secret provided\./,
    );
  });

  it('says so when the token endpoint cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const provider = new ClientCredentialsTokenProvider({
      authorityHost: `http://127.0.0.1:${port}`,
      tenantId,
      clientId,
      credential: { kind: 'secret', secret: 'hemlis' },
    });
    const attempt = provider.getToken();
    await expect(attempt).rejects.toBeInstanceOf(TokenError);
    await expect(attempt).rejects.toThrow(/token endpoint could not be reached/);
  });

  it('refuses a certificate file without a private key at construction, naming the variable', () => {
    const construct = () =>
      new ClientCredentialsTokenProvider({
        authorityHost,
        tenantId,
        clientId,
        credential: { kind: 'certificate', privateKeyPem: 'inte en nyckel', thumbprint: '00'.repeat(20) },
        networkClient,
      });
    expect(construct).toThrow(TokenError);
    expect(construct).toThrow(/ENTRA_CERTIFICATE_PATH/);
  });
});
