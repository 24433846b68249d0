import type { PeriodDocumentSavedBody } from '../../../../api/contract/documents.js';
import type { CompilationJson } from '../../../../api/contract/situation.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export const compilationKeys = {
  all: ['situation', 'compilations'] as const,
  quarter: (year: number, quarter: number) => ['situation', 'compilations', year, quarter] as const,
};

/** A quarter of the lägesbild: counts per category and area with comparisons, the trend, new phenomena. */
export const useCompilation = (year: number | undefined, quarter: number | undefined) =>
  useResource<CompilationJson>(
    year === undefined || quarter === undefined ? compilationKeys.all : compilationKeys.quarter(year, quarter),
    year === undefined || quarter === undefined ? undefined : `/api/situation/compilations/${year}/${quarter}`,
  );

/** Saves the quarter as a Word document; answers the document's new version. */
export const useSaveCompilationDocument = (year: number, quarter: number) =>
  useChange<PeriodDocumentSavedBody>([compilationKeys.quarter(year, quarter)]);
