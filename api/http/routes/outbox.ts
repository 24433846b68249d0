import type { AppContext } from '../../app-context.js';
import { outboxSchema } from '../../contract/outbox.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';

export const outboxRoutes = (ctx: AppContext) => {
  const list = async () => ({
    body: {
      sending: ctx.councilMail.via,
      items: (await ctx.outbox.newestFirst()).map(
        ({ id, kind, recipients, subject, body, sentAt, via, meetingId }) => ({
          id,
          kind,
          recipients,
          subject,
          body,
          sentAt,
          via,
          meetingId,
        }),
      ),
    },
  });
  return [
    defineRoute({
      method: 'get',
      path: '/api/outbox',
      summary: 'Skickad e-post och mötesinbjudningar, nyast först / mail and meeting invitations sent, newest first',
      tags: ['Strategiskt råd'],
      access: ['SecurityChief'],
      responses: { 200: { description: 'Utkorgen', schema: outboxSchema } },
      handler: list,
    }),
    defineRoute({
      method: 'get',
      path: '/api/dev/outbox',
      summary: 'Det som i en tenant hade skickats (endast lokalt läge) / what would have been sent (local mode only)',
      tags: ['Strategiskt råd'],
      access: ['SecurityChief'],
      responses: { 200: { description: 'Utkorgen', schema: outboxSchema } },
      handler: async () => {
        if (ctx.authenticator.mode !== 'local') throw notFound({ sv: 'Den lokala utkorgen', en: 'The local outbox' });
        return list();
      },
    }),
  ];
};
