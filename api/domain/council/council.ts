import { z } from 'zod';
import { textLimits } from '../text-limits.js';
import { isoDateSchema } from '../iso-date.js';
import { freeText } from '../personal-data.js';
import { actorsMax } from '../organisation.js';
import { atMostRows } from '../../i18n/limits.js';
import type { AnnualSectionId } from '../situation/annual-sections.js';

/**
 * The council of a year as the säkerhetschef plans it. Its date is the årshjul's `strategic-council` milestone
 * and the actors' due date the `actor-situation-request` milestone, so the wheel and the council never disagree.
 */
export const councilSetupSchema = z.object({
  date: isoDateSchema,
  place: freeText(200).default(''),
  // Sent twice, an actor is invited once (the service keeps each once).
  invitedActorIds: z
    .array(z.string().min(1).max(64))
    .max(actorsMax, { error: atMostRows(actorsMax, { sv: 'aktörer', en: 'actors' }) })
    .default([]),
});
export type CouncilSetup = z.infer<typeof councilSetupSchema>;

/** The municipality's and the police's joint preparation (milestone `council-preparation`). */
export const preparationSchema = z.object({
  notes: freeText(textLimits.document),
  /** Marks the preparation milestone done (true) or open again (false). */
  done: z.boolean().default(false),
});
export type Preparation = z.infer<typeof preparationSchema>;

/** Whether an invited actor's written lägesbild has come in, and the file the säkerhetschef uploaded for it. */
export const materialUpdateSchema = z.object({
  receivedOn: isoDateSchema.nullable(),
  note: freeText(1000).default(''),
});
export type MaterialUpdate = z.infer<typeof materialUpdateSchema>;

/**
 * An actor's written lägesbild written in the tab instead of a file: a text under each heading of the annual
 * lägesbild it feeds, so the säkerhetschef finds each actor's part where it belongs.
 */
const sectionText = () => freeText(textLimits.description).default('');
export const writtenMaterialSchema = z
  .object({
    summary: sectionText(),
    problemPicture: sectionText(),
    causeAnalysis: sectionText(),
    actionsTaken: sectionText(),
    actionsPlanned: sectionText(),
    newPhenomena: sectionText(),
  } satisfies Record<AnnualSectionId, unknown>)
  .strict();
export type WrittenMaterial = z.infer<typeof writtenMaterialSchema>;
