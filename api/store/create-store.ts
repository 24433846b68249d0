import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { ConfigError, type AppConfig, type Microsoft365Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import { EmbeddedStore } from './embedded/embedded-store.js';
import type { StoragePort } from './port.js';
import { ClientCredentialsTokenProvider, loadCredential, TokenError } from './sharepoint/app-token.js';
import type { TokenProvider } from './sharepoint/graph-http.js';
import { SharePointStore } from './sharepoint/sharepoint-store.js';

export interface StoreOverrides {
  /** Tests: a token provider standing in for Entra ID. */
  graphTokens?: TokenProvider;
}

/** The embedded store locally; the municipality's SharePoint through Graph when the Microsoft 365 settings are given. */
export function createStore(
  config: AppConfig,
  clock: Clock,
  logger: Logger,
  overrides: StoreOverrides = {},
): StoragePort {
  const tenant = config.microsoft365;
  if (!tenant) return new EmbeddedStore(resolve(config.env.DATA_DIR), clock);
  return new SharePointStore({
    baseUrl: tenant.graphBaseUrl,
    siteId: tenant.siteId,
    tokens: overrides.graphTokens ?? appTokens(tenant),
    onRetry: (event) => logger.warn(event, 'Graph throttled or unavailable; retrying'),
  });
}

/** App-only tokens for the tenant (for Graph, or the scope given); an unreadable certificate stops the start naming the variable. */
export function appTokens(tenant: Microsoft365Config, scope?: string): TokenProvider {
  const readKey = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new ConfigError(`ENTRA_CERTIFICATE_PATH: cannot read the certificate's private key at "${path}"`);
    }
  };
  try {
    return new ClientCredentialsTokenProvider({
      authorityHost: tenant.authorityHost,
      tenantId: tenant.tenantId,
      clientId: tenant.clientId,
      credential: loadCredential(tenant.credential, readKey),
      ...(scope ? { scope } : {}),
    });
  } catch (error) {
    if (error instanceof TokenError) throw new ConfigError(error.message);
    throw error;
  }
}
