import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EntryJson, EntryPageJson, PlacesJson } from '../../../../api/contract/situation-entries.js';
import { useSession } from '../../session.js';
import { useChange } from '../use-change.js';
import { annualKeys } from './situation-annual.js';
import { compilationKeys } from './situation-compilations.js';

export const entryKeys = {
  all: ['situation', 'entries'] as const,
  page: (query: string) => ['situation', 'entries', query] as const,
  /** Under the entries: whatever has them read again (an entry saved, an import done) has the places read too. */
  places: ['situation', 'entries', 'places'] as const,
};

/**
 * One page of the lägesbild's entries for a query string (filters and limit). The page shown stays while
 * the next one is read, so "show more" and a new filter replace the list rather than blank it.
 */
export function useEntryPage(query: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: entryKeys.page(query),
    queryFn: () => api.request<EntryPageJson>(`/api/situation/entries?${query}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * The places to offer where a place is written: the map's areas and the places counted in the last two years.
 * They change slowly, so every place field opened within five minutes shares one read (on SharePoint a few
 * requests); a saved entry, an import or a new map has them read again at once.
 */
export function usePlaces() {
  const { api } = useSession();
  return useQuery({
    queryKey: entryKeys.places,
    queryFn: () => api.request<PlacesJson>('/api/situation/places'),
    staleTime: 5 * 60_000,
  });
}

/** Adds, changes or removes an entry; the quarters and the annual lägesbild count it, so they are read again too. */
export const useEntryChange = () => useChange<EntryJson>([entryKeys.all, compilationKeys.all, annualKeys.all]);
