/**
 * npm run provision: creates, idempotently, the SharePoint lists and libraries the app uses and, with a
 * certificate, makes each readable by exactly the groups of the roles that may read it. Prints what changed
 * and what is left to a person.
 */
import { z } from 'zod';
import { ConfigError, loadConfig } from '../api/config/env.js';
import { appTokens } from '../api/store/create-store.js';
import { GraphError, GraphUnavailableError } from '../api/store/sharepoint/graph-errors.js';
import { SharePointStore } from '../api/store/sharepoint/sharepoint-store.js';
import { ArgumentError, parseProvisionArguments, provisionUsage } from '../infra/sharepoint/provision-arguments.js';
import { failedAnything, formatReport, provisionSite } from '../infra/sharepoint/provision.js';
import { SharePointRest, SharePointRestError, sharePointScope } from '../infra/sharepoint/sharepoint-rest.js';
import { collectStorageDefinitions } from '../infra/sharepoint/storage-definitions.js';

async function main(): Promise<number> {
  if (process.env.ENV_FILE !== '') {
    try {
      process.loadEnvFile(process.env.ENV_FILE ?? '.env');
    } catch {
      // no .env file: the environment alone configures the run
    }
  }
  const { help, groups } = parseProvisionArguments(process.argv.slice(2), process.env);
  if (help) {
    process.stdout.write(`${provisionUsage}\n`);
    return 0;
  }
  const tenant = loadConfig(process.env).microsoft365;
  if (!tenant)
    throw new ConfigError(
      'Provisioning needs the Microsoft 365 settings (ENTRA_TENANT_ID, ENTRA_CLIENT_ID, a credential, SHAREPOINT_SITE_ID, PUBLIC_URL).',
    );
  const store = new SharePointStore({
    baseUrl: tenant.graphBaseUrl,
    siteId: tenant.siteId,
    tokens: appTokens(tenant),
    onRetry: (event) =>
      process.stderr.write(`Graph ${event.status} on ${event.request}; waiting ${event.delayMs} ms\n`),
  });
  // SharePoint's REST API, which alone can stop a list inheriting, takes app-only tokens from a certificate only.
  let rest: SharePointRest | undefined;
  if (tenant.credential.kind === 'certificate') {
    const { webUrl } = z
      .looseObject({ webUrl: z.string() })
      .parse(await store.http.json({ method: 'GET', path: `${store.schema.sitePath}?$select=webUrl` }));
    rest = new SharePointRest(webUrl, appTokens(tenant, sharePointScope(webUrl)));
  }
  const report = await provisionSite(store, await collectStorageDefinitions(), groups, rest);
  process.stdout.write(formatReport(report, tenant.siteId, groups));
  return failedAnything(report) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    let message = error instanceof Error ? error.message : String(error);
    if (error instanceof GraphError && (error.status === 401 || error.status === 403)) {
      message +=
        "\nThe app registration needs Sites.Selected with the 'fullcontrol' role on this site (lists, columns and library permissions), granted by an administrator; see docs/deploy.md.";
    }
    if (error instanceof SharePointRestError && (error.status === 401 || error.status === 403)) {
      message +=
        "\nSharePoint's REST API needs the SharePoint (not only the Graph) Sites.Selected application permission, consented, and 'fullcontrol' on this site; see docs/deploy.md.";
    }
    if (
      !(
        error instanceof ConfigError ||
        error instanceof ArgumentError ||
        error instanceof GraphError ||
        error instanceof GraphUnavailableError ||
        error instanceof SharePointRestError
      )
    ) {
      message = error instanceof Error ? (error.stack ?? message) : message;
    }
    process.stderr.write(
      `\nProvisioneringen misslyckades / Provisioning failed:\n${message}\n\n${error instanceof ArgumentError ? `${provisionUsage}\n` : ''}`,
    );
    process.exit(1);
  },
);
