import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { Caller } from '../../auth/caller.js';
import { recordsPlanBodySchema } from '../../contract/records.js';
import { recordsPlanSchema, registrationSchema } from '../../domain/records/records.js';
import { type DocumentLibraryId, documentLibraries, mayRead } from '../../documents/libraries.js';
import { bilingual } from '../../i18n/bilingual.js';
import { DocumentNotFound } from '../../services/records-service.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, documentInfoSchema } from '../schemas.js';

const tags = ['Registrering'];
const libraryNames = Object.values(documentLibraries).map((library) => library.name) as [string, ...string[]];
const documentQuery = z.object({
  library: z.enum(libraryNames, { error: bilingual('okänt dokumentbibliotek', 'unknown document library') }),
  path: z
    .string()
    .min(1)
    .max(400)
    .refine((path) => path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'), {
      error: bilingual('ogiltig sökväg', 'invalid path'),
    }),
});

/** What the caller may not read does not exist for them: the same 404 as an unknown document. */
function readable(library: string, caller: Caller): void {
  const id = (Object.keys(documentLibraries) as DocumentLibraryId[]).find(
    (key) => documentLibraries[key].name === library,
  )!;
  if (!mayRead(id, caller.roles)) throw new DocumentNotFound();
}

export const recordsRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/records/plan',
    summary: 'Dokumenthanteringsplanen / the records plan',
    tags,
    access: ['SecurityChief'],
    responses: { 200: { description: 'Planen, en rad per dokumentslag', schema: recordsPlanBodySchema } },
    handler: async () => {
      const current = await ctx.records.plan();
      return { body: current, headers: { ETag: current.etag } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/records/plan',
    summary: 'Ändra dokumenthanteringsplanen / change the records plan',
    tags,
    access: ['SecurityChief'],
    body: recordsPlanSchema,
    requiresIfMatch: true,
    responses: {
      200: { description: 'Sparad', schema: recordsPlanBodySchema },
      412: { description: 'Någon annan har ändrat planen' },
    },
    handler: async ({ body, caller, ifMatch }) => {
      const saved = await ctx.records.savePlan(body, ifMatch!, caller.id);
      return { body: saved, headers: { ETag: saved.etag } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/records/documents',
    summary: 'Ett dokuments registrering / a document’s registration',
    tags,
    access: 'signedIn',
    query: documentQuery,
    responses: {
      200: { description: 'Dokumentet med dess registrering', schema: documentInfoSchema },
      404: { description: 'Finns inte, eller är inte din att läsa' },
    },
    handler: async ({ query, caller }) => {
      readable(query.library, caller);
      const { info, registration } = await ctx.records.document(query.library, query.path);
      return { body: { ...documentInfoBody(info), registration } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/records/documents',
    summary: 'Registrera ett dokument / register a document',
    tags,
    access: ['SecurityChief'],
    query: documentQuery,
    body: registrationSchema,
    responses: {
      200: { description: 'Dokumentet med sin nya registrering', schema: documentInfoSchema },
      404: { description: 'Finns inte, eller är inte din att läsa' },
    },
    handler: async ({ query, body, caller }) => {
      readable(query.library, caller);
      return { body: documentInfoBody(await ctx.records.register(query.library, query.path, body, caller.id)) };
    },
  }),
];
