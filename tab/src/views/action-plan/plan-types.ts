import type { PlanAction } from '../../../../api/domain/action.js';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import type { ActionPlanRecord } from '../../../../api/domain/action-plan/plan.js';
import type { ActionProgress } from '../../../../api/domain/department-report.js';
import type { TrafficLight } from '../../../../api/domain/action-plan/traffic-light.js';

export type StatusCounts = Record<ActionProgress, number>;

export interface ActionJson extends PlanAction {
  id: string;
  etag: string;
  followUp: { status: ActionProgress; comment: string; source: 'report' | 'manual' | 'none'; at: string | null; light: TrafficLight };
}

/** GET /api/action-plans/{year} */
export interface PlanJson {
  year: number;
  plan: ActionPlanRecord & { id: string; etag: string };
  parts: { [P in PartNumber]: { id: string | null; content: PlanParts[P]; etag: string; needsReview: boolean } };
  actions: ActionJson[];
  missing: { field: string; sv: string; en: string }[];
  followUp: { total: StatusCounts; byPart: Record<string, StatusCounts>; byResponsible: Record<string, StatusCounts> };
  document: { version: string; modifiedAt: string; path: string } | null;
}

export interface Named {
  id: string;
  name: string;
}

/** A short id for a new row, so actions can keep linking to it when its title changes. */
export const newRowId = () => crypto.randomUUID().slice(0, 8);
