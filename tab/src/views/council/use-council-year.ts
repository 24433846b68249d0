import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useSubRoute } from '../../navigation/use-route.js';
import { useSession } from '../../session.js';
import type { ActorJson, CouncilJson } from './council-types.js';

/**
 * The council of the year named in the page's path (#/strategiskt-rad/<page>/<year>), or of the current work
 * year, with the actors, and a way to read it again after a change.
 */
export function useCouncilYear(page: string, path: string[]) {
  const { api, me } = useSession();
  const [, go] = useSubRoute();
  const [currentYear, setCurrentYear] = useState<number>();
  const [today, setToday] = useState<string>();
  const [actors, setActors] = useState<ActorJson[]>([]);
  const [council, setCouncil] = useState<CouncilJson>();
  const [error, setError] = useState<ApiError>();
  const year = /^\d{4}$/.test(path[0] ?? '') ? Number(path[0]) : currentYear;

  useEffect(() => {
    void Promise.all([api.request<{ year: number; today: string }>('/api/cycles/current'), api.request<{ actors: ActorJson[] }>('/api/actors')]).then(
      ([cycle, list]) => {
        setCurrentYear(cycle.year);
        setToday(cycle.today);
        setActors(list.actors);
      },
      (e: ApiError) => setError(e),
    );
  }, [api]);
  const reload = useCallback(async () => {
    if (year === undefined) return;
    try {
      setCouncil(await api.request<CouncilJson>(`/api/councils/${year}`));
      setError(undefined);
    } catch (e) {
      setError(e as ApiError);
    }
  }, [api, year]);
  useEffect(() => void reload(), [reload]);

  const chooseYear = (next: number) => {
    setCouncil(undefined);
    go(page, next);
  };
  return { year, currentYear, today, actors, council: council?.year === year ? council : undefined, setCouncil, error, setError, reload, chooseYear, editable: me.roles.includes('SecurityChief') };
}
