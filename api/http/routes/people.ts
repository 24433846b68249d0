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
    handler: async ({ caller }) => {
      const people = await describePeople(ctx.organisation);
      // Who is in BOB is itself BOB material: only the group sees the role on anyone.
      const seesBob = caller.roles.includes('BobMember');
      return { body: { people: seesBob ? people : people.map((person) => ({ ...person, roles: person.roles.filter((role) => role !== 'BobMember') })) } };
    },
  }),
];
