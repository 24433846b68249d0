import type { QueryKey } from '@tanstack/react-query';
import type { ActorJson, DepartmentJson } from '../../../../api/contract/organisation.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { organisationKeys } from './organisation.js';

/** The organisation's lists that Inställningar edits item by item, each with its item's contract type. */
interface Lists {
  '/api/departments': DepartmentJson;
  '/api/actors': ActorJson;
}
export type EditableListPath = keyof Lists;
export type EditableListItem<P extends EditableListPath> = Lists[P];

/** The same cache entries as useDepartments and useActors: a change here shows wherever the list is read. */
const listKeys: Record<EditableListPath, QueryKey> = {
  '/api/departments': organisationKeys.departments,
  '/api/actors': organisationKeys.actors,
};

/**
 * One editable list, read from its path (the items come back under the path's last segment), and its one
 * write: add (POST to the path), change (PATCH item, with its ETag) or remove (DELETE item, with its ETag).
 * A change answers the item as saved; each reads the list again.
 */
export function useEditableList<P extends EditableListPath>(path: P) {
  const key = listKeys[path];
  const read = useResource<Record<string, Lists[P][]>>(key, path);
  const change = useChange<Lists[P]>([key]);
  return { items: read.data?.[path.split('/').pop()!], error: read.error ?? undefined, refetch: read.refetch, change };
}
