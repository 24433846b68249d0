import type { CouncilJson } from '../../../../api/contract/council.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { cycleKeys } from './cycles.js';
import { useFileUpload } from './file-uploads.js';

export const councilKeys = { all: ['councils'] as const, year: (year: number) => ['councils', year] as const };

/** The strategic council of one year: its plan, the actors' material, the preparation and the minutes. */
export const useCouncil = (year: number | undefined) =>
  useResource<CouncilJson>(
    year === undefined ? councilKeys.all : councilKeys.year(year),
    year === undefined ? undefined : `/api/councils/${year}`,
  );

/**
 * Writes to the council of a year (its plan, preparation, material, minutes); answers the council as saved.
 * The plan's date and the preparation move the årshjul, so the cycles are read again too.
 */
export const useChangeCouncil = (year: number) => useChange<CouncilJson>([councilKeys.year(year), cycleKeys.all]);

/** Sends an actor's written lägesbild as a file; answers the council with it. */
export const useUploadCouncilMaterial = (year: number, actorId: string) =>
  useFileUpload<CouncilJson>(`/api/councils/${year}/materials/${encodeURIComponent(actorId)}/document`, [
    councilKeys.year(year),
  ]);
