import { coordinationTextSchema } from '../../domain/council/municipal-council-report.js';
import { docxContentType } from '../../documents/docx-parts.js';
import { allRoles } from '../../domain/roles.js';
import type { MunicipalCouncilReportView } from '../../services/municipal-council-report-service.js';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, yearParams } from '../schemas.js';
import { municipalCouncilReportSchema as reportSchema } from '../../contract/council.js';
import { periodDocumentSavedSchema } from '../../contract/documents.js';
import { download } from '../upload.js';

const tags = ['Rapport till kommunfullmäktige'];

export const municipalCouncilReportRoutes = (ctx: AppContext) => {
  const service = ctx.municipalCouncilReports;
  const present = async (year: number, view: MunicipalCouncilReportView) => ({
    body: {
      year,
      material: view.material,
      missing: view.missing,
      etag: view.etag,
      document: documentInfoBody(await service.documentInfo(year)),
    },
    headers: { ETag: view.etag },
  });
  return [
    defineRoute({
      method: 'get',
      path: '/api/council-reports/{year}',
      summary:
        'Rapporten till kommunfullmäktige om året: vad den samlar och vad som saknas / the report to the municipal council',
      tags,
      access: allRoles,
      params: yearParams,
      responses: { 200: { description: 'Rapportens innehåll', schema: reportSchema } },
      handler: async ({ params }) => present(params.year, await service.view(params.year)),
    }),
    defineRoute({
      method: 'put',
      path: '/api/council-reports/{year}/coordination',
      summary: 'Hur samordningsfunktionen har arbetat / how the coordinating function worked',
      tags,
      access: ['SecurityChief'],
      params: yearParams,
      body: coordinationTextSchema,
      requiresIfMatch: true,
      responses: {
        200: { description: 'Rapportens innehåll', schema: reportSchema },
        412: { description: 'Någon annan har ändrat texten' },
      },
      handler: async ({ params, body, caller, ifMatch }) =>
        present(params.year, await service.saveCoordination(params.year, ifMatch!, body.coordination, caller.id)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/council-reports/{year}/document',
      summary: 'Skapa rapporten som Word-dokument (ny version) / make the report as a Word document (a new version)',
      tags,
      access: ['SecurityChief'],
      params: yearParams,
      responses: { 201: { description: 'Den nya versionen', schema: periodDocumentSavedSchema } },
      handler: async ({ params, caller }) => {
        const { info, milestoneDone } = await service.saveDocument(params.year, caller.id);
        return { status: 201, body: { ...documentInfoBody(info), milestoneDone } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/council-reports/{year}/document',
      summary: 'Rapporten till kommunfullmäktige som Word-dokument / the report as a Word document',
      tags,
      access: allRoles,
      params: yearParams,
      responses: { 200: { description: 'Word-dokument', contentType: docxContentType } },
      handler: async ({ params }) => {
        const file = await service.document(params.year);
        if (!file)
          throw notFound({
            sv: `Rapporten till kommunfullmäktige för ${params.year}`,
            en: `The report to the municipal council for ${params.year}`,
          });
        return download(file);
      },
    }),
  ];
};
