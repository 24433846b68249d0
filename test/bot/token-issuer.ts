import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenIssuer {
  /** What the bot takes as its Entra authority: keys are at {authority}/{tenant}/discovery/v2.0/keys. */
  authority: string;
  /** A signed RS256 token; claims override the defaults (a valid token for the given audience and tenant). */
  token(claims: Record<string, unknown>, options?: { signWith?: KeyObject; kid?: string }): string;
  /** A key the issuer does not publish, for forged tokens. */
  strangerKey: KeyObject;
  close(): Promise<void>;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * An Entra look-alike on localhost: publishes one signing key and signs tokens with it. With `appToken` it
 * also answers the client-credentials token endpoint ({authority}/{tenant}/oauth2/v2.0/token) for Graph, and
 * App Service's managed identity endpoint ({authority}/msi/token) for the bot's identity.
 */
export async function startTokenIssuer(options: { appToken?: string } = {}): Promise<TokenIssuer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://issuer').pathname;
    if (path.endsWith('/discovery/v2.0/keys')) res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    else if (options.appToken && req.method === 'POST' && path.endsWith('/oauth2/v2.0/token')) {
      req.resume();
      req.on('end', () =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: options.appToken })),
      );
    } else if (options.appToken && req.method === 'GET' && path === '/msi/token') {
      // App Service's managed identity endpoint (IDENTITY_ENDPOINT, with the secret IDENTITY_HEADER), as MSAL asks it.
      const now = Math.floor(Date.now() / 1000);
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          access_token: options.appToken,
          expires_on: String(now + 3600),
          resource: new URL(req.url ?? '/', 'http://issuer').searchParams.get('resource'),
          token_type: 'Bearer',
        }),
      );
    } else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    authority: `http://127.0.0.1:${port}`,
    strangerKey: stranger.privateKey,
    token: (claims, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? kid }));
      const payload = base64url(JSON.stringify({ iat: now, nbf: now - 60, exp: now + 600, ...claims }));
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), options.signWith ?? privateKey);
      return `${header}.${payload}.${base64url(signature)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
