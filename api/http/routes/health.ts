import { storeReadiness } from '../../store/store-readiness.js';
import type { AppContext } from '../../app-context.js';
import { healthSchema, readinessSchema } from '../../contract/operations.js';
import { defineRoute } from '../route.js';

export const healthRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Tjänsten lever (för App Service hälsokontroll) / liveness',
    tags: ['Drift'],
    access: 'public',
    // Liveness only: the process runs with a valid configuration (it would not have started otherwise). The
    // store is reported by /api/health/ready, so SharePoint throttling never makes App Service recycle a
    // healthy instance.
    responses: { 200: { description: 'Processen lever', schema: healthSchema } },
    handler: async () => ({
      body: { status: 'ok', store: ctx.store.kind, authMode: ctx.authenticator.mode, version: ctx.version },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/health/ready',
    summary: 'Kan tjänsten arbeta: når den lagringen? / readiness',
    tags: ['Drift'],
    access: 'public',
    responses: {
      200: {
        description: 'Lagringen svarar (eller begränsar takten, vilket gäller alla instanser lika)',
        schema: readinessSchema,
      },
      503: { description: 'Lagringen nås inte', schema: readinessSchema },
    },
    handler: async () => {
      const { state, error } = await storeReadiness(ctx.store);
      if (error) ctx.logger.warn({ err: error, state }, 'store not ready');
      const ready = state !== 'unreachable';
      return {
        status: ready ? 200 : 503,
        body: { status: ready ? 'ready' : 'unavailable', store: { kind: ctx.store.kind, state }, version: ctx.version },
      };
    },
  }),
];
