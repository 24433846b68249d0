import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AreaMapJson } from '../../../../api/contract/situation-areas.js';
import { useSession } from '../../session.js';
import { useResource } from '../use-resource.js';
import { entryKeys } from './situation-entries.js';

export const areaMapKeys = { all: ['situation', 'areas'] as const };

/** The municipality's areas as a map (null before one is uploaded) and the tile server to draw them on. */
export const useAreaMap = () => useResource<AreaMapJson>(areaMapKeys.all, '/api/situation/areas');

/**
 * Uploads a GeoJSON file as the new map, with the ETag of the map it replaces; the map and the places (its areas
 * are places offered when an entry is written) are read again after.
 */
export function useUploadAreaMap() {
  const { api } = useSession();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, etag }: { file: File; etag: string | null }) =>
      api.request<AreaMapJson>(`/api/situation/areas?fileName=${encodeURIComponent(file.name)}`, {
        method: 'PUT',
        body: file,
        ...(etag ? { ifMatch: etag } : {}),
      }),
    onSettled: () =>
      Promise.all([areaMapKeys.all, entryKeys.places].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
