import { capabilitiesOf } from '../../domain/roles.js';
import type { AppContext } from '../../app-context.js';
import { defineRoute } from '../route.js';
import { meSchema } from '../../contract/people.js';

export const meRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/me',
    summary: 'Vem jag är och vad jag får göra / who I am and what I may do',
    tags: ['Inloggning'],
    access: 'signedIn',
    responses: { 200: { description: 'Den inloggade', schema: meSchema } },
    handler: async ({ caller }) => {
      const person = await ctx.organisation.findPerson(caller.id);
      const [department, actor] = await Promise.all([
        caller.departmentId ? ctx.organisation.departments.get(caller.departmentId) : undefined,
        caller.actorId ? ctx.organisation.actors.get(caller.actorId) : undefined,
      ]);
      return {
        body: {
          id: caller.id,
          displayName: caller.displayName,
          title: person?.title ?? '',
          roles: caller.roles,
          departmentId: caller.departmentId,
          departmentName: department?.name ?? null,
          actorId: actor?.id ?? null,
          actorName: actor?.name ?? null,
          can: capabilitiesOf(caller.roles, caller.departmentId, caller.actorId),
          accessibilityContact: ctx.config.env.ACCESSIBILITY_CONTACT || null,
        },
      };
    },
  }),
];
