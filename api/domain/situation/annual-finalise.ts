import { z } from 'zod';

/** Fastställ of the annual lägesbild: why, when the fourth quarter is not compiled. */
export const annualFinaliseSchema = z.object({ overrideReason: z.string().trim().max(500).nullable().default(null) });
