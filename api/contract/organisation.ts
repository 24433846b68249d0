import { z } from 'zod';
import { actorKindSchema } from '../domain/organisation.js';

/** What the organisation's routes answer: departments with their heads, actors with their people. */
export const departmentSchema = z
  .object({
    id: z.string(),
    etag: z.string(),
    name: z.string(),
    headId: z.string().nullable(),
    headName: z.string().nullable(),
  })
  .meta({ id: 'Department' });

export const actorSchema = z
  .object({
    id: z.string(),
    etag: z.string(),
    name: z.string(),
    kind: actorKindSchema,
    contact: z.string(),
    councilParticipant: z.boolean(),
    /** The people who speak for the actor, with their names. */
    members: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: 'Actor' });

export type DepartmentJson = z.infer<typeof departmentSchema>;
export type ActorJson = z.infer<typeof actorSchema>;
