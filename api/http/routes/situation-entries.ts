import { z } from 'zod';
import { allRoles } from '../../domain/roles.js';
import { bilingual } from '../../i18n/bilingual.js';
import { entryInputSchema, entryQuerySchema } from '../../domain/situation/entry-query.js';
import { categoriesResponse, entrySchema, pageSchema, placesResponse } from '../../contract/situation-entries.js';
import { entryCategoriesSchema } from '../../domain/situation/entry.js';
import type { AppContext } from '../../app-context.js';
import { defineRoute } from '../route.js';
// A BOB entry's id names its list (situation-entry-repository.ts); anyone outside BOB gets 404 for it either way.
const entryIdParams = z.object({
  id: z.string().regex(/^(bob-)?\d+$/, { error: bilingual('ogiltigt post-id', 'invalid entry id') }),
});

// A council member writes only with an actor to speak for (Inställningar › Aktörer); the service checks which.
const writers = ['SecurityChief', 'DepartmentHead', 'CouncilMember'] as const;

export const situationEntryRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/situation/entries',
    summary: 'Lägesbildens poster, filtrerade och sökta / the situation picture’s entries, filtered and searched',
    tags: ['Lägesbild'],
    access: allRoles,
    query: entryQuerySchema,
    responses: { 200: { description: 'Poster, nyast först', schema: pageSchema } },
    handler: async ({ query, caller }) => ({ body: await ctx.situation.list(query, caller) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/situation/places',
    summary: 'Platser att välja bland när en post skrivs / places to choose from when an entry is written',
    tags: ['Lägesbild'],
    access: allRoles,
    responses: {
      200: { description: 'Kartans områden och de senaste två årens räknade platser', schema: placesResponse },
    },
    // BOB entries' places only for the group: a place can tell what happened where.
    handler: async ({ caller }) => ({
      body: { places: await ctx.compilations.places(caller.roles.includes('BobMember')) },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/entries',
    summary: 'Ny post i lägesbilden / a new entry',
    tags: ['Lägesbild'],
    access: writers,
    body: entryInputSchema,
    responses: { 201: { description: 'Posten', schema: entrySchema } },
    handler: async ({ body, caller }) => {
      const entry = await ctx.situation.create(body, caller);
      return { status: 201, body: entry, headers: { ETag: entry.etag } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/situation/entries/{id}',
    summary: 'En post / one entry',
    tags: ['Lägesbild'],
    access: allRoles,
    params: entryIdParams,
    responses: { 200: { description: 'Posten', schema: entrySchema } },
    handler: async ({ params, caller }) => {
      const entry = await ctx.situation.get(params.id, caller);
      return { body: entry, headers: { ETag: entry.etag } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/situation/entries/{id}',
    summary: 'Ändra en post / change an entry',
    tags: ['Lägesbild'],
    access: writers,
    params: entryIdParams,
    body: entryInputSchema,
    requiresIfMatch: true,
    responses: { 200: { description: 'Posten', schema: entrySchema } },
    handler: async ({ params, body, ifMatch, caller }) => {
      const entry = await ctx.situation.update(params.id, ifMatch!, body, caller);
      return { body: entry, headers: { ETag: entry.etag } };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/situation/entries/{id}',
    summary: 'Ta bort en post / remove an entry',
    tags: ['Lägesbild'],
    access: writers,
    params: entryIdParams,
    requiresIfMatch: true,
    responses: { 204: { description: 'Borttagen' } },
    handler: async ({ params, ifMatch, caller }) => {
      await ctx.situation.delete(params.id, ifMatch!, caller);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/situation/categories',
    summary: 'Kategorierna för lägesbildens poster / the entry categories',
    tags: ['Lägesbild'],
    access: 'signedIn',
    responses: { 200: { description: 'Kategorierna', schema: categoriesResponse } },
    handler: async ({ caller }) => {
      const current = await ctx.situation.categories(caller);
      return { body: current, headers: { ETag: current.etag } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/situation/categories',
    summary: 'Ändra kategorierna / change the categories',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    body: z.object({ categories: entryCategoriesSchema }),
    requiresIfMatch: true,
    responses: { 200: { description: 'Sparade', schema: categoriesResponse } },
    handler: async ({ body, ifMatch, caller }) => {
      const saved = await ctx.situation.saveCategories(body.categories, ifMatch!, caller);
      return { body: saved, headers: { ETag: saved.etag } };
    },
  }),
];
