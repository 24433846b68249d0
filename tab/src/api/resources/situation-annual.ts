import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import type { AnnualJson, AnnualSectionJson } from '../../../../api/contract/situation.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export const annualKeys = {
  all: ['situation', 'annual'] as const,
  year: (year: number) => ['situation', 'annual', year] as const,
};

/** The annual lägesbild of a work year: its six sections and the material gathered for them. */
export const useAnnual = (year: number | undefined) =>
  useResource<AnnualJson>(
    year === undefined ? annualKeys.all : annualKeys.year(year),
    year === undefined ? undefined : `/api/situation/annual/${year}`,
  );

/** Writes one section's text; answers the section with its new ETag. */
export const useSaveAnnualSection = (year: number) => useChange<AnnualSectionJson>([annualKeys.year(year)]);

/** Saves the year's Word document, or fastställer it; answers the document's new version. */
export const useAnnualDocument = (year: number) => useChange<DocumentInfoBody>([annualKeys.year(year)]);
