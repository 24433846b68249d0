import { z } from 'zod';

/** What GET /api/history answers: who changed which field from what to what, newest first. */
const changeSchema = z.object({ field: z.string(), before: z.string(), after: z.string() });
export const historySchema = z
  .object({
    entries: z.array(
      z.object({
        at: z.string(),
        by: z.string(),
        byName: z.string(),
        action: z.enum(['created', 'changed']),
        changes: z.array(changeSchema),
      }),
    ),
  })
  .meta({ id: 'History' });

export type HistoryJson = z.infer<typeof historySchema>;
