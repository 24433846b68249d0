import { z } from 'zod';

/**
 * The sections of the annual lägesbild (February), in the document's order. The action plan's problem
 * picture links to them by id, so they are fixed here and shared.
 */
export const annualSectionIdSchema = z.enum([
  'summary',
  'problemPicture',
  'causeAnalysis',
  'actionsTaken',
  'actionsPlanned',
  'newPhenomena',
]);
export type AnnualSectionId = z.infer<typeof annualSectionIdSchema>;

export const annualSectionTitles: Record<AnnualSectionId, { sv: string; en: string }> = {
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  problemPicture: { sv: 'Problembild per område och kategori', en: 'Problem picture by area and category' },
  causeAnalysis: { sv: 'Orsaksanalys', en: 'Cause analysis' },
  actionsTaken: { sv: 'Genomförda åtgärder', en: 'Actions taken' },
  actionsPlanned: { sv: 'Planerade åtgärder', en: 'Actions planned' },
  newPhenomena: { sv: 'Nya fenomen', en: 'New phenomena' },
};
