import { annualFinaliseSchema } from '../../domain/situation/annual-finalise.js';
import { docxContentType } from '../../documents/docx-parts.js';
import { allRoles } from '../../domain/roles.js';
import { annualSectionTextSchema } from '../../domain/situation/annual.js';
import { annualSectionIdSchema } from '../../domain/situation/annual-sections.js';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, documentInfoSchema, yearParams } from '../schemas.js';
import { annualSchema, sectionSchema } from '../../contract/situation.js';

const sectionParams = yearParams.extend({ sectionId: annualSectionIdSchema });

export const annualSituationRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/situation/annual/{year}',
    summary: 'Årets lägesbild med det insamlade underlaget / the annual situation picture with what the data gathered',
    tags: ['Lägesbild'],
    access: allRoles,
    params: yearParams,
    responses: { 200: { description: 'Den årliga lägesbilden', schema: annualSchema } },
    handler: async ({ params }) => {
      const [view, document] = await Promise.all([
        ctx.annualSituation.view(params.year),
        ctx.annualSituation.documentInfo(params.year),
      ]);
      return { body: { ...view, document: documentInfoBody(document) } };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/situation/annual/{year}/sections/{sectionId}',
    summary: 'Skriv en del av den årliga lägesbilden / write a section of the annual situation picture',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    params: sectionParams,
    body: annualSectionTextSchema,
    requiresIfMatch: true,
    responses: {
      200: { description: 'Delen', schema: sectionSchema },
      409: { description: 'Den årliga lägesbilden är fastställd: öppna den igen för att ändra' },
    },
    handler: async ({ params, body, ifMatch, caller }) => {
      const section = await ctx.annualSituation.saveSection(
        params.year,
        params.sectionId,
        ifMatch!,
        body.text,
        caller.id,
      );
      return { body: section, headers: { ETag: section.etag } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/annual/{year}/finalise',
    summary: 'Fastställ den årliga lägesbilden (markerar februaris milstolpe klar) / finalise it',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    params: yearParams,
    body: annualFinaliseSchema,
    responses: {
      201: { description: 'Den fastställda versionen', schema: documentInfoSchema },
      409: {
        description:
          'Året är inte slut, en del saknar text, kvartal 4 är inte sammanställt och inget skäl är angivet, eller den är redan fastställd',
      },
    },
    handler: async ({ params, body, caller }) => ({
      status: 201,
      body: documentInfoBody(await ctx.annualSituation.finalise(params.year, body.overrideReason, caller.id)),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/annual/{year}/reopen',
    summary:
      'Öppna en fastställd årlig lägesbild igen för ändringar (ett utkast tills den fastställs på nytt) / open it again',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    params: yearParams,
    responses: { 200: { description: 'Dokumentet, inte längre fastställt', schema: documentInfoSchema.nullable() } },
    handler: async ({ params, caller }) => ({
      body: documentInfoBody(await ctx.annualSituation.reopen(params.year, caller.id)),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/annual/{year}/document',
    summary:
      'Spara den årliga lägesbilden som Word-dokument (ett utkast, ny version) / save it as a Word document (a draft, a new version)',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    params: yearParams,
    responses: {
      201: { description: 'Den nya versionen', schema: documentInfoSchema },
      409: { description: 'Den årliga lägesbilden är fastställd: öppna den igen för att ändra' },
    },
    handler: async ({ params, caller }) => {
      const info = await ctx.annualSituation.saveDocument(params.year, caller.id);
      return { status: 201, body: documentInfoBody(info) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/situation/annual/{year}/document',
    summary: 'Den årliga lägesbilden som Word-dokument / the annual situation picture as a Word document',
    tags: ['Lägesbild'],
    access: allRoles,
    params: yearParams,
    responses: { 200: { description: 'Word-dokument', contentType: docxContentType } },
    handler: async ({ params }) => {
      const file = await ctx.annualSituation.document(params.year);
      if (!file)
        throw notFound({
          sv: `Den årliga lägesbilden för ${params.year}`,
          en: `The annual situation picture for ${params.year}`,
        });
      return {
        raw: file.content,
        webUrl: file.info.webUrl,
        contentType: docxContentType,
        headers: {
          'Content-Disposition': `attachment; filename="lagesbild-${params.year}.docx"`,
          'X-Document-Version': file.info.version,
        },
      };
    },
  }),
];
