import { cycleTemplateInputSchema } from '../../domain/cycle/index.js';
import type { AppContext } from '../../app-context.js';
import { cycleTemplateResponseSchema } from '../../contract/cycle-template.js';
import { defineRoute } from '../route.js';

export const cycleTemplateRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/cycle-template',
    summary: 'Kommunens mall för årshjulet / the municipality’s cycle template',
    tags: ['Årshjul'],
    access: 'signedIn',
    responses: { 200: { description: 'Mallen', schema: cycleTemplateResponseSchema } },
    handler: async () => {
      const current = await ctx.settings.cycleTemplate();
      return { body: current, headers: { ETag: current.etag } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/cycle-template',
    summary: 'Ändra mallen för årshjulet / change the cycle template',
    tags: ['Årshjul'],
    access: ['SecurityChief'],
    body: cycleTemplateInputSchema,
    requiresIfMatch: true,
    responses: {
      200: { description: 'Sparad', schema: cycleTemplateResponseSchema },
      412: { description: 'Någon annan har ändrat mallen' },
    },
    handler: async ({ body, caller, ifMatch }) => {
      const saved = await ctx.settings.saveCycleTemplate(body, ifMatch!, caller.id);
      return { body: saved, headers: { ETag: saved.etag } };
    },
  }),
];
