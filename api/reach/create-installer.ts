import type { AppConfig } from '../config/env.js';
import { appTokens, type StoreOverrides } from '../store/create-store.js';
import { GraphHttp } from '../store/sharepoint/graph-http.js';
import { noInstaller, type AppInstaller } from './app-installer.js';
import { GraphAppInstaller } from './graph-app-installer.js';

/** In a tenant with the app's catalog id: installs through Graph. Locally, or without the id: installs nothing. */
export function createInstaller(config: AppConfig, overrides: StoreOverrides = {}): AppInstaller {
  const tenant = config.microsoft365;
  const catalogAppId = config.env.TEAMS_APP_CATALOG_ID;
  if (!tenant || !catalogAppId) return noInstaller;
  return new GraphAppInstaller(
    new GraphHttp({ baseUrl: tenant.graphBaseUrl, tokens: overrides.graphTokens ?? appTokens(tenant) }),
    catalogAppId,
  );
}
