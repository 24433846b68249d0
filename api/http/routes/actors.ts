import { actorInputSchema, type ActorInput, actorsMax } from '../../domain/organisation.js';
import type { AppContext } from '../../app-context.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { crudRoutes } from './crud-routes.js';
import { actorSchema } from '../../contract/organisation.js';
import { shownInput } from '../../domain/text-policy.js';

export { actorSchema };

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
    refuseRemoving: (id) => ctx.organisationUsage.refuseRemovingActor(id),
    uniqueName: { sv: 'en aktör', en: 'an actor' },
    limit: { max: actorsMax, what: { sv: 'aktörer', en: 'actors' } },
    present: async (actors) => {
      const people = await ctx.organisation.listPeople();
      return actors.map(({ id, etag, name, kind, contact, councilParticipant, memberIds }) => ({
        id,
        etag,
        name,
        kind,
        contact,
        councilParticipant,
        members: memberIds.map((member) => ({
          id: member,
          name: people.find((p) => p.objectId === member)?.displayName ?? member,
        })),
      }));
    },
    check: async (value: Partial<ActorInput>) => {
      for (const [index, memberId] of (value.memberIds ?? []).entries()) {
        // A person picked from the directory (often a guest) becomes one of the app's people on first use.
        if (await ctx.people.ensure(memberId, 'system:directory')) continue;
        throw new DomainError(
          'validation',
          {
            sv: `memberIds: personen "${shownInput(memberId)}" finns inte i katalogen.`,
            en: `memberIds: the person "${shownInput(memberId)}" is not in the directory.`,
          },
          {
            issues: [
              {
                field: `memberIds.${index}`,
                message: 'Personen finns inte i katalogen.',
                messageEn: 'The person is not in the directory.',
              },
            ],
          },
        );
      }
    },
  });
