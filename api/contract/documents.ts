import { z } from 'zod';
import { retentionSchema } from '../domain/records/records.js';

/** A document's records metadata as answers give it: its class, diarienummer and the day it was fastställd. */
export const registrationBodySchema = z
  .object({
    diarienummer: z.string().nullable(),
    handlingstyp: z.string(),
    sekretess: z.string().nullable(),
    bevarande: retentionSchema,
    gallringsfrist: z.string().nullable(),
    faststalld: z.string().nullable(),
  })
  .meta({ id: 'Registration' });

/** A saved Word document as answers name it: its version, when, where in which library, and its registration. */
export const documentInfoSchema = z
  .object({
    version: z.string(),
    modifiedAt: z.string(),
    path: z.string(),
    library: z.string(),
    registration: registrationBodySchema.nullable(),
  })
  .meta({ id: 'DocumentInfo' });
export type DocumentInfoBody = z.infer<typeof documentInfoSchema>;

/** A saved document of a period, and whether saving it marked its milestone done (not while the period runs). */
export const periodDocumentSavedSchema = documentInfoSchema
  .extend({ milestoneDone: z.boolean() })
  .meta({ id: 'PeriodDocumentSaved' });
export type PeriodDocumentSavedBody = z.infer<typeof periodDocumentSavedSchema>;
export type RegistrationBody = z.infer<typeof registrationBodySchema>;
