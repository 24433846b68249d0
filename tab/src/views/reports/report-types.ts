import type { DepartmentReportState } from '../../../../api/domain/cycle/index.js';
import type { DepartmentReportContent } from '../../../../api/domain/department-report.js';

export interface ReportOverviewJson {
  year: number;
  due: string;
  departments: {
    departmentId: string;
    name: string;
    headId: string | null;
    state: DepartmentReportState;
    submittedAt: string | null;
    reachable: boolean;
    /** For the säkerhetschef: since when a reminder has waited for the head, and why. */
    waitingSince?: string | null;
    unreachableReason?: string | null;
  }[];
  canInstall?: boolean;
}

export interface ReportJson {
  year: number;
  due: string;
  department: { id: string; name: string };
  actions: { id: string; title: string; part: number }[];
  status: 'notStarted' | 'draft' | 'submitted';
  content: DepartmentReportContent | null;
  id: string | null;
  etag: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  categories: { id: string; sv: string; en: string }[];
  canChange: boolean;
}
