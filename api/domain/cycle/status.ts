import { z } from 'zod';
import { daysBetween, type IsoDate } from './calendar.js';

export const milestoneStatusSchema = z.enum(['upcoming', 'dueSoon', 'done', 'overdue']);
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;

export const milestoneStatusTitles: Record<MilestoneStatus, { sv: string; en: string }> = {
  upcoming: { sv: 'Kommande', en: 'Upcoming' },
  dueSoon: { sv: 'Snart', en: 'Due soon' },
  done: { sv: 'Klar', en: 'Done' },
  overdue: { sv: 'Försenad', en: 'Overdue' },
};

/** Done wins; otherwise the date decides: past due is overdue, within the window is due soon. */
export function statusOf(due: IsoDate, today: IsoDate, done: boolean, dueSoonDays: number): MilestoneStatus {
  if (done) return 'done';
  if (today > due) return 'overdue';
  return daysBetween(today, due) <= dueSoonDays ? 'dueSoon' : 'upcoming';
}

export const departmentReportStateSchema = z.enum(['notStarted', 'draft', 'submitted', 'late']);
export type DepartmentReportState = z.infer<typeof departmentReportStateSchema>;

export interface DepartmentReportCompletion {
  done: boolean;
  departments: { departmentId: string; name: string; state: DepartmentReportState; submittedAt: string | null }[];
}

/** The department-report milestone is done when every department has submitted; late ones are named. */
export function departmentReportCompletion(
  departments: { id: string; name: string }[],
  reports: { departmentId: string; status: 'draft' | 'submitted'; submittedAt: string | null }[],
  due: IsoDate,
  today: IsoDate,
): DepartmentReportCompletion {
  const rows = departments.map((department) => {
    const report = reports.find((r) => r.departmentId === department.id);
    const state: DepartmentReportState =
      report?.status === 'submitted'
        ? 'submitted'
        : today > due
          ? 'late'
          : report?.status === 'draft'
            ? 'draft'
            : 'notStarted';
    return { departmentId: department.id, name: department.name, state, submittedAt: report?.submittedAt ?? null };
  });
  return { done: rows.length > 0 && rows.every((row) => row.state === 'submitted'), departments: rows };
}
