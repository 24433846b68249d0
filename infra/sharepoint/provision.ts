import type { Role } from '../../api/domain/roles.js';
import { allRoles } from '../../api/domain/roles.js';
import { GraphError } from '../../api/store/sharepoint/graph-errors.js';
import type { SchemaChange } from '../../api/store/sharepoint/site-schema.js';
import type { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { changedPermissions, guardList, readSitePrincipals, type GuardOutcome } from './list-permissions.js';
import { permissionPlan, type GuardedTarget } from './permission-plan.js';
import type { SharePointRest } from './sharepoint-rest.js';
import type { StorageDefinitions } from './storage-definitions.js';

/** Which Entra group holds the people of each app role (object ids); roles without a group are reported. */
export type RoleGroups = Partial<Record<Role, string>>;

export interface ProvisionReport {
  changes: SchemaChange[];
  /** What guarding each list and library did; undefined when the run had no certificate for SharePoint's REST API. */
  permissions?: GuardOutcome[];
  /** Lists and libraries the app could no longer read after they stopped inheriting. */
  appLostAccess: GuardedTarget[];
  /** Every list and library with its readers, for a person to guard when provisioning could not. */
  plan: GuardedTarget[];
  missingGroups: Role[];
}

/**
 * Brings the site to what the app needs, changing only what is missing: lists with typed columns and
 * indexes on what is filtered, the document libraries, and, through SharePoint's REST API, each list and
 * library readable by exactly the groups of the roles that may read it. A second run finds it all in place.
 */
export async function provisionSite(
  store: SharePointStore,
  definitions: StorageDefinitions,
  groups: RoleGroups,
  rest?: SharePointRest,
): Promise<ProvisionReport> {
  const changes: SchemaChange[] = [];
  for (const list of definitions.lists) changes.push(...(await store.schema.ensureList(list)));
  for (const library of definitions.libraries) changes.push(...(await store.ensureLibraryWithChanges(library)));
  const plan = permissionPlan(definitions);
  const report: ProvisionReport = {
    changes,
    plan,
    appLostAccess: [],
    missingGroups: allRoles.filter((role) => !groups[role] && plan.some((t) => t.readers.includes(role))),
  };
  if (!rest) return report;

  const site = await readSitePrincipals(rest, groups);
  report.permissions = [];
  for (const target of plan) {
    const listId =
      target.kind === 'library'
        ? (await store.schema.library(target.name)).listId
        : (await store.schema.list(target.name)).id;
    const outcome = await guardList(rest, listId, target, site);
    report.permissions.push(outcome);
    if (!outcome.failed && !(await appStillReads(store, listId))) report.appLostAccess.push(target);
  }
  return report;
}

/** The app's own grant on the site must still reach a list that stopped inheriting; its items are read to see. */
async function appStillReads(store: SharePointStore, listId: string): Promise<boolean> {
  try {
    await store.http.json({ method: 'GET', path: `${store.schema.sitePath}/lists/${listId}/items?$top=1&$select=id` });
    return true;
  } catch (error) {
    if (error instanceof GraphError && (error.status === 403 || error.status === 401)) return false;
    throw error;
  }
}

export function changedAnything(report: ProvisionReport): boolean {
  return report.changes.length > 0 || (report.permissions ?? []).some(changedPermissions);
}

export function failedAnything(report: ProvisionReport): boolean {
  return (report.permissions ?? []).some((outcome) => outcome.failed) || report.appLostAccess.length > 0;
}

const readersText = (target: GuardedTarget) =>
  target.readers.length > 0 ? target.readers.join(', ') : 'the site’s owners (the app’s own list)';

const named = (target: GuardedTarget) =>
  `${target.kind === 'list' ? 'lista / list' : 'bibliotek / library'} ${target.title} (${target.name})`;

/** What the run did and what is left to a person, Swedish first, English after. */
export function formatReport(report: ProvisionReport, siteId: string, groups: RoleGroups = {}): string {
  const lines = [`Provisionering av / Provisioning ${siteId}`, ''];
  const permissions = report.permissions ?? [];
  if (!changedAnything(report))
    lines.push(
      'Inget att ändra / Nothing to change: every list, column, index, library and permission is already in place.',
    );
  else {
    lines.push('Ändrat / Changed:');
    for (const change of report.changes) lines.push(`  + ${describeChange(change)}`);
    for (const outcome of permissions.filter(changedPermissions)) {
      const parts = [
        ...(outcome.stoppedInheriting
          ? ['ärver inte längre webbplatsens behörigheter / stopped inheriting the site’s permissions']
          : []),
        ...(outcome.granted.length > 0
          ? [`läsrätt / read: ${outcome.granted.map((role) => `${role} (${groups[role]})`).join(', ')}`]
          : []),
        ...(outcome.removed.length > 0 ? [`borttaget / removed: ${outcome.removed.join(', ')}`] : []),
      ];
      lines.push(`  + behörigheter / permissions, ${named(outcome.target)}: ${parts.join('; ')}`);
    }
  }
  const left: string[] = [];
  if (!report.permissions) {
    left.push(
      'Behörigheterna är inte satta / Permissions not set: SharePoint’s REST API takes an app-only token only from a certificate',
      '(ENTRA_CERTIFICATE_PATH and ENTRA_CERTIFICATE_THUMBPRINT). Run again with one, or for each below: settings → Permissions →',
      'Stop Inheriting Permissions, remove the site’s Members, Visitors and Everyone, and give the groups named Read:',
      ...report.plan.map((target) => `  - ${named(target)}: only ${readersText(target)}`),
    );
  }
  for (const outcome of permissions.filter((o) => o.failed))
    left.push(
      `  ! ${named(outcome.target)}: SharePoint refused (${outcome.failed}); set it by hand as above: only ${readersText(outcome.target)}`,
    );
  for (const target of report.appLostAccess) {
    left.push(
      `  ! ${named(target)}: the app can no longer read it. Grant the app on this list (Graph: POST /sites/{site}/lists/{list}/permissions with Lists.SelectedOperations.Selected) or restore inheritance, then run again.`,
    );
  }
  for (const outcome of permissions.filter((o) => o.others.length > 0))
    left.push(
      `  ? ${named(outcome.target)}: also reachable by ${outcome.others.join(', ')}, whom the app did not add; keep them only if they should read it.`,
    );
  if (report.missingGroups.length > 0) {
    left.push(
      `  - Ingen grupp angiven för / No group given for: ${report.missingGroups.join(', ')} (--group Role=<Entra group object id>); nothing was shared with them.`,
    );
  }
  if (left.length > 0) lines.push('', 'Kvar för en människa / Left to a person:', ...left);
  return `${lines.join('\n')}\n`;
}

function describeChange(change: SchemaChange): string {
  switch (change.kind) {
    case 'listCreated':
      return `lista / list ${change.list} (${change.title}) skapad / created`;
    case 'columnAdded':
      return `kolumn / column ${change.list}.${change.column} tillagd / added`;
    case 'columnIndexed':
      return `index ${change.list}.${change.column} skapat / created`;
    case 'libraryCreated':
      return `bibliotek / library ${change.library} (${change.title}) skapat / created`;
  }
}
