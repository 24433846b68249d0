import type { TurnContext } from '@microsoft/agents-hosting';
import type { Caller } from '../api/auth/caller.js';
import type { OrganisationRepository } from '../api/repositories/organisation-repository.js';

/**
 * The person behind an activity, found by Entra object id. In local mode the Agents Playground or a test
 * plays a demo person by sending that person's id as from.aadObjectId.
 */
export async function callerOf(
  context: TurnContext,
  organisation: OrganisationRepository,
): Promise<Caller | undefined> {
  const objectId = context.activity.from?.aadObjectId;
  return objectId ? organisation.callerFor(objectId) : undefined;
}
