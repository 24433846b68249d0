import { z } from 'zod';
import type { AppContext } from '../context.js';
import { defineRoute } from '../route.js';
import { describePeople } from './describe-people.js';
import { personaSchema } from './people-schemas.js';

export const peopleRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/people',
    summary: 'Personer i organisationen / people in the organisation',
    tags: ['Organisation'],
    access: ['SecurityChief'],
    responses: { 200: { description: 'OK', schema: z.object({ people: z.array(personaSchema) }) } },
    handler: async () => ({ body: { people: await describePeople(ctx.organisation) } }),
  }),
];
