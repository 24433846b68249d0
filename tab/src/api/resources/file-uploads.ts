import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../session.js';

/**
 * Sends a file's bytes to `path` (its name in ?fileName=) and answers what the route answers; afterwards
 * (success or not) reads again what the upload touched. The route's hook names `T` from its contract.
 */
export function useFileUpload<T>(path: string, touches: readonly QueryKey[] = []) {
  const { api } = useSession();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<T>(`${path}?fileName=${encodeURIComponent(file.name)}`, file),
    onSettled: () => Promise.all(touches.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
