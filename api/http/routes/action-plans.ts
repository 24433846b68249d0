import { z } from 'zod';
import { actionPlanReaderRoles } from '../../domain/roles.js';
import { docxContentType } from '../../documents/docx-parts.js';
import type { Caller } from '../../auth/caller.js';
import { actionStatusInputSchema, planActionInputSchema } from '../../domain/action.js';
import { partSchemas, type PartNumber } from '../../domain/action-plan/parts.js';
import { decisionInputSchema, isLocked } from '../../domain/action-plan/plan.js';
import { bilingual } from '../../i18n/bilingual.js';
import { PlanNotFound } from '../../services/action-plan-errors.js';
import { documentPath, type PlanView } from '../../services/action-plan-service.js';
import type { AppContext } from '../../app-context.js';
import { forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, documentInfoSchema, yearParams } from '../schemas.js';
import { actionSchema, planSchema } from '../../contract/action-plans.js';
import { parseRequestPart } from '../validation.js';
import { strictInput } from '../strict-input.js';
import { servedYears } from '../../domain/served-years.js';

export { actionSchema } from '../../contract/action-plans.js';

const partParams = yearParams.extend({
  part: z.enum(['1', '2', '3', '4'], { error: bilingual('ange del 1–4', 'give part 1–4') }).transform(Number),
});
const actionParams = yearParams.extend({
  id: z.string().regex(/^\d+$/, { error: bilingual('ange ett numeriskt id', 'give a numeric id') }),
});
const createSchema = z
  .object({ copyFromYear: z.number().int().min(servedYears.first).max(servedYears.last).nullable().default(null) })
  .strict();

// The part's schema is chosen by the address, so the router cannot hold the body to it: each is made strict here.
const strictParts: Record<PartNumber, z.ZodType> = {
  1: strictInput(partSchemas[1]),
  2: strictInput(partSchemas[2]),
  3: strictInput(partSchemas[3]),
  4: strictInput(partSchemas[4]),
};
const writers = ['SecurityChief'] as const;
const readers = actionPlanReaderRoles;
/** Council members and readers see a plan once KS has decided it; the plan's authors see every draft. */
const seesDrafts = (caller: Caller) =>
  caller.roles.includes('SecurityChief') || caller.roles.includes('DepartmentHead');

export const actionPlanRoutes = (ctx: AppContext) => {
  const service = ctx.actionPlans;
  const present = async (view: PlanView) => {
    const document = await service.documentInfo(view.year);
    return {
      body: { ...view, document: documentInfoBody(document) },
      headers: { ETag: view.plan.etag },
    };
  };
  const planStep = (
    path: string,
    summary: string,
    step: (year: number, etag: string, actor: string) => Promise<PlanView>,
  ) =>
    defineRoute({
      method: 'post',
      path: `/api/action-plans/{year}/${path}`,
      summary,
      tags: ['Åtgärdsplan'],
      access: writers,
      params: yearParams,
      requiresIfMatch: true,
      responses: { 200: { description: 'Planen', schema: planSchema } },
      handler: async ({ params, ifMatch, caller }) => present(await step(params.year, ifMatch!, caller.id)),
    });

  return [
    defineRoute({
      method: 'get',
      path: '/api/action-plans/{year}',
      summary: 'Årets åtgärdsplan med uppföljning / the year’s action plan with follow-up',
      tags: ['Åtgärdsplan'],
      access: readers,
      params: yearParams,
      responses: { 200: { description: 'Planen', schema: planSchema } },
      handler: async ({ params, caller }) => {
        const view = await service.view(params.year);
        if (!seesDrafts(caller) && !isLocked(view.plan.status)) throw new PlanNotFound(params.year);
        return present(view);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/action-plans/{year}',
      summary: 'Påbörja årets plan, tom eller som kopia / start the year’s plan, empty or as a copy',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: yearParams,
      body: createSchema,
      responses: { 201: { description: 'Planen', schema: planSchema } },
      handler: async ({ params, body, caller }) => ({
        status: 201,
        ...(await present(await service.create(params.year, body.copyFromYear, caller.id))),
      }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/action-plans/{year}/parts/{part}',
      summary: 'Skriv en av planens delar / write one part of the plan',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: partParams,
      body: z.record(z.string(), z.unknown()),
      requiresIfMatch: true,
      responses: { 200: { description: 'Planen', schema: planSchema } },
      handler: async ({ params, body, ifMatch, caller }) => {
        const part = params.part as PartNumber;
        const content = parseRequestPart(strictParts[part], body, 'body');
        return present(await service.savePart(params.year, part, ifMatch!, content as never, caller.id));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/action-plans/{year}/parts/{part}/reviewed',
      summary: 'Markera en kopierad del som granskad / mark a copied part reviewed',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: partParams,
      requiresIfMatch: true,
      responses: { 200: { description: 'Planen', schema: planSchema } },
      handler: async ({ params, ifMatch, caller }) =>
        present(await service.markPartReviewed(params.year, params.part as PartNumber, ifMatch!, caller.id)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/action-plans/{year}/actions',
      summary: 'Lägg till en åtgärd / add an action',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: yearParams,
      body: planActionInputSchema,
      responses: { 201: { description: 'Åtgärden', schema: actionSchema } },
      handler: async ({ params, body, caller }) => {
        const action = await service.createAction(params.year, body, caller.id);
        return { status: 201, body: action, headers: { ETag: action.etag } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/action-plans/{year}/actions/{id}',
      summary: 'Ändra en åtgärd / change an action',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: actionParams,
      body: planActionInputSchema,
      requiresIfMatch: true,
      responses: { 200: { description: 'Åtgärden', schema: actionSchema } },
      handler: async ({ params, body, ifMatch, caller }) => {
        const action = await service.updateAction(params.year, params.id, ifMatch!, body, caller.id);
        return { body: action, headers: { ETag: action.etag } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/action-plans/{year}/actions/{id}',
      summary: 'Ta bort en åtgärd / remove an action',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: actionParams,
      requiresIfMatch: true,
      responses: { 204: { description: 'Borttagen' } },
      handler: async ({ params, ifMatch, caller }) => {
        await service.deleteAction(params.year, params.id, ifMatch!, caller.id);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/action-plans/{year}/actions/{id}/status',
      summary: 'Följ upp en åtgärd / follow up an action',
      tags: ['Åtgärdsplan'],
      access: ['SecurityChief', 'DepartmentHead'],
      params: actionParams,
      body: actionStatusInputSchema,
      requiresIfMatch: true,
      responses: { 200: { description: 'Åtgärden', schema: actionSchema } },
      handler: async ({ params, body, ifMatch, caller }) => {
        const existing = await service.action(params.year, params.id);
        const ownDepartment =
          caller.roles.includes('DepartmentHead') &&
          caller.departmentId !== null &&
          existing.departmentId === caller.departmentId;
        if (!caller.roles.includes('SecurityChief') && !ownDepartment) throw forbidden();
        const action = await service.setActionStatus(params.year, params.id, ifMatch!, body, caller.id);
        return { body: action, headers: { ETag: action.etag } };
      },
    }),
    planStep('ready', 'Klar för beslut / ready for decision', (year, etag, actor) =>
      service.markReady(year, etag, actor),
    ),
    planStep('draft', 'Tillbaka till utkast / back to draft', (year, etag, actor) =>
      service.backToDraft(year, etag, actor),
    ),
    planStep('followed-up', 'Markera planen som uppföljd / mark the plan followed up', (year, etag, actor) =>
      service.markFollowedUp(year, etag, actor),
    ),
    planStep('new-version', 'Ny version av en beslutad plan / new version of a decided plan', (year, etag, actor) =>
      service.newVersion(year, etag, actor),
    ),
    defineRoute({
      method: 'post',
      path: '/api/action-plans/{year}/decision',
      summary: 'Kommunstyrelsens beslut / the executive board’s decision',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: yearParams,
      body: decisionInputSchema,
      requiresIfMatch: true,
      responses: { 200: { description: 'Planen', schema: planSchema } },
      handler: async ({ params, body, ifMatch, caller }) =>
        present(await service.decide(params.year, ifMatch!, body, caller.id)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/action-plans/{year}/document',
      summary: 'Skapa Word-dokumentet för KS (ny version) / make the Word document for KS (a new version)',
      tags: ['Åtgärdsplan'],
      access: writers,
      params: yearParams,
      responses: { 201: { description: 'Dokumentets nya version', schema: documentInfoSchema } },
      handler: async ({ params, caller }) => {
        const info = await service.saveDocument(params.year, caller.id);
        return { status: 201, body: documentInfoBody(info) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/action-plans/{year}/document',
      summary: 'Senaste versionen av planens Word-dokument / the newest version of the plan’s Word document',
      tags: ['Åtgärdsplan'],
      access: readers,
      params: yearParams,
      responses: { 200: { description: 'Word-dokument', contentType: docxContentType } },
      handler: async ({ params, caller }) => {
        const view = await service.view(params.year);
        if (!seesDrafts(caller) && !isLocked(view.plan.status)) throw new PlanNotFound(params.year);
        const file = await service.document(params.year);
        if (!file)
          throw notFound({
            sv: `Word-dokumentet för åtgärdsplanen ${params.year}`,
            en: `The Word document of the ${params.year} action plan`,
          });
        const name = documentPath(params.year).split('/').pop()!;
        return {
          raw: file.content,
          webUrl: file.info.webUrl,
          contentType: docxContentType,
          headers: {
            'Content-Disposition': `attachment; filename="atgardsplan-${params.year}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
            'X-Document-Version': file.info.version,
          },
        };
      },
    }),
  ];
};
