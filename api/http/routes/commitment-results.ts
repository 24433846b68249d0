import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import { commitmentResultInputSchema } from '../../domain/council/commitment-result.js';
import { commitmentsSchema as listSchema } from '../../contract/council.js';
import type { AppContext } from '../../app-context.js';
import { defineRoute } from '../route.js';
import { yearParams } from '../schemas.js';
import { councilReaders } from './councils.js';

const commitmentParams = yearParams.extend({
  commitmentId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: bilingual('ogiltigt åtagande-id', 'invalid commitment id') }),
});
const tags = ['Strategiskt råd'];

export const commitmentResultRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/councils/{year}/commitments',
    summary: 'Rådets åtaganden och hur de gick / the council’s commitments and what became of them',
    tags,
    access: councilReaders,
    params: yearParams,
    responses: { 200: { description: 'Åtagandena', schema: listSchema } },
    handler: async ({ params, caller }) => ({
      body: { year: params.year, commitments: await ctx.commitmentResults.list(params.year, caller) },
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/councils/{year}/commitments/{commitmentId}/result',
    summary: 'Rapportera hur ett åtagande gick / report what became of a commitment',
    tags,
    // The säkerhetschef for anyone, an actor's representative for the actor's own commitments.
    access: ['SecurityChief', 'CouncilMember'],
    params: commitmentParams,
    body: commitmentResultInputSchema,
    responses: { 200: { description: 'Åtagandena', schema: listSchema } },
    handler: async ({ params, body, caller }) => ({
      body: {
        year: params.year,
        commitments: await ctx.commitmentResults.report(params.year, params.commitmentId, body, caller),
      },
    }),
  }),
];
