import { buildCycle } from './build-cycle.js';
import type { IsoDate } from './calendar.js';
import type { CycleTemplate } from './template.js';

/**
 * The work year whose milestones are still running today. Cycle N runs into spring N+1, so from January
 * to its last milestone two cycles overlap; the older one is current until its last milestone has passed.
 */
export function currentCycleYear(today: IsoDate, template: CycleTemplate): number {
  const year = Number(today.slice(0, 4));
  const previous = buildCycle(template, year - 1);
  const lastOfPrevious = previous[previous.length - 1]!.due;
  return today <= lastOfPrevious ? year - 1 : year;
}
