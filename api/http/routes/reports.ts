import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import { docxContentType } from '../../documents/docx-parts.js';
import type { Caller } from '../../auth/caller.js';
import { reportReaderRoles } from '../../domain/roles.js';
import { formSchema, overviewSchema } from '../../contract/reports.js';
import { departmentReportContentSchema } from '../../domain/department-report.js';
import type { ReportForm } from '../../services/report-service.js';
import type { AppContext } from '../../app-context.js';
import { forbidden } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, documentInfoSchema, yearParams } from '../schemas.js';

const saveSchema = z
  .object({
    content: departmentReportContentSchema,
    submit: z.boolean().default(false),
    /** Chosen by the sender once per submission; repeating it is harmless. */
    submissionId: z.string().trim().min(8).max(80).optional(),
  })
  .strict();

const departmentParams = yearParams.extend({
  departmentId: z.string().regex(/^\d+$/, {
    error: bilingual('ogiltigt förvaltnings-id: ett nummer väntas', 'invalid department id: a number is expected'),
  }),
});

const heads = (caller: Caller, departmentId: string) =>
  caller.roles.includes('DepartmentHead') && caller.departmentId === departmentId;

export const reportRoutes = (ctx: AppContext) => {
  const present = async (form: ReportForm) => {
    const submitter = form.report?.submittedBy ? await ctx.organisation.findPerson(form.report.submittedBy) : undefined;
    return {
      year: form.year,
      due: form.due,
      department: form.department,
      actions: form.actions,
      status: form.report?.status ?? ('notStarted' as const),
      content: form.report?.content ?? null,
      id: form.report?.id ?? null,
      etag: form.report?.etag ?? null,
      submittedAt: form.report?.submittedAt ?? null,
      submittedBy: submitter?.displayName ?? form.report?.submittedBy ?? null,
      opensOn: form.opensOn,
      canChange: form.canChange,
      categories: (await ctx.settings.entryCategories()).categories,
    };
  };
  const formOf = (year: number, departmentId: string) => ctx.reports.form(year, departmentId);

  return [
    defineRoute({
      method: 'get',
      path: '/api/cycles/{year}/reports.docx',
      summary: 'Alla förvaltningars rapporter som Word-dokument / every report as one Word document',
      tags: ['Rapporter'],
      access: ['SecurityChief'],
      params: yearParams,
      responses: { 200: { description: 'Word-dokument', contentType: docxContentType } },
      handler: async ({ params }) => {
        const { template } = await ctx.settings.cycleTemplate();
        return {
          raw: await ctx.reports.document(params.year, template.municipality.name),
          contentType: docxContentType,
          headers: {
            'Content-Disposition': `attachment; filename="forvaltningsrapporter-${template.municipality.slug}-${params.year}.docx"`,
          },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cycles/{year}/reports/document',
      summary:
        'Spara alla förvaltningars rapporter som Word-dokument i biblioteket (ny version) / keep them in the library',
      tags: ['Rapporter'],
      access: ['SecurityChief'],
      params: yearParams,
      responses: { 201: { description: 'Den nya versionen', schema: documentInfoSchema } },
      handler: async ({ params, caller }) => {
        const { template } = await ctx.settings.cycleTemplate();
        return {
          status: 201,
          body: documentInfoBody(await ctx.reports.saveDocument(params.year, template.municipality.name, caller.id)),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cycles/{year}/reports',
      summary: 'Förvaltningarnas rapporter och status / each department’s report status',
      tags: ['Rapporter'],
      access: reportReaderRoles,
      params: yearParams,
      responses: { 200: { description: 'Status per förvaltning', schema: overviewSchema } },
      handler: async ({ params, caller }) => {
        const overview = await ctx.reports.overview(params.year);
        if (caller.roles.includes('SecurityChief')) {
          const reach = await ctx.reach.of(overview.departments.flatMap((d) => (d.headId ? [d.headId] : [])));
          const departments = overview.departments.map((d) => ({
            ...d,
            waitingSince: d.headId ? (reach.get(d.headId)?.waitingSince ?? null) : null,
            unreachableReason: d.headId ? (reach.get(d.headId)?.reason ?? null) : null,
          }));
          const document = documentInfoBody(await ctx.reports.documentInfo(params.year));
          return { body: { ...overview, departments, canInstall: ctx.reach.installer.enabled, document } };
        }
        const seesAll = caller.roles.includes('Reader');
        return {
          body: seesAll
            ? overview
            : { ...overview, departments: overview.departments.filter((d) => d.departmentId === caller.departmentId) },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cycles/{year}/reports/{departmentId}',
      summary: 'En förvaltnings rapport / one department’s report',
      tags: ['Rapporter'],
      access: reportReaderRoles,
      params: departmentParams,
      responses: { 200: { description: 'Rapporten med förvaltningens åtgärder', schema: formSchema } },
      handler: async ({ params, caller }) => {
        const form = await formOf(params.year, params.departmentId);
        const mayRead =
          heads(caller, params.departmentId) ||
          caller.roles.includes('SecurityChief') ||
          (caller.roles.includes('Reader') && form.report?.status === 'submitted');
        if (!mayRead) throw forbidden();
        const headers: Record<string, string> = form.report ? { ETag: form.report.etag } : {};
        return { body: await present(form), headers };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/cycles/{year}/reports/{departmentId}',
      summary: 'Spara eller lämna in rapporten / save or submit the report',
      tags: ['Rapporter'],
      access: ['DepartmentHead'],
      params: departmentParams,
      body: saveSchema,
      responses: {
        200: { description: 'Sparad', schema: formSchema },
        428: { description: 'If-Match saknas för en rapport som finns' },
        409: {
          description: 'Rapporten är inlämnad och tidsfristen har gått ut, eller året den gäller har inte börjat',
        },
        412: { description: 'Någon annan har ändrat rapporten' },
      },
      handler: async ({ params, body, caller, ifMatch }) => {
        if (!heads(caller, params.departmentId)) throw forbidden();
        await formOf(params.year, params.departmentId);
        await ctx.reports.save(
          params.year,
          params.departmentId,
          body.content,
          { submit: body.submit, submissionId: body.submissionId, etag: ifMatch },
          caller.id,
        );
        const form = await formOf(params.year, params.departmentId);
        return { body: await present(form), headers: { ETag: form.report!.etag } };
      },
    }),
  ];
};
