import type { ActionProgress } from '../department-report.js';
import type { PlanAction } from '../action.js';
import { trafficLightOf, type TrafficLight } from './traffic-light.js';

/** A department's submitted report, as far as the follow-up needs it. */
export interface ReportedProgress {
  departmentId: string;
  submittedAt: string;
  actions: { actionId: string; progress: ActionProgress; comment: string }[];
}

export interface ActionFollowUp {
  status: ActionProgress;
  comment: string;
  /** Where the status comes from: the department's report, a hand-set status, or nothing yet. */
  source: 'report' | 'manual' | 'none';
  at: string | null;
  /** Brå's traffic light for the status, with the action's dates, on the given day. */
  light: TrafficLight;
}

/** The newest word wins: a submitted report, or a status set by hand after it; its light as of `today`. */
export function followUpOf(
  action: PlanAction & { id: string },
  reports: readonly ReportedProgress[],
  today: string,
): ActionFollowUp {
  const word = newestWord(action, reports);
  return { ...word, light: trafficLightOf(word.status, action, today) };
}

function newestWord(
  action: PlanAction & { id: string },
  reports: readonly ReportedProgress[],
): Omit<ActionFollowUp, 'light'> {
  const reported = reports
    .filter((report) => report.departmentId === action.departmentId)
    .flatMap((report) =>
      report.actions.filter((row) => row.actionId === action.id).map((row) => ({ ...row, at: report.submittedAt })),
    )
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const manualAt = action.statusChangedAt;
  if (reported && (!manualAt || reported.at > manualAt))
    return { status: reported.progress, comment: reported.comment, source: 'report', at: reported.at };
  if (manualAt) return { status: action.status, comment: action.statusComment, source: 'manual', at: manualAt };
  return { status: action.status, comment: action.statusComment, source: 'none', at: null };
}

export type StatusCounts = Record<ActionProgress, number>;
const zero = (): StatusCounts => ({ done: 0, inProgress: 0, notStarted: 0, cancelled: 0 });

export interface FollowUpSummary {
  total: StatusCounts;
  byPart: Record<1 | 2 | 3 | 4, StatusCounts>;
  /** Keyed by department id, or `actor:<id>` for actions an actor answers for. */
  byResponsible: Record<string, StatusCounts>;
}

export function summarise(
  actions: readonly (Pick<PlanAction, 'part' | 'departmentId' | 'actorId'> & { followUp: ActionFollowUp })[],
): FollowUpSummary {
  const summary: FollowUpSummary = {
    total: zero(),
    byPart: { 1: zero(), 2: zero(), 3: zero(), 4: zero() },
    byResponsible: {},
  };
  for (const action of actions) {
    const status = action.followUp.status;
    summary.total[status] += 1;
    summary.byPart[action.part as 1 | 2 | 3 | 4][status] += 1;
    const key = action.departmentId ?? (action.actorId ? `actor:${action.actorId}` : 'none');
    summary.byResponsible[key] ??= zero();
    summary.byResponsible[key][status] += 1;
  }
  return summary;
}

/** What next year's plan takes over: every action not done and not cancelled, with its current status. */
export function carriedOver<T extends PlanAction & { id: string; followUp: ActionFollowUp }>(
  actions: readonly T[],
  toYear: number,
): PlanAction[] {
  return actions
    .filter((action) => action.followUp.status === 'notStarted' || action.followUp.status === 'inProgress')
    .map((action) => ({
      year: toYear,
      title: action.title,
      description: action.description,
      part: action.part,
      departmentId: action.departmentId,
      actorId: action.actorId,
      problemIds: action.problemIds,
      factorIds: action.factorIds,
      start: action.start,
      end: action.end,
      indicator: action.indicator,
      target: action.target,
      status: action.followUp.status,
      statusComment: action.followUp.comment,
      statusChangedAt: null,
      statusChangedBy: null,
      origin: action.origin,
      carriedFromId: action.id,
    }));
}
