import type { ActionJson, PlanJson } from '../../../../api/contract/action-plans.js';
import type { ActionProgress } from '../../../../api/domain/department-report.js';

export type StatusCounts = Record<ActionProgress, number>;

// The action-plan routes' answers, as their response schemas say.
export type { ActionJson, PlanJson };

export interface Named {
  id: string;
  name: string;
}

/** A short id for a new row, so actions can keep linking to it when its title changes. */
export const newRowId = () => crypto.randomUUID().slice(0, 8);
