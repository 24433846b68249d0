import { z } from 'zod';
import { isoDateSchema } from '../domain/iso-date.js';
import { bilingual } from '../i18n/bilingual.js';

export const errorBodySchema = z
  .object({
    error: z.string(),
    message: z.string(),
    messageEn: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string(), messageEn: z.string() })).optional(),
    current: z.unknown().optional(),
  })
  .meta({ id: 'Error' });

export const idParams = z.object({ id: z.string().regex(/^\d+$/, { error: 'expected a numeric id' }) });

export const isoDate = isoDateSchema;

export const yearParams = z.object({
  year: z.coerce.number({ error: bilingual('ange ett årtal, till exempel 2026', 'give a year, for example 2026') }).int().min(2000).max(2100),
});
