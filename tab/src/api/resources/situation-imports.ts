import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportCheckJson,
  ImportPreviewJson,
  SituationImportJson,
} from '../../../../api/contract/situation-imports.js';
import { useSession } from '../../session.js';
import { useChange } from '../use-change.js';
import { annualKeys } from './situation-annual.js';
import { compilationKeys } from './situation-compilations.js';
import { entryKeys } from './situation-entries.js';
import { useFileUpload } from './file-uploads.js';

export const importKeys = {
  all: ['situation', 'imports'] as const,
  list: ['situation', 'imports', 'list'] as const,
  one: (id: string) => ['situation', 'imports', 'one', id] as const,
};

const pollMs = 1000;
const importOver = (record: SituationImportJson | undefined) =>
  record?.status === 'done' || record?.status === 'failed';

/** The imports made, newest first. */
export function useImports() {
  const { api } = useSession();
  return useQuery({
    queryKey: importKeys.list,
    queryFn: () => api.request<{ imports: SituationImportJson[] }>('/api/situation/imports'),
  });
}

/**
 * An import's job as it runs, from the record the API accepted it with: asked again each second (five after
 * a failed ask) until it is done or failed; then the list of imports and what the rows feed are read again.
 */
export function useImportProgress(accepted: SituationImportJson) {
  const { api } = useSession();
  const client = useQueryClient();
  return useQuery({
    queryKey: importKeys.one(accepted.id),
    queryFn: async () => {
      const record = await api.request<SituationImportJson>(
        `/api/situation/imports/${encodeURIComponent(accepted.id)}`,
      );
      if (importOver(record))
        await Promise.all(
          [importKeys.list, entryKeys.all, compilationKeys.all, annualKeys.all].map((queryKey) =>
            client.invalidateQueries({ queryKey }),
          ),
        );
      return record;
    },
    initialData: accepted,
    enabled: !importOver(accepted),
    refetchInterval: (query) =>
      importOver(query.state.data) ? false : query.state.status === 'error' ? pollMs * 5 : pollMs,
  });
}

/** Sends the chosen file; answers its preview and the mapping the API suggests. */
export const useUploadImportFile = () => useFileUpload<ImportPreviewJson>('/api/situation/imports/files');

/** Reads the kept file again with another sheet or header row; answers the new preview. */
export const useReshapeImportFile = () => useChange<ImportPreviewJson>([]);

/** What an import would give, without writing: new, existing, and the rows in error. */
export const useCheckImport = () => useChange<ImportCheckJson>([]);

/** Starts the import as a job; answers its record, whose progress `useImportProgress` follows. */
export const useRunImport = () => useChange<SituationImportJson>([importKeys.list]);
