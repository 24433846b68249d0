import { z } from 'zod';
import { errorCodes } from '../domain/errors/error-codes.js';

export type { ErrorCode } from '../domain/errors/error-codes.js';

/** Every error the API answers: a code from the catalogue, the Swedish text and its English twin, the fields at fault. */
export const errorBodySchema = z
  .object({
    error: z.enum(errorCodes),
    message: z.string(),
    messageEn: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string(), messageEn: z.string() })).optional(),
    current: z.unknown().optional(),
  })
  .meta({ id: 'Error' });
