import { z } from 'zod';
import { agreementInputSchema } from '../../domain/agreement.js';
import { agreementSchema } from '../../contract/council.js';
import type { AgreementView } from '../../services/agreement-service.js';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { idParams } from '../schemas.js';
import { download, contentTypeOf, fileNameQuery, uploadedDocument } from '../upload.js';
import { councilReaders } from './councils.js';

const tags = ['Samverkansöverenskommelser'];

const present = (agreement: AgreementView) => {
  const { id, etag, actorId, actorName, title, signedOn, validUntil, note, documentPath, state } = agreement;
  return {
    body: { id, etag, actorId, actorName, title, signedOn, validUntil, note, documentPath, state },
    headers: { ETag: etag },
  };
};

export const agreementRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'get',
    path: '/api/agreements',
    summary: 'Skriftliga överenskommelser om samverkan, först den som går ut först / written cooperation agreements',
    tags,
    access: councilReaders,
    responses: {
      200: { description: 'Överenskommelserna', schema: z.object({ agreements: z.array(agreementSchema) }) },
    },
    handler: async () => ({ body: { agreements: (await ctx.agreements.list()).map((a) => present(a).body) } }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements',
    summary: 'Registrera en överenskommelse / record an agreement',
    tags,
    access: ['SecurityChief'],
    body: agreementInputSchema,
    responses: { 201: { description: 'Överenskommelsen', schema: agreementSchema } },
    handler: async ({ body, caller }) => ({ status: 201, ...present(await ctx.agreements.create(body, caller.id)) }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/agreements/{id}',
    summary: 'Ändra en överenskommelse / change an agreement',
    tags,
    access: ['SecurityChief'],
    params: idParams,
    body: agreementInputSchema,
    requiresIfMatch: true,
    responses: {
      200: { description: 'Överenskommelsen', schema: agreementSchema },
      412: { description: 'Någon annan har ändrat den' },
    },
    handler: async ({ params, body, caller, ifMatch }) =>
      present(await ctx.agreements.update(params.id, ifMatch!, body, caller.id)),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/agreements/{id}',
    summary:
      'Ta bort en överenskommelse (dokumentet finns kvar i biblioteket) / delete an agreement (its document stays)',
    tags,
    access: ['SecurityChief'],
    params: idParams,
    requiresIfMatch: true,
    responses: { 204: { description: 'Borttagen' } },
    handler: async ({ params, caller, ifMatch }) => {
      await ctx.agreements.remove(params.id, ifMatch!, caller.id);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/{id}/document',
    summary: 'Ladda upp den undertecknade överenskommelsen / upload the signed agreement',
    tags,
    access: ['SecurityChief'],
    params: idParams,
    query: fileNameQuery,
    responses: { 201: { description: 'Överenskommelsen', schema: agreementSchema } },
    handler: async ({ params, query, req, caller }) => {
      const bytes = await uploadedDocument(req, query.fileName);
      return {
        status: 201,
        ...present(
          await ctx.agreements.uploadDocument(
            params.id,
            query.fileName,
            bytes,
            contentTypeOf(query.fileName),
            caller.id,
          ),
        ),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/{id}/document',
    summary: 'Den undertecknade överenskommelsen / the signed agreement',
    tags,
    access: councilReaders,
    params: idParams,
    responses: { 200: { description: 'Filen', contentType: 'application/octet-stream' } },
    handler: async ({ params }) => {
      const file = await ctx.agreements.document(params.id);
      if (!file) throw notFound({ sv: 'Överenskommelsens dokument', en: 'The agreement’s document' });
      return download(file);
    },
  }),
];
