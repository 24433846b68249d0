import type { HistoryJson } from '../../../../api/contract/history.js';
import type { HistoryKind } from '../../../../api/domain/history.js';
import { useResource } from '../use-resource.js';

export const historyKeys = {
  all: ['history'] as const,
  of: (kind: HistoryKind, id: string) => ['history', kind, id] as const,
};

export const historyPath = (kind: HistoryKind, id: string) => `/api/history?kind=${kind}&id=${encodeURIComponent(id)}`;

/** Who changed which field of a thing from what to what; read only while `open` (its dialog is shown). */
export const useHistory = (kind: HistoryKind, id: string, open: boolean) =>
  useResource<HistoryJson>(historyKeys.of(kind, id), open ? historyPath(kind, id) : undefined);
