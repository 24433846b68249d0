import { z } from 'zod';

/** GET /api/health: the process runs, which store it uses, how people sign in. */
export const healthSchema = z
  .object({
    status: z.literal('ok'),
    store: z.enum(['embedded', 'sharepoint']),
    authMode: z.enum(['local', 'entra']),
    version: z.string(),
  })
  .meta({ id: 'Health' });

/** GET /api/ready: whether the store answers. */
export const readinessSchema = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    store: z.object({ kind: z.enum(['embedded', 'sharepoint']), state: z.enum(['ok', 'throttled', 'unreachable']) }),
    version: z.string(),
  })
  .meta({ id: 'Readiness' });

/** POST /api/reach/{objectId}/install: whether the person can be reached now, and if not why. */
export const reachSchema = z.object({ reachable: z.boolean(), reason: z.string().nullable() }).meta({ id: 'Reach' });

export type HealthJson = z.infer<typeof healthSchema>;
export type ReachJson = z.infer<typeof reachSchema>;
