import { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import {
  councilSetupSchema,
  materialUpdateSchema,
  preparationSchema,
  writtenMaterialSchema,
} from '../../domain/council/council.js';
import { minutesSchema } from '../../domain/council/minutes.js';
import { councilSchema } from '../../contract/council.js';
import { documentLibraries } from '../../documents/libraries.js';
import type { CouncilView } from '../../services/council-service.js';
import type { AppContext } from '../../app-context.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, yearParams } from '../schemas.js';
import { contentTypeOf, download, fileNameQuery, uploadedDocument } from '../upload.js';

/** Who reads the council: those the council library is shared with. */
export const councilReaders = documentLibraries.council.readers;

const actorParams = yearParams.extend({ actorId: z.string().min(1).max(64) });

/** The säkerhetschef hands in for any actor, an actor's representative for that actor alone. */
function checkHandsIn(caller: Caller, actorId: string): void {
  if (caller.roles.includes('SecurityChief') || caller.actorId === actorId) return;
  throw new DomainError('not_your_actor', {
    sv: 'Du kan bara lämna den skriftliga lägesbilden för den aktör du företräder.',
    en: 'You can only hand in the written situation picture for the actor you represent.',
  });
}
const tags = ['Strategiskt råd'];

export const councilRoutes = (ctx: AppContext) => {
  const present = async (view: CouncilView) => {
    const [agenda, minutes] = await Promise.all([
      ctx.councilAgendas.documentInfo(view.year, 'agenda'),
      ctx.councilAgendas.documentInfo(view.year, 'minutes'),
    ]);
    return {
      body: {
        ...view,
        materials: view.materials.map(({ id, etag, actorId, actorName, receivedOn, note, documentPath, written }) => ({
          id,
          etag,
          actorId,
          actorName,
          receivedOn,
          note,
          documentPath,
          written: written ? writtenMaterialSchema.parse(written) : null,
        })),
        documents: { agenda: documentInfoBody(agenda), minutes: documentInfoBody(minutes) },
      },
      headers: view.etag ? { ETag: view.etag } : undefined,
    };
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/councils/{year}',
      summary:
        'Årets strategiska råd: datum, inbjudna, underlag, beredning och protokoll / the year’s strategic council',
      tags,
      access: councilReaders,
      params: yearParams,
      responses: { 200: { description: 'Rådet', schema: councilSchema } },
      handler: async ({ params }) => present(await ctx.councils.view(params.year)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/councils/{year}',
      summary: 'Planera rådet: datum, plats och inbjudna aktörer / plan the council',
      tags,
      access: ['SecurityChief'],
      params: yearParams,
      body: councilSetupSchema,
      responses: {
        201: { description: 'Rådet är planerat', schema: councilSchema },
        409: { description: 'Redan planerat' },
      },
      handler: async ({ params, body, caller }) => {
        await ctx.councils.setup(params.year, null, body, caller.id);
        // The invitation and the requests go out (or, locally, into the outbox) as the council is planned.
        await ctx.councilMail.afterSetup(params.year);
        return { status: 201, ...(await present(await ctx.councils.view(params.year))) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/councils/{year}',
      summary: 'Ändra rådets datum, plats eller inbjudna / change the council’s date, place or invited actors',
      tags,
      access: ['SecurityChief'],
      params: yearParams,
      body: councilSetupSchema,
      requiresIfMatch: true,
      responses: {
        200: { description: 'Rådet', schema: councilSchema },
        412: { description: 'Någon annan har ändrat rådet' },
      },
      handler: async ({ params, body, caller, ifMatch }) => {
        await ctx.councils.setup(params.year, ifMatch!, body, caller.id);
        // A moved date or another place updates the same meeting; a newly invited actor's people get their request.
        await ctx.councilMail.afterSetup(params.year);
        return present(await ctx.councils.view(params.year));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/councils/{year}/preparation',
      summary: 'Kommunens och polisens gemensamma beredning / the municipality’s and the police’s joint preparation',
      tags,
      access: ['SecurityChief'],
      params: yearParams,
      body: preparationSchema,
      requiresIfMatch: true,
      responses: { 200: { description: 'Rådet', schema: councilSchema } },
      handler: async ({ params, body, caller, ifMatch }) =>
        present(await ctx.councils.savePreparation(params.year, ifMatch!, body, caller.id)),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/councils/{year}/materials/{actorId}',
      summary: 'Ange om en aktörs lägesbild har kommit in / record whether an actor’s situation picture has come in',
      tags,
      access: ['SecurityChief'],
      params: actorParams,
      body: materialUpdateSchema,
      requiresIfMatch: true,
      responses: { 200: { description: 'Rådet', schema: councilSchema } },
      handler: async ({ params, body, caller, ifMatch }) =>
        present(await ctx.councils.updateMaterial(params.year, params.actorId, ifMatch!, body, caller.id)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/councils/{year}/materials/{actorId}/document',
      summary:
        'Ladda upp aktörens skriftliga lägesbild till rådets bibliotek / upload the actor’s written situation picture',
      tags,
      // The säkerhetschef for any actor, an actor's own representative for that actor.
      access: ['SecurityChief', 'CouncilMember'],
      params: actorParams,
      query: fileNameQuery,
      responses: { 201: { description: 'Rådet', schema: councilSchema } },
      handler: async ({ params, query, req, caller }) => {
        checkHandsIn(caller, params.actorId);
        const bytes = await uploadedDocument(req, query.fileName);
        return {
          status: 201,
          ...(await present(
            await ctx.councils.uploadMaterial(
              params.year,
              params.actorId,
              query.fileName,
              bytes,
              contentTypeOf(query.fileName),
              caller.id,
            ),
          )),
        };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/councils/{year}/materials/{actorId}/written',
      summary:
        'Skriv aktörens lägesbild i appen, rubrik för rubrik / write the actor’s situation picture in the app, heading by heading',
      tags,
      access: ['SecurityChief', 'CouncilMember'],
      params: actorParams,
      body: writtenMaterialSchema,
      responses: { 200: { description: 'Rådet', schema: councilSchema } },
      handler: async ({ params, body, caller }) => {
        checkHandsIn(caller, params.actorId);
        return present(await ctx.councils.writeMaterial(params.year, params.actorId, body, caller.id));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/councils/{year}/materials/{actorId}/document',
      summary: 'Aktörens skriftliga lägesbild / the actor’s written situation picture',
      tags,
      access: councilReaders,
      params: actorParams,
      responses: { 200: { description: 'Filen', contentType: 'application/octet-stream' } },
      handler: async ({ params }) => {
        const file = await ctx.councils.materialDocument(params.year, params.actorId);
        if (!file) throw notFound({ sv: 'Aktörens dokument', en: 'The actor’s document' });
        return download(file);
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/councils/{year}/minutes',
      summary: 'Protokoll: beslut och åtaganden (vem, vad, när) / minutes: decisions and commitments',
      tags,
      access: ['SecurityChief'],
      params: yearParams,
      body: minutesSchema,
      requiresIfMatch: true,
      responses: { 200: { description: 'Rådet', schema: councilSchema } },
      handler: async ({ params, body, caller, ifMatch }) =>
        present(await ctx.councils.saveMinutes(params.year, ifMatch!, body, caller.id)),
    }),
  ];
};
