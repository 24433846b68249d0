import type { CycleJson } from '../../../../api/contract/cycles.js';
import { useChange } from '../use-change.js';
import { cycleKeys } from './cycles.js';

/**
 * Moves a milestone, resets its date, or marks it done (or not); answers the year's cycle as changed. Every
 * cycle read is read again, the current one included, since a date set by hand moves the others after it.
 */
export const useChangeMilestone = () => useChange<CycleJson>([cycleKeys.all]);
