import { z } from 'zod';
import { textLimits } from './text-limits.js';
import { bilingual } from '../i18n/bilingual.js';
import { atMostRows } from '../i18n/limits.js';
import { isoDateSchema } from './iso-date.js';
import { freeText } from './personal-data.js';

/**
 * A meeting of the BOB steering group (barn och unga i organiserad brottslighet). Its notes describe
 * situations and measures, never named children: personal identity numbers are refused like everywhere else.
 */
export const bobMeetingInputSchema = z.object({
  date: isoDateSchema,
  title: freeText(200).pipe(z.string().min(1, { error: bilingual('ange mötets rubrik', 'give the meeting a title') })),
  place: freeText(200).default(''),
  attendees: freeText(1000).default(''),
  notes: freeText(textLimits.document).default(''),
});
export type BobMeetingInput = z.infer<typeof bobMeetingInputSchema>;

export const bobMeetingRecordSchema = z.object({
  date: z.string(),
  title: z.string(),
  place: z.string().default(''),
  attendees: z.string().default(''),
  notes: z.string().default(''),
  documentPath: z.string().nullable().default(null),
});
export type BobMeetingRecord = z.infer<typeof bobMeetingRecordSchema>;

/** Who the BOB group is: the people holding the BobMember role; by default KS ordförande, säkerhetschef, kommundirektör. */
export const bobMembersInputSchema = z.object({
  objectIds: z
    .array(z.string().min(1).max(64))
    .min(1, { error: bilingual('BOB-gruppen måste ha minst en medlem', 'the BOB group must have at least one member') })
    .max(50, { error: atMostRows(50, { sv: 'medlemmar', en: 'members' }) }),
});
