import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DirectoryMatchJson } from '../../../../api/contract/people.js';
import { useSession } from '../../session.js';

export const directoryKeys = { all: ['directory'] as const, search: (term: string) => ['directory', term] as const };

/**
 * The people in the municipality's directory matching `term` (Entra ID in Teams, the demo people locally);
 * nothing is asked with `term` undefined. The last answer stays while the next term is asked.
 */
export function useDirectorySearch(term: string | undefined) {
  const { api } = useSession();
  return useQuery({
    queryKey: term === undefined ? directoryKeys.all : directoryKeys.search(term),
    queryFn: () =>
      api.request<{ people: DirectoryMatchJson[] }>(`/api/directory/people?q=${encodeURIComponent(term!)}`),
    enabled: term !== undefined,
    placeholderData: keepPreviousData,
  });
}
