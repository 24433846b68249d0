import { z } from 'zod';
import { textLimits } from '../text-limits.js';
import { freeText } from '../personal-data.js';

/** How a commitment made at the council went, as its actor reports it before the next council. */
export const commitmentOutcomeSchema = z.enum(['done', 'inProgress', 'notDone']);
export type CommitmentOutcome = z.infer<typeof commitmentOutcomeSchema>;

export const commitmentOutcomeTitles: Record<CommitmentOutcome, { sv: string; en: string }> = {
  done: { sv: 'Genomfört', en: 'Done' },
  inProgress: { sv: 'Pågår', en: 'In progress' },
  notDone: { sv: 'Inte genomfört', en: 'Not done' },
};

export const commitmentResultInputSchema = z
  .object({
    outcome: commitmentOutcomeSchema,
    /** What was done, in a sentence or two. */
    text: freeText(textLimits.note).default(''),
  })
  .strict();
export type CommitmentResultInput = z.infer<typeof commitmentResultInputSchema>;
