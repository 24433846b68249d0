import { z } from 'zod';
import { docxContentType } from '../../documents/docx-parts.js';
import { allRoles } from '../../domain/roles.js';
import type { Quarter } from '../../domain/situation/compilation.js';
import { bilingual } from '../../i18n/bilingual.js';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, yearParams } from '../schemas.js';
import { compilationSchema } from '../../contract/situation.js';
import { periodDocumentSavedSchema } from '../../contract/documents.js';

const quarterParams = yearParams.extend({
  quarter: z
    .enum(['1', '2', '3', '4'], { error: bilingual('ange kvartal 1–4', 'give quarter 1–4') })
    .transform((quarter) => Number(quarter) as Quarter),
});
export const situationCompilationRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/situation/compilations/{year}/{quarter}',
    summary: 'Kvartalets sammanställning / the quarter’s compilation',
    tags: ['Lägesbild'],
    access: allRoles,
    params: quarterParams,
    responses: { 200: { description: 'Sammanställningen', schema: compilationSchema } },
    handler: async ({ params, caller }) => {
      const [compilation, document] = await Promise.all([
        ctx.compilations.compile(params.year, params.quarter, caller.roles.includes('BobMember')),
        ctx.compilations.documentInfo(params.year, params.quarter),
      ]);
      return { body: { ...compilation, document: documentInfoBody(document) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/compilations/{year}/{quarter}/document',
    summary: 'Spara kvartalets Word-dokument (ny version) / save the quarter’s Word document (a new version)',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    params: quarterParams,
    responses: { 201: { description: 'Den nya versionen', schema: periodDocumentSavedSchema } },
    handler: async ({ params, caller }) => {
      const { info, milestoneDone } = await ctx.compilations.saveDocument(params.year, params.quarter, caller.id);
      return { status: 201, body: { ...documentInfoBody(info), milestoneDone } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/situation/compilations/{year}/{quarter}/document',
    summary: 'Kvartalets Word-dokument, senaste versionen / the quarter’s Word document, newest version',
    tags: ['Lägesbild'],
    access: allRoles,
    params: quarterParams,
    responses: { 200: { description: 'Word-dokument', contentType: docxContentType } },
    handler: async ({ params }) => {
      const file = await ctx.compilations.document(params.year, params.quarter);
      if (!file)
        throw notFound({
          sv: `Sammanställningen för kvartal ${params.quarter} ${params.year}`,
          en: `The compilation of quarter ${params.quarter} ${params.year}`,
        });
      return {
        raw: file.content,
        webUrl: file.info.webUrl,
        contentType: docxContentType,
        headers: {
          'Content-Disposition': `attachment; filename="kvartal-${params.quarter}-${params.year}.docx"`,
          'X-Document-Version': file.info.version,
        },
      };
    },
  }),
];
