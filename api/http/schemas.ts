import { z } from 'zod';

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
