import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { describePeople } from './describe-people.js';
import { personaSchema } from '../../contract/people.js';

export const personaRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/dev/personas',
    summary: 'Demopersoner att logga in som (endast lokalt läge) / demo people (local mode only)',
    tags: ['Inloggning'],
    access: 'public',
    responses: { 200: { description: 'Demopersonerna', schema: z.object({ personas: z.array(personaSchema) }) } },
    handler: async () => {
      if (ctx.authenticator.mode !== 'local') throw notFound({ sv: 'Demoinloggning', en: 'Demo sign-in' });
      return { body: { personas: await describePeople(ctx.organisation) } };
    },
  }),
];
