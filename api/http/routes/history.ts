import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { historyCsv, historyKinds } from '../../domain/history.js';
import { bilingual } from '../../i18n/bilingual.js';
import { historySchema } from '../../contract/history.js';
import { defineRoute } from '../route.js';

const historyQuery = z.object({
  kind: z.enum(historyKinds, {
    error: bilingual(`välj vad: ${historyKinds.join(', ')}`, `choose what: ${historyKinds.join(', ')}`),
  }),
  id: z.string().regex(/^[\w-]{1,80}$/, { error: bilingual('ogiltigt id', 'invalid id') }),
  format: z
    .enum(['json', 'csv'], { error: bilingual('välj format: json eller csv', 'choose the format: json or csv') })
    .default('json'),
});
export const historyRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/history',
    summary:
      'Vem ändrade vad och när, nyast först; som CSV för en granskare / who changed what and when, newest first; as CSV for an auditor',
    tags: ['Historik'],
    // Each thing's own rule decides, in the service: what the caller may not read has no history for them.
    access: 'signedIn',
    query: historyQuery,
    responses: {
      200: { description: 'Historiken', schema: historySchema },
      404: { description: 'Finns inte, eller är inte din att läsa' },
    },
    handler: async ({ query, caller }) => {
      const entries = await ctx.history.history(query.kind, query.id, caller);
      if (query.format === 'csv') {
        return {
          raw: historyCsv(entries),
          contentType: 'text/csv; charset=utf-8',
          headers: { 'Content-Disposition': `attachment; filename="historik-${query.kind}-${query.id}.csv"` },
        };
      }
      return { body: { entries } };
    },
  }),
];
