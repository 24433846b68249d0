import type { ReportJson, ReportOverviewJson } from '../../../../api/contract/reports.js';

// The report routes' answers, as their response schemas say.
export type { ReportJson, ReportOverviewJson };
