import { useMutation } from '@tanstack/react-query';
import type { AgendaJson } from '../../../../api/contract/council.js';
import type { AgendaItem } from '../../../../api/domain/council/agenda.js';
import { useSession } from '../../session.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { councilKeys } from './councils.js';

export const councilAgendaKeys = {
  all: ['council-agenda'] as const,
  year: (year: number) => ['council-agenda', year] as const,
};

/** The council's agenda as saved, or its five points filled from the year's material; undefined year reads nothing. */
export const useCouncilAgenda = (year: number | undefined) =>
  useResource<AgendaJson>(
    year === undefined ? councilAgendaKeys.all : councilAgendaKeys.year(year),
    year === undefined ? undefined : `/api/councils/${year}/agenda`,
  );

/** Saves the agenda with the ETag it was read with; the council's documents and ETag change with it. */
export const useSaveAgenda = (year: number) =>
  useChange<AgendaJson>([councilAgendaKeys.year(year), councilKeys.year(year)]);

/** A fresh draft of the points from today's material, read when asked for and never saved or cached. */
export function useAgendaDraft(year: number) {
  const { api } = useSession();
  return useMutation({
    mutationFn: async () => (await api.request<{ items: AgendaItem[] }>(`/api/councils/${year}/agenda/draft`)).items,
  });
}
