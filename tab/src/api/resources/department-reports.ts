import type { ReachJson } from '../../../../api/contract/operations.js';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import type { ReportJson, ReportOverviewJson } from '../../../../api/contract/reports.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { cycleKeys } from './cycles.js';

export const departmentReportKeys = {
  all: ['department-reports'] as const,
  overview: (year: number) => ['department-reports', year, 'overview'] as const,
  report: (year: number, departmentId: string) => ['department-reports', year, 'department', departmentId] as const,
};

/** The year's November reports: each department's state, and whether its head can be reached. */
export const useReportOverview = (year: number | undefined) =>
  useResource<ReportOverviewJson>(
    year === undefined ? departmentReportKeys.all : departmentReportKeys.overview(year),
    year === undefined ? undefined : `/api/cycles/${year}/reports`,
  );

/** One department's report with the department's actions and the categories to choose from. */
export const useDepartmentReport = (year: number, departmentId: string) =>
  useResource<ReportJson>(
    departmentReportKeys.report(year, departmentId),
    `/api/cycles/${year}/reports/${departmentId}`,
  );

/** Saves or submits a department's report with the ETag it was read with; the overview and the årshjul follow. */
export const useSaveDepartmentReport = (year: number, departmentId: string) =>
  useChange<ReportJson>([
    departmentReportKeys.report(year, departmentId),
    departmentReportKeys.overview(year),
    cycleKeys.all,
  ]);

/** Saves every report of the year as one Word document in the library: a new version, which the overview shows. */
export const useSaveReportsDocument = (year: number) =>
  useChange<DocumentInfoBody>([departmentReportKeys.overview(year)]);

/** Installs the app for a head who cannot be reached yet; the overview says whether the head is reachable now. */
export const useInstallForHead = (year: number) => useChange<ReachJson>([departmentReportKeys.overview(year)]);
