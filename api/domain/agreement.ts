import { z } from 'zod';
import { textLimits } from './text-limits.js';
import { bilingual } from '../i18n/bilingual.js';
import { addDays } from './calendar-date.js';
import type { IsoDate } from './cycle/calendar.js';
import { isoDateSchema } from './iso-date.js';
import { freeText } from './personal-data.js';

/** A written cooperation agreement (skriftlig överenskommelse om samverkan) with one actor. */
export const agreementInputSchema = z
  .object({
    actorId: z
      .string({ error: bilingual('välj aktören överenskommelsen gäller', 'choose the actor the agreement is with') })
      .min(1, { error: bilingual('välj aktören överenskommelsen gäller', 'choose the actor the agreement is with') })
      .max(64),
    title: freeText(200).pipe(
      z.string().min(1, { error: bilingual('ange vad överenskommelsen gäller', 'say what the agreement is about') }),
    ),
    signedOn: isoDateSchema,
    /** null: valid until further notice. */
    validUntil: isoDateSchema.nullable().default(null),
    note: freeText(textLimits.comment).default(''),
  })
  .refine((agreement) => agreement.validUntil === null || agreement.signedOn <= agreement.validUntil, {
    path: ['validUntil'],
    error: bilingual(
      '”Gäller till” kan inte ligga före undertecknandet',
      '“Valid until” cannot be before it was signed',
    ),
  });
export type AgreementInput = z.infer<typeof agreementInputSchema>;

/** The stored agreement: the input plus the path of its signed document in the council library, once uploaded. */
export const agreementRecordSchema = z.object({
  actorId: z.string(),
  title: z.string(),
  signedOn: z.string(),
  validUntil: z.string().nullable(),
  note: z.string().default(''),
  documentPath: z.string().nullable().default(null),
});
export type AgreementRecord = z.infer<typeof agreementRecordSchema>;

export type AgreementState = 'valid' | 'expiringSoon' | 'expired' | 'untilFurtherNotice';

/** How long before an agreement runs out the säkerhetschef is reminded, and the tab flags it. */
export const agreementWarningDays = 90;

export function agreementState(agreement: Pick<AgreementRecord, 'validUntil'>, today: IsoDate): AgreementState {
  if (agreement.validUntil === null) return 'untilFurtherNotice';
  if (agreement.validUntil < today) return 'expired';
  return addDays(today, agreementWarningDays) >= agreement.validUntil ? 'expiringSoon' : 'valid';
}

/** The reminder is sent once per agreement and end date, on the first day inside the warning window. */
export function agreementReminderDay(agreement: Pick<AgreementRecord, 'validUntil'>): IsoDate | null {
  return agreement.validUntil === null ? null : addDays(agreement.validUntil, -agreementWarningDays);
}
