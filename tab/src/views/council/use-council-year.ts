import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useCouncil } from '../../api/resources/councils.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { useActors } from '../../api/resources/organisation.js';
import { useSubRoute } from '../../navigation/use-route.js';
import { useSession } from '../../session.js';
import type { CouncilJson } from './council-types.js';
import { servedYearOf } from '../../../../api/domain/served-years.js';

/**
 * The council of the year named in the page's path (#/strategiskt-rad/<page>/<year>), or of the current work
 * year, with the actors, and a way to read it again after a change.
 */
export function useCouncilYear(page: string, path: string[]) {
  const { me } = useSession();
  const [, go] = useSubRoute();
  const current = useCurrentCycle();
  const actors = useActors();
  const currentYear = current.data?.year;
  const year = servedYearOf(path[0]) ?? currentYear;
  const read = useCouncil(year);
  const [failure, setFailure] = useState<{ error: ApiError; council: CouncilJson | undefined }>();
  // Someone else saved first (412): the page keeps the council as it was read, so the typed text is not sent
  // over theirs, until the person reads it again. The plan's form starts from the actors, so it waits for them.
  const council = !actors.data
    ? undefined
    : failure?.error.status === 412 && failure.council?.year === year
      ? failure.council
      : read.data;
  const setError = (error: ApiError | undefined) => setFailure(error ? { error, council } : undefined);
  const reload = async () => {
    setFailure(undefined);
    await read.refetch();
  };
  const chooseYear = (next: number) => {
    setFailure(undefined);
    go(page, next);
  };
  return {
    year,
    currentYear,
    today: current.data?.today,
    actors: actors.data?.actors ?? [],
    council,
    error: failure?.error ?? read.error ?? current.error ?? actors.error ?? undefined,
    setError,
    reload,
    chooseYear,
    editable: me.roles.includes('SecurityChief'),
  };
}
