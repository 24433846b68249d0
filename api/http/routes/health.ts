import { z } from 'zod';
import type { AppContext } from '../context.js';
import { defineRoute } from '../route.js';

const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    store: z.enum(['embedded', 'sharepoint']),
    authMode: z.enum(['local', 'entra']),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const healthRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Tjänstens hälsa / service health',
    tags: ['Drift'],
    access: 'public',
    responses: { 200: { description: 'OK', schema: healthSchema }, 503: { description: 'Lagringen svarar inte', schema: healthSchema } },
    handler: async () => {
      const storeUp = await ctx.store.ping().then(
        () => true,
        (error: unknown) => {
          ctx.logger.error({ err: error }, 'store ping failed');
          return false;
        },
      );
      return {
        status: storeUp ? 200 : 503,
        body: { status: storeUp ? 'ok' : 'degraded', store: ctx.store.kind, authMode: ctx.authenticator.mode, version: ctx.version },
      };
    },
  }),
];
