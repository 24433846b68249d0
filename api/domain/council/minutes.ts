import { z } from 'zod';
import { textLimits } from '../text-limits.js';
import { bilingual } from '../../i18n/bilingual.js';
import { atMostRows } from '../../i18n/limits.js';
import { isoDateSchema } from '../iso-date.js';
import { freeText } from '../personal-data.js';
import { actorIdList } from '../organisation.js';

const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: bilingual('ogiltigt rad-id', 'invalid row id') });

/**
 * What someone at the council committed to: an actor, or the municipality (optionally one department).
 * The municipality's commitments are offered as part-4 actions of next year's plan.
 */
const commitmentFields = {
  id: rowId,
  actorId: z.string().min(1).max(64).nullable().default(null),
  departmentId: z.string().min(1).max(64).nullable().default(null),
  what: freeText(textLimits.note).pipe(
    z.string().min(1, { error: bilingual('ange vad som åtogs', 'say what was committed to') }),
  ),
};

export const commitmentSchema = z
  .object({ ...commitmentFields, byWhen: isoDateSchema.nullable().default(null) })
  .refine((commitment) => !(commitment.actorId && commitment.departmentId), {
    path: ['actorId'],
    error: bilingual(
      'ett åtagande är en aktörs eller kommunens, inte bådas',
      'a commitment is an actor’s or the municipality’s, not both',
    ),
  });
export type Commitment = z.infer<typeof commitmentSchema>;

/** How many rows each of the minutes' lists holds: the tab's add buttons stop there. */
export const minutesRowLimits = { decisions: 100, commitments: 200 } as const;

export const minutesSchema = z.object({
  attendingActorIds: actorIdList().default([]),
  decisions: z
    .array(
      z.object({
        id: rowId,
        text: freeText(textLimits.comment).pipe(
          z.string().min(1, { error: bilingual('skriv beslutet', 'write the decision') }),
        ),
      }),
    )
    .max(minutesRowLimits.decisions, {
      error: atMostRows(minutesRowLimits.decisions, { sv: 'beslut', en: 'decisions' }),
    })
    .default([]),
  commitments: z
    .array(commitmentSchema)
    .max(minutesRowLimits.commitments, {
      error: atMostRows(minutesRowLimits.commitments, { sv: 'åtaganden', en: 'commitments' }),
    })
    .default([]),
  notes: freeText(textLimits.document).default(''),
});
export type Minutes = z.infer<typeof minutesSchema>;

export const isMunicipalityCommitment = (commitment: Commitment) => commitment.actorId === null;

/**
 * Minutes as read back: a date the rule of the day refuses (minutes saved before the years were bounded) is
 * still read, so the council opens and the date can be put right, rather than the whole view failing.
 */
export const storedMinutesSchema = minutesSchema.extend({
  commitments: z
    .array(z.object({ ...commitmentFields, byWhen: z.string().nullable().default(null) }))
    .max(200)
    .default([]),
});
