import type { CycleJson } from '../../../../api/contract/cycles.js';
import { useResource } from '../use-resource.js';

export const cycleKeys = {
  all: ['cycles'] as const,
  current: ['cycles', 'current'] as const,
  year: (year: number) => ['cycles', year] as const,
};

/** The cycle running today: its year is the year every view opens on. */
export const useCurrentCycle = () => useResource<CycleJson>(cycleKeys.current, '/api/cycles/current');

export const useCycle = (year: number | undefined) =>
  useResource<CycleJson>(
    year === undefined ? cycleKeys.all : cycleKeys.year(year),
    year === undefined ? undefined : `/api/cycles/${year}`,
  );
