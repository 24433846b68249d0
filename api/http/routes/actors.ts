import { z } from 'zod';
import { actorInputSchema, actorKindSchema } from '../../domain/organisation.js';
import type { AppContext } from '../../app-context.js';
import { crudRoutes } from './crud-routes.js';

export const actorSchema = z
  .object({
    id: z.string(),
    etag: z.string(),
    name: z.string(),
    kind: actorKindSchema,
    contact: z.string(),
    councilParticipant: z.boolean(),
  })
  .meta({ id: 'Actor' });

export const actorRoutes = (ctx: AppContext) =>
  crudRoutes({
    path: '/api/actors',
    tag: 'Organisation',
    noun: { sv: 'Aktören', en: 'The actor' },
    collection: ctx.organisation.actors,
    input: actorInputSchema,
    output: actorSchema,
    readers: 'signedIn',
    writers: ['SecurityChief'],
    present: async (actors) => actors.map(({ id, etag, name, kind, contact, councilParticipant }) => ({ id, etag, name, kind, contact, councilParticipant })),
  });
