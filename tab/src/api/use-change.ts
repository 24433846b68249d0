import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session.js';

export interface Change {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** The ETag the item was read with: sent as If-Match, so a change made meanwhile answers 412 instead of being overwritten. */
  etag?: string | null | undefined;
}

/**
 * Every write of the tab. It sends the item's ETag, and afterwards (success or not) reads again what the
 * change touched, so a view never shows a stale version. A refused change rejects with an ApiError; on 412
 * its `current` holds the version someone else saved, for the view to show beside the person's own.
 */
export function useChange<T = unknown>(touches: readonly QueryKey[]) {
  const { api } = useSession();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) =>
      api.request<T>(change.path, {
        method: change.method,
        body: change.body,
        ...(change.etag ? { ifMatch: change.etag } : {}),
      }),
    // Views not on screen are read again too, before the change counts as done: the person who saved the
    // template and opens the årshjul next sees the new dates, not the ones cached before.
    onSettled: () => Promise.all(touches.map((queryKey) => client.invalidateQueries({ queryKey, refetchType: 'all' }))),
  });
}
