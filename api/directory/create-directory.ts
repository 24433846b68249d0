import type { AppConfig } from '../config/env.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import { appTokens, type StoreOverrides } from '../store/create-store.js';
import { GraphHttp } from '../store/sharepoint/graph-http.js';
import { DemoDirectory } from './demo-directory.js';
import type { Directory } from './directory.js';
import { GraphDirectory } from './graph-directory.js';

/** Entra ID through Graph in a tenant; the stored demo people locally. */
export function createDirectory(
  config: AppConfig,
  organisation: OrganisationRepository,
  overrides: StoreOverrides = {},
): Directory {
  const tenant = config.microsoft365;
  if (!tenant) return new DemoDirectory(organisation);
  return new GraphDirectory(
    new GraphHttp({ baseUrl: tenant.graphBaseUrl, tokens: overrides.graphTokens ?? appTokens(tenant) }),
  );
}
