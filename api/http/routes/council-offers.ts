import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import type { AppContext } from '../../app-context.js';
import { defineRoute } from '../route.js';
import { yearParams } from '../schemas.js';
import { actionSchema } from './action-plans.js';
import { offerSchema } from '../../contract/council.js';

const offerParams = yearParams.extend({
  commitmentId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: bilingual('ogiltigt åtagande-id', 'invalid commitment id') }),
});

export const councilOfferRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/action-plans/{year}/council-offers',
    summary:
      'Kommunens åtaganden från förra årets råd, att ta in i del 4 / the municipality’s commitments from last year’s council, for part 4',
    tags: ['Åtgärdsplan'],
    access: ['SecurityChief'],
    params: yearParams,
    responses: { 200: { description: 'Åtagandena', schema: z.object({ offers: z.array(offerSchema) }) } },
    handler: async ({ params }) => ({ body: { offers: await ctx.councilOffers.offers(params.year) } }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/action-plans/{year}/council-offers/{commitmentId}',
    summary: 'Ta in åtagandet som en åtgärd i del 4 / take the commitment in as a part-4 action',
    tags: ['Åtgärdsplan'],
    access: ['SecurityChief'],
    params: offerParams,
    responses: { 201: { description: 'Åtgärden', schema: actionSchema } },
    handler: async ({ params, caller }) => {
      const action = await ctx.councilOffers.take(params.year, params.commitmentId, caller.id);
      return { status: 201, body: action, headers: { ETag: action.etag } };
    },
  }),
];
