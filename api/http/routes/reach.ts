import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import type { AppContext } from '../../app-context.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { defineRoute } from '../route.js';

import { reachSchema } from '../../contract/operations.js';

export const reachRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'post',
    path: '/api/reach/{objectId}/install',
    summary: 'Installera appen för en person nu / install the app for a person now',
    tags: ['Organisation'],
    access: ['SecurityChief'],
    params: z.object({
      objectId: z
        .string()
        .regex(/^[0-9A-Za-z-]{1,64}$/, { error: bilingual('ogiltigt objekt-id', 'invalid object id') }),
    }),
    responses: {
      200: { description: 'Nås personen nu, och annars varför inte', schema: reachSchema },
      409: { description: 'Installation är avstängd' },
    },
    handler: async ({ params }) => {
      if (!ctx.reach.installer.enabled) {
        throw new DomainError('install_off', {
          sv: 'Appen kan inte installera sig själv här: det kräver Microsoft 365-läge och TEAMS_APP_CATALOG_ID. Be personen lägga till appen i Teams.',
          en: 'The app cannot install itself here: that needs Microsoft 365 mode and TEAMS_APP_CATALOG_ID. Ask the person to add the app in Teams.',
        });
      }
      const outcome = await ctx.reach.reachOrInstall(params.objectId);
      return {
        body:
          'unreachable' in outcome
            ? { reachable: false, reason: outcome.unreachable }
            : { reachable: true, reason: null },
      };
    },
  }),
];
