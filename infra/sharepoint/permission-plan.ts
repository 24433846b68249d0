import { documentLibraries, mayRead, type DocumentLibraryId } from '../../api/documents/libraries.js';
import { allRoles, type Role } from '../../api/domain/roles.js';
import { bobMeetingsList } from '../../api/repositories/bob-repository.js';
import { bobSituationEntriesList } from '../../api/repositories/situation-entry-repository.js';
import { bobSituationCountsList } from '../../api/repositories/situation-count-repository.js';
import type { ListDefinition } from '../../api/store/port.js';
import { fileVersionsList } from '../../api/store/sharepoint/library-files.js';
import type { StorageDefinitions } from './storage-definitions.js';

/** A list or library and the roles whose groups may read it in SharePoint; nobody else but the site's owners. */
export interface GuardedTarget {
  kind: 'list' | 'library';
  name: string;
  title: string;
  readers: Role[];
}

const bobLists: readonly { name: string; title: string; readers: Role[] }[] = [
  bobMeetingsList,
  bobSituationEntriesList,
  bobSituationCountsList,
];

/**
 * Who reads what outside the app. People work in the app, which writes with its own identity and checks
 * every role; in SharePoint they need only to open the documents their role may read (the API's own rule,
 * mayRead). The data lists are the säkerhetschef's to read, BOB's lists the BOB group's alone. No group
 * gets more than Read: an edit in SharePoint would go around the app's checks.
 */
export function permissionPlan(
  definitions: StorageDefinitions,
  internal: readonly ListDefinition[] = [fileVersionsList],
): GuardedTarget[] {
  const libraries = (Object.keys(documentLibraries) as DocumentLibraryId[]).map((id) => ({
    kind: 'library' as const,
    name: documentLibraries[id].name,
    title: documentLibraries[id].title,
    readers: allRoles.filter((role) => mayRead(id, [role])),
  }));
  const lists = definitions.lists.map((list) => {
    const bob = bobLists.find((b) => b.name === list.name);
    return {
      kind: 'list' as const,
      name: list.name,
      title: list.title,
      readers: bob ? [...bob.readers] : (['SecurityChief'] as Role[]),
    };
  });
  // The adapter's own lists (who uploaded each file version, BOB's included) are for the app and the owners alone.
  const own = internal.map((list) => ({
    kind: 'list' as const,
    name: list.name,
    title: list.title,
    readers: [] as Role[],
  }));
  return [...libraries, ...lists, ...own];
}
