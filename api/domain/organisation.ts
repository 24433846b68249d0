import { z } from 'zod';
import { roleSchema } from './roles.js';
import { nameText } from './names.js';
import { distinctList } from './distinct-list.js';

const name = nameText(120);

export const departmentInputSchema = z.object({
  name,
  headId: z.string().trim().min(1).max(64).nullable().default(null),
});
export type DepartmentInput = z.infer<typeof departmentInputSchema>;

export const actorKindSchema = z.enum(['police', 'business', 'propertyOwner', 'church', 'civilSociety', 'other']);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const actorKindTitles: Record<ActorKind, { sv: string; en: string }> = {
  police: { sv: 'Polis', en: 'Police' },
  business: { sv: 'Näringsliv', en: 'Business' },
  propertyOwner: { sv: 'Fastighetsägare', en: 'Property owner' },
  church: { sv: 'Kyrka', en: 'Church' },
  civilSociety: { sv: 'Civilsamhälle', en: 'Civil society' },
  other: { sv: 'Övrig aktör', en: 'Other actor' },
};

/**
 * How many actors the list holds. A plan's warning sign, the council's invitations and its minutes' attendance
 * name actors from it, each up to as many, so ticking every actor is never refused.
 */
export const actorsMax = 100;

/** Actors named from the list: each once, at most all of them. */
export const actorIdList = () =>
  distinctList(z.string().trim().min(1).max(64), actorsMax, { sv: 'aktörer', en: 'actors' });

export const actorInputSchema = z.object({
  name,
  kind: actorKindSchema,
  contact: z.string().trim().max(200).default(''),
  councilParticipant: z.boolean().default(true),
  /** The people who speak for the actor (object ids, often guests in the tenant): they write its own entries and material. */
  memberIds: distinctList(z.string().trim().min(1).max(64), 50, { sv: 'företrädare', en: 'representatives' }).default(
    [],
  ),
});
export type ActorInput = z.infer<typeof actorInputSchema>;

export const personInputSchema = z.object({
  /** Entra object id; in local mode the demo persona's id. */
  objectId: z.string().trim().min(1).max(64),
  displayName: name,
  title: z.string().trim().max(120).default(''),
  email: z.string().trim().max(200).default(''),
  /** The sign-in name in Entra ID (the directory's userPrincipalName); empty for demo people. */
  userPrincipalName: z.preprocess((value) => value ?? '', z.string().trim().max(200)),
  roles: z.array(roleSchema).default([]),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export interface Department extends DepartmentInput {
  id: string;
  etag: string;
}
export interface Actor extends ActorInput {
  id: string;
  etag: string;
}
export interface Person extends PersonInput {
  id: string;
  etag: string;
}
