import type { CommitmentResultsJson } from '../../../../api/contract/council.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export type { CommitmentResultsJson };

export const commitmentResultKeys = { year: (year: number) => ['commitment-results', year] as const };

/** What was promised at a year's council and what became of each commitment. */
export const useCommitmentResults = (year: number) =>
  useResource<CommitmentResultsJson>(commitmentResultKeys.year(year), `/api/councils/${year}/commitments`);

/** Reports what became of one commitment. */
export const useReportCommitmentResult = (year: number) => useChange([commitmentResultKeys.year(year)]);
