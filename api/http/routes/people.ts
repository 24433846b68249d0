import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import type { AppContext } from '../../app-context.js';
import { fieldError } from '../errors.js';
import { defineRoute } from '../route.js';
import { describePeople } from './describe-people.js';
import { directorySearchSchema, personaSchema } from '../../contract/people.js';

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
      return {
        body: {
          people: seesBob
            ? people
            : people.map((person) => ({ ...person, roles: person.roles.filter((role) => role !== 'BobMember') })),
        },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/directory/people',
    summary: 'Sök personer i katalogen (Entra ID; demopersoner lokalt) / search the directory',
    tags: ['Organisation'],
    access: ['SecurityChief'],
    query: z.object({
      q: z
        .string({ error: bilingual('ange minst två tecken att söka på', 'give at least two characters to search for') })
        .trim()
        .min(2, { error: bilingual('ange minst två tecken att söka på', 'give at least two characters to search for') })
        .max(100),
    }),
    responses: {
      200: {
        description: 'Träffar',
        schema: directorySearchSchema,
      },
    },
    handler: async ({ query }) => ({
      body: { source: ctx.people.directory.source, people: await ctx.people.search(query.q) },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/people',
    summary: 'Lägg till en person från katalogen / add a person from the directory',
    tags: ['Organisation'],
    access: ['SecurityChief'],
    body: z.object({ objectId: z.string().trim().min(1).max(64) }),
    responses: { 201: { description: 'Personen', schema: personaSchema } },
    handler: async ({ body, caller }) => {
      const person = await ctx.people.ensure(body.objectId, caller.id);
      if (!person)
        throw fieldError('objectId', 'personen finns inte i katalogen', 'the person is not in the directory');
      const described = (await describePeople(ctx.organisation)).find((p) => p.id === person.objectId)!;
      return {
        status: 201,
        body: {
          ...described,
          roles: described.roles.filter((role) => role !== 'BobMember' || caller.roles.includes('BobMember')),
        },
      };
    },
  }),
];
