import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import { agendaItemSchema, agendaSchema } from '../../domain/council/agenda.js';
import { agendaViewSchema } from '../../contract/council.js';
import { docxContentType } from '../../documents/docx-parts.js';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, documentInfoSchema, yearParams } from '../schemas.js';
import { download } from '../upload.js';
import { councilReaders } from './councils.js';

const documentParams = yearParams.extend({
  kind: z.enum(['agenda', 'minutes'], { error: bilingual('välj agenda eller minutes', 'choose agenda or minutes') }),
});
const documentNames = {
  agenda: { sv: 'Dagordningen', en: 'The agenda' },
  minutes: { sv: 'Protokollet', en: 'The minutes' },
};
const tags = ['Strategiskt råd'];

export const councilAgendaRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/councils/{year}/agenda',
    summary: 'Dagordningen: de fem punkterna ifyllda ur årets underlag, eller som den sparats / the agenda',
    tags,
    access: councilReaders,
    params: yearParams,
    responses: { 200: { description: 'Dagordningen, punkterna i ordning', schema: agendaViewSchema } },
    handler: async ({ params }) => {
      const agenda = await ctx.councilAgendas.agenda(params.year);
      return { body: agenda, headers: agenda.etag ? { ETag: agenda.etag } : undefined };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/councils/{year}/agenda/draft',
    summary: 'Ett nytt utkast ur dagens underlag, utan att spara / a fresh draft from today’s data, not saved',
    tags,
    access: ['SecurityChief'],
    params: yearParams,
    responses: { 200: { description: 'Utkastet', schema: z.object({ items: z.array(agendaItemSchema) }) } },
    handler: async ({ params }) => ({ body: { items: await ctx.councilAgendas.draft(params.year) } }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/councils/{year}/agenda',
    summary: 'Spara dagordningen (alltid med de fem punkterna) / save the agenda (always with the five points)',
    tags,
    access: ['SecurityChief'],
    params: yearParams,
    body: z.object({ items: agendaSchema }),
    requiresIfMatch: true,
    responses: {
      200: { description: 'Dagordningen', schema: agendaViewSchema },
      412: { description: 'Någon annan har ändrat rådet' },
    },
    handler: async ({ params, body, caller, ifMatch }) => {
      const agenda = await ctx.councilAgendas.saveAgenda(params.year, ifMatch!, body.items, caller.id);
      return { body: agenda, headers: agenda.etag ? { ETag: agenda.etag } : undefined };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/councils/{year}/documents/{kind}',
    summary:
      'Spara dagordningen eller protokollet som Word-dokument i rådets bibliotek (ny version) / save as a Word document',
    tags,
    access: ['SecurityChief'],
    params: documentParams,
    responses: { 201: { description: 'Den nya versionen', schema: documentInfoSchema } },
    handler: async ({ params, caller }) => ({
      status: 201,
      body: documentInfoBody(await ctx.councilAgendas.saveDocument(params.year, params.kind, caller.id)),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/councils/{year}/documents/{kind}',
    summary: 'Dagordningen eller protokollet som Word-dokument / the agenda or the minutes as a Word document',
    tags,
    access: councilReaders,
    params: documentParams,
    responses: { 200: { description: 'Word-dokument', contentType: docxContentType } },
    handler: async ({ params }) => {
      const file = await ctx.councilAgendas.document(params.year, params.kind);
      if (!file) throw notFound(documentNames[params.kind]);
      return download(file);
    },
  }),
];
