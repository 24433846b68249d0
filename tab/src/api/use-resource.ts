import { type QueryKey, useQuery } from '@tanstack/react-query';
import { useSession } from '../session.js';

/**
 * Reads one API resource. Only the hooks in `api/resources/` call this, each with its contract type, so no
 * view picks the type of an answer. With `path` undefined (a year not yet known) nothing is read.
 */
export function useResource<T>(key: QueryKey, path: string | undefined) {
  const { api } = useSession();
  return useQuery({ queryKey: key, queryFn: () => api.request<T>(path!), enabled: path !== undefined });
}
