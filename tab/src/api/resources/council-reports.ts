import type { MunicipalCouncilReportJson } from '../../../../api/contract/council.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export const councilReportKeys = {
  all: ['council-reports'] as const,
  year: (year: number) => ['council-reports', year] as const,
};

/** The April report to kommunfullmäktige for one year, gathered from the year's material. */
export const useCouncilReport = (year: number | undefined) =>
  useResource<MunicipalCouncilReportJson>(
    year === undefined ? councilReportKeys.all : councilReportKeys.year(year),
    year === undefined ? undefined : `/api/council-reports/${year}`,
  );

/** Writes the report's coordination text; answers the report as saved. */
export const useSaveCoordination = (year: number) =>
  useChange<MunicipalCouncilReportJson>([councilReportKeys.year(year)]);
