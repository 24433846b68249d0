import { z } from 'zod';

/** An import's job: rows being written, then entering the counts, then done, or failed. */
export const importStatusSchema = z.enum(['running', 'counting', 'done', 'failed']);
export type ImportStatus = z.infer<typeof importStatusSchema>;
