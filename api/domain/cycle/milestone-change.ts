import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import { isoDateSchema } from '../iso-date.js';
import { ksParagraphSchema } from '../ks-paragraph.js';

/** A milestone moved to another date (with why), or an event outside the product marked done. */
export const milestoneChangeSchema = z
  .object({
    due: isoDateSchema.nullable().optional(),
    reason: z.string().trim().max(500).nullable().optional(),
    done: z
      .object({
        doneAt: isoDateSchema,
        decisionParagraph: ksParagraphSchema.nullable().optional(),
        note: z.string().trim().max(1000).nullable().optional(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
  .refine((change) => change.due !== undefined || change.done !== undefined, {
    error: bilingual('ange due (nytt datum) eller done (markera klar)', 'give due (a new date) or done (mark as done)'),
  });
