import { SignJWT } from 'jose';
import { createPrivateKey, randomUUID, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { EntraCredential } from '../../config/env.js';
import { StoreError } from '../errors.js';
import type { TokenProvider } from './graph-http.js';

export const graphScope = 'https://graph.microsoft.com/.default';

const tokenResponseSchema = z.object({ token_type: z.string(), expires_in: z.coerce.number(), access_token: z.string().min(1) });
const tokenErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

export class TokenError extends StoreError {}

export interface ClientCredentialsOptions {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  credential: { kind: 'secret'; secret: string } | { kind: 'certificate'; privateKeyPem: string; thumbprint: string };
  fetch?: typeof fetch;
  now?: () => number;
}

/** Reads the certificate's private key once at start, so a wrong path stops the start, not the first request. */
export function loadCredential(credential: EntraCredential, readFile: (path: string) => string): ClientCredentialsOptions['credential'] {
  if (credential.kind === 'secret') return credential;
  return { kind: 'certificate', privateKeyPem: readFile(credential.privateKeyPath), thumbprint: credential.thumbprint };
}

/**
 * App-only tokens by the OAuth 2.0 client-credentials grant against Entra ID's v2.0 token endpoint,
 * with a client secret or a certificate (a signed client assertion), as MSAL's ConfidentialClientApplication
 * does it. Tokens are cached until five minutes before they expire; concurrent callers share one request.
 */
export class ClientCredentialsTokenProvider implements TokenProvider {
  private cached?: { token: string; refreshAt: number };
  private pending?: Promise<string>;
  private readonly key?: KeyObject;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: ClientCredentialsOptions) {
    this.fetch = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
    if (options.credential.kind === 'certificate') {
      try {
        this.key = createPrivateKey(options.credential.privateKeyPem);
      } catch {
        throw new TokenError('ENTRA_CERTIFICATE_PATH: the file holds no readable PEM private key');
      }
    }
  }

  get tokenEndpoint(): string {
    return `${this.options.authorityHost.replace(/\/$/, '')}/${encodeURIComponent(this.options.tenantId)}/oauth2/v2.0/token`;
  }

  async getToken(): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return this.cached.token;
    this.pending ??= this.request().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async request(): Promise<string> {
    const form = new URLSearchParams({ client_id: this.options.clientId, scope: graphScope, grant_type: 'client_credentials' });
    if (this.options.credential.kind === 'secret') form.set('client_secret', this.options.credential.secret);
    else {
      form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      form.set('client_assertion', await this.clientAssertion(this.options.credential.thumbprint));
    }
    let response: Response;
    try {
      response = await this.fetch(this.tokenEndpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new TokenError(`Entra ID's token endpoint could not be reached (${error instanceof Error ? error.message : String(error)})`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const failure = tokenErrorSchema.safeParse(body);
      throw new TokenError(
        `Entra ID refused the app's token request (${response.status} ${failure.success ? `${failure.data.error}: ${failure.data.error_description ?? ''}` : 'no error description'})`,
      );
    }
    const token = tokenResponseSchema.parse(body);
    this.cached = { token: token.access_token, refreshAt: this.now() + Math.max(0, token.expires_in - 300) * 1000 };
    return token.access_token;
  }

  /** RS256-signed JWT (jose) with the certificate's SHA-1 thumbprint as x5t, audience the token endpoint, valid ten minutes. */
  private clientAssertion(thumbprint: string): Promise<string> {
    const issuedAt = Math.floor(this.now() / 1000);
    return new SignJWT({ jti: randomUUID() })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', x5t: Buffer.from(thumbprint, 'hex').toString('base64url') })
      .setAudience(this.tokenEndpoint)
      .setIssuer(this.options.clientId)
      .setSubject(this.options.clientId)
      .setNotBefore(issuedAt)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 600)
      .sign(this.key!);
  }
}
