import { documentLibraries, mayRead, type DocumentLibraryId } from '../../api/documents/libraries.js';
import { allRoles, type Role } from '../../api/domain/roles.js';
import { bobMeetingsList } from '../../api/repositories/bob-repository.js';
import { bobSituationEntriesList } from '../../api/repositories/situation-entry-repository.js';
import type { SchemaChange } from '../../api/store/sharepoint/site-schema.js';
import type { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { ensureGroupReads, type GrantOutcome } from './library-permissions.js';
import type { StorageDefinitions } from './storage-definitions.js';

/** Which Entra group holds the people of each app role (object ids); roles without a group are reported. */
export type RoleGroups = Partial<Record<Role, string>>;

export interface LibraryGrant {
  library: string;
  title: string;
  role: Role;
  groupId: string;
  result: GrantOutcome;
}

/** A library or list some roles must not reach: Graph cannot stop it inheriting the site's permissions, a person must. */
export interface ManualStep {
  kind: 'library' | 'list';
  library: string;
  title: string;
  readers: Role[];
  groups: string[];
}

export interface ProvisionReport {
  changes: SchemaChange[];
  grants: LibraryGrant[];
  missingGroups: Role[];
  manual: ManualStep[];
}

/**
 * Brings the site to what the app needs, changing only what is missing: lists with typed columns and
 * indexes on what is filtered, the document libraries, and read access for the groups that may read each
 * library (the same rule the API applies, mayRead). A second run finds everything in place.
 */
export async function provisionSite(store: SharePointStore, definitions: StorageDefinitions, groups: RoleGroups): Promise<ProvisionReport> {
  const changes: SchemaChange[] = [];
  for (const list of definitions.lists) changes.push(...(await store.schema.ensureList(list)));
  for (const library of definitions.libraries) changes.push(...(await store.ensureLibraryWithChanges(library)));

  const grants: LibraryGrant[] = [];
  const manual: ManualStep[] = [];
  for (const id of Object.keys(documentLibraries) as DocumentLibraryId[]) {
    const library = documentLibraries[id];
    const readers = allRoles.filter((role) => mayRead(id, [role]));
    const { driveId } = await store.schema.library(library.name);
    for (const role of readers) {
      const groupId = groups[role];
      if (groupId) grants.push({ library: library.name, title: library.title, role, groupId, result: await ensureGroupReads(store.http, driveId, groupId) });
    }
    if (readers.length < allRoles.length) {
      manual.push({ kind: 'library', library: library.name, title: library.title, readers, groups: groupsOf(readers, groups) });
    }
  }
  for (const list of [bobMeetingsList, bobSituationEntriesList]) {
    manual.push({ kind: 'list', library: list.name, title: list.title, readers: list.readers, groups: groupsOf(list.readers, groups) });
  }
  return { changes, grants, missingGroups: allRoles.filter((role) => !groups[role]), manual };
}

const groupsOf = (readers: Role[], groups: RoleGroups) => readers.map((role) => groups[role]).filter((group): group is string => group !== undefined);

export function changedAnything(report: ProvisionReport): boolean {
  return report.changes.length > 0 || report.grants.some((grant) => grant.result.outcome === 'granted');
}

/** What the run did and what is left to a person, Swedish first, English after. */
export function formatReport(report: ProvisionReport, siteId: string): string {
  const lines = [`Provisionering av / Provisioning ${siteId}`, ''];
  if (!changedAnything(report)) lines.push('Inget att ändra / Nothing to change: every list, column, index, library and grant is already in place.');
  else {
    lines.push('Ändrat / Changed:');
    for (const change of report.changes) lines.push(`  + ${describeChange(change)}`);
    for (const grant of report.grants.filter((g) => g.result.outcome === 'granted')) {
      lines.push(`  + läsrätt / read access: ${grant.title} (${grant.library}) → grupp / group ${grant.groupId} (${grant.role})`);
    }
  }
  const failed = report.grants.filter((g): g is LibraryGrant & { result: { outcome: 'failed'; reason: string } } => g.result.outcome === 'failed');
  if (failed.length > 0) {
    lines.push('', 'Kunde inte ge läsrätt / Could not grant read access (do it by hand in the library\'s permissions):');
    for (const grant of failed) lines.push(`  ! ${grant.title} (${grant.library}) → ${grant.groupId} (${grant.role}): ${grant.result.reason}`);
  }
  if (report.missingGroups.length > 0) {
    lines.push('', `Ingen grupp angiven för / No group given for: ${report.missingGroups.join(', ')} (--group Role=<Entra group object id>); their libraries were not shared with them.`);
  }
  if (report.manual.length > 0) {
    lines.push(
      '',
      'Kräver en människa / Needs a person — Microsoft Graph cannot stop a library or list inheriting the site\'s permissions.',
      'For each below: Library (or List) settings → Permissions for this document library (or list) → Stop Inheriting Permissions,',
      "then remove the site's Members and Visitors groups, keeping the site owners and the groups named here:",
    );
    for (const step of report.manual) {
      lines.push(`  - ${step.kind === 'list' ? 'lista / list' : 'bibliotek / library'} ${step.title} (${step.library}): only ${step.readers.join(', ')}${step.groups.length > 0 ? ` — groups ${step.groups.join(', ')}` : ''}`);
    }
  }
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
