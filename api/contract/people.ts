import { z } from 'zod';
import { roleSchema } from '../domain/roles.js';

export const personaSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    title: z.string(),
    roles: z.array(roleSchema),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
  })
  .meta({ id: 'Persona' });

export const meSchema = personaSchema
  .extend({
    can: z.object({
      editOrganisation: z.boolean(),
      editCycle: z.boolean(),
      submitDepartmentReport: z.boolean(),
      seeBob: z.boolean(),
      seeCouncil: z.boolean(),
      seeReports: z.boolean(),
      seeActionPlan: z.boolean(),
      writeActorEntries: z.boolean(),
      importSituation: z.boolean(),
    }),
    /** The actor the person speaks for in the council, if any. */
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    /** Where to report an accessibility problem, as the municipality configured it; null when it did not. */
    accessibilityContact: z.string().nullable(),
  })
  .meta({ id: 'Me' });

/** A person of the municipality's directory, as the people picker shows them. */
export const directoryPersonSchema = z.object({
  objectId: z.string(),
  displayName: z.string(),
  mail: z.string(),
  userPrincipalName: z.string(),
  jobTitle: z.string(),
});
export const directorySearchSchema = z
  .object({ source: z.enum(['entra', 'demo']), people: z.array(directoryPersonSchema.extend({ known: z.boolean() })) })
  .meta({ id: 'DirectorySearch' });

export type PersonaJson = z.infer<typeof personaSchema>;
export type MeJson = z.infer<typeof meSchema>;
export type DirectoryMatchJson = z.infer<typeof directorySearchSchema>['people'][number];
