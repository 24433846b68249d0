import {
  AuthError,
  ConfidentialClientApplication,
  ServerError,
  type INetworkModule,
  type NodeAuthOptions,
} from '@azure/msal-node';
import { createPrivateKey } from 'node:crypto';
import type { EntraCredential } from '../../config/env.js';
import { StoreError } from '../errors.js';
import { entraAuthority } from './entra-authority.js';
import type { TokenProvider } from './graph-http.js';

export const graphScope = 'https://graph.microsoft.com/.default';

export class TokenError extends StoreError {}

export interface ClientCredentialsOptions {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  credential: { kind: 'secret'; secret: string } | { kind: 'certificate'; privateKeyPem: string; thumbprint: string };
  /** What the token is for; Graph unless given (SharePoint's REST API takes https://<tenant>.sharepoint.com/.default). */
  scope?: string;
  /** MSAL's HTTP client; tests answer in-process, the default is MSAL's own (fetch). */
  networkClient?: INetworkModule;
}

/** Reads the certificate's private key once at start, so a wrong path stops the start, not the first request. */
export function loadCredential(
  credential: EntraCredential,
  readFile: (path: string) => string,
): ClientCredentialsOptions['credential'] {
  if (credential.kind === 'secret') return credential;
  return { kind: 'certificate', privateKeyPem: readFile(credential.privateKeyPath), thumbprint: credential.thumbprint };
}

/**
 * App-only tokens for Graph from MSAL's ConfidentialClientApplication (the client-credentials grant), with a
 * client secret or a certificate. MSAL caches the token and renews it before it expires; concurrent callers
 * with no token yet share one request, which MSAL alone would send once per caller.
 */
export class ClientCredentialsTokenProvider implements TokenProvider {
  private readonly msal: ConfidentialClientApplication;
  private pending?: Promise<string>;
  private readonly scope: string;

  constructor(options: ClientCredentialsOptions) {
    this.scope = options.scope ?? graphScope;
    this.msal = new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId,
        ...entraAuthority(options.authorityHost, options.tenantId),
        ...credentialOf(options.credential),
      },
      ...(options.networkClient ? { system: { networkClient: options.networkClient } } : {}),
    });
  }

  getToken(): Promise<string> {
    this.pending ??= this.acquire().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async acquire(): Promise<string> {
    try {
      const result = await this.msal.acquireTokenByClientCredential({ scopes: [this.scope] });
      if (!result) throw new TokenError('MSAL answered no token for the app');
      return result.accessToken;
    } catch (error) {
      throw tokenErrorOf(error);
    }
  }
}

/**
 * The credential as MSAL takes it. MSAL signs the certificate's client assertion (RS256, x5t from the SHA-1
 * thumbprint that ENTRA_CERTIFICATE_THUMBPRINT holds; Entra ID accepts it) but reads the key only then, so it
 * is checked here, at start.
 */
function credentialOf(
  credential: ClientCredentialsOptions['credential'],
): Pick<NodeAuthOptions, 'clientSecret' | 'clientCertificate'> {
  if (credential.kind === 'secret') return { clientSecret: credential.secret };
  let privateKey: string;
  try {
    privateKey = createPrivateKey(credential.privateKeyPem).export({ type: 'pkcs8', format: 'pem' }).toString();
  } catch {
    throw new TokenError('ENTRA_CERTIFICATE_PATH: the file holds no readable PEM private key');
  }
  return { clientCertificate: { thumbprint: credential.thumbprint, privateKey } };
}

/** What went wrong, in a TokenError: Entra's refusal with its error code and description, or why none came. */
function tokenErrorOf(error: unknown): TokenError {
  if (error instanceof TokenError) return error;
  if (error instanceof ServerError) {
    return new TokenError(
      `Entra ID refused the app's token request (${error.status ?? 'no status'} ${error.errorCode}: ${error.errorMessage})`,
    );
  }
  if (error instanceof AuthError && error.errorCode === 'network_error') {
    return new TokenError(`Entra ID's token endpoint could not be reached (${error.errorMessage})`);
  }
  return new TokenError(
    `MSAL could not get the app's token (${error instanceof Error ? error.message : String(error)})`,
  );
}
