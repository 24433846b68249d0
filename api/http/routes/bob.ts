import { z } from 'zod';
import { bobMeetingInputSchema, bobMembersInputSchema } from '../../domain/bob.js';
import { bobDocumentsSchema, meetingSchema, membersSchema } from '../../contract/bob.js';
import { docxContentType } from '../../documents/docx-parts.js';
import type { Role } from '../../domain/roles.js';
import type { AppContext } from '../../app-context.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { documentInfoBody, documentInfoSchema, idParams } from '../schemas.js';
import { contentTypeOf, download, fileNameQuery, uploadedDocument } from '../upload.js';

/** Every BOB route: the BOB group only, and to anyone else an address that does not exist. */
const bobOnly = { access: ['BobMember'] as readonly Role[], hidden: true, tags: ['BOB'] };

const fileParams = z.object({ fileName: fileNameQuery.shape.fileName });

const presentMeeting = ({
  id,
  etag,
  date,
  title,
  place,
  attendees,
  notes,
  documentPath,
}: z.infer<typeof meetingSchema>) => ({
  body: { id, etag, date, title, place, attendees, notes, documentPath },
  headers: { ETag: etag },
});

export const bobRoutes = (ctx: AppContext) => {
  const managedInEntra = ctx.authenticator.mode === 'entra';
  return [
    defineRoute({
      ...bobOnly,
      method: 'get',
      path: '/api/bob/members',
      summary: 'BOB-gruppens medlemmar / the BOB group’s members',
      responses: { 200: { description: 'Medlemmarna', schema: membersSchema } },
      handler: async () => ({ body: { ...(await ctx.bob.members()), managedInEntra } }),
    }),
    defineRoute({
      ...bobOnly,
      method: 'put',
      path: '/api/bob/members',
      summary: 'Ange vilka som är med i BOB-gruppen (lokalt läge) / set who is in the BOB group (local mode)',
      body: bobMembersInputSchema,
      responses: {
        200: { description: 'Medlemmarna', schema: membersSchema },
        409: { description: 'Medlemskapet styrs i Entra ID' },
      },
      handler: async ({ body, caller }) => {
        if (managedInEntra) {
          throw new DomainError('managed_in_entra', {
            sv: 'Med Entra-inloggning är BOB-gruppen de som har approllen BobMember; ändra den under Företagsprogram › Trygghetshjulet › Användare och grupper.',
            en: 'With Entra sign-in the BOB group is whoever holds the BobMember app role; change it under Enterprise applications › Trygghetshjulet › Users and groups.',
          });
        }
        return { body: { ...(await ctx.bob.setMembers(body.objectIds, caller.id)), managedInEntra } };
      },
    }),
    defineRoute({
      ...bobOnly,
      method: 'get',
      path: '/api/bob/meetings',
      summary: 'BOB-gruppens möten, senaste först / the BOB group’s meetings, newest first',
      responses: { 200: { description: 'Mötena', schema: z.object({ meetings: z.array(meetingSchema) }) } },
      handler: async () => {
        const [meetings, documents] = await Promise.all([ctx.bob.meetings(), ctx.bob.meetingDocuments()]);
        return {
          body: {
            meetings: meetings.map((meeting) => ({
              ...presentMeeting(meeting).body,
              document: documentInfoBody(documents.find((document) => document.path === meeting.documentPath)),
            })),
          },
        };
      },
    }),
    defineRoute({
      ...bobOnly,
      method: 'post',
      path: '/api/bob/meetings',
      summary: 'Nytt möte / a new meeting',
      body: bobMeetingInputSchema,
      responses: { 201: { description: 'Mötet', schema: meetingSchema } },
      handler: async ({ body, caller }) => ({
        status: 201,
        ...presentMeeting(await ctx.bob.createMeeting(body, caller.id)),
      }),
    }),
    defineRoute({
      ...bobOnly,
      method: 'put',
      path: '/api/bob/meetings/{id}',
      summary: 'Ändra ett möte och dess anteckningar / change a meeting and its notes',
      params: idParams,
      body: bobMeetingInputSchema,
      requiresIfMatch: true,
      responses: {
        200: { description: 'Mötet', schema: meetingSchema },
        412: { description: 'Någon annan har ändrat mötet' },
      },
      handler: async ({ params, body, caller, ifMatch }) =>
        presentMeeting(await ctx.bob.updateMeeting(params.id, ifMatch!, body, caller.id)),
    }),
    defineRoute({
      ...bobOnly,
      method: 'delete',
      path: '/api/bob/meetings/{id}',
      summary: 'Ta bort ett möte (dokumentet finns kvar) / delete a meeting (its document stays)',
      params: idParams,
      requiresIfMatch: true,
      responses: { 204: { description: 'Borttaget' } },
      handler: async ({ params, caller, ifMatch }) => {
        await ctx.bob.deleteMeeting(params.id, ifMatch!, caller.id);
        return { status: 204 };
      },
    }),
    defineRoute({
      ...bobOnly,
      method: 'post',
      path: '/api/bob/meetings/{id}/document',
      summary: 'Spara mötesanteckningarna som Word-dokument i BOB-biblioteket / save the notes as a Word document',
      params: idParams,
      responses: { 201: { description: 'Den nya versionen', schema: documentInfoSchema } },
      handler: async ({ params, caller }) => ({
        status: 201,
        body: documentInfoBody(await ctx.bob.saveMeetingDocument(params.id, caller.id)),
      }),
    }),
    defineRoute({
      ...bobOnly,
      method: 'get',
      path: '/api/bob/meetings/{id}/document',
      summary: 'Mötesanteckningarna som Word-dokument / the notes as a Word document',
      params: idParams,
      responses: { 200: { description: 'Word-dokument', contentType: docxContentType } },
      handler: async ({ params }) => {
        const file = await ctx.bob.meetingDocument(params.id);
        if (!file) throw notFound({ sv: 'Mötets dokument', en: 'The meeting’s document' });
        return download(file);
      },
    }),
    defineRoute({
      ...bobOnly,
      method: 'get',
      path: '/api/bob/documents',
      summary: 'BOB-bibliotekets dokument / the BOB library’s documents',
      responses: { 200: { description: 'Dokumenten', schema: bobDocumentsSchema } },
      handler: async () => ({
        body: {
          documents: (await ctx.bob.documents()).map((f) => ({
            ...documentInfoBody(f),
            name: f.path.split('/').pop()!,
            size: f.size,
          })),
        },
      }),
    }),
    defineRoute({
      ...bobOnly,
      method: 'post',
      path: '/api/bob/documents',
      summary: 'Ladda upp ett dokument till BOB-biblioteket (samma namn ger en ny version) / upload a document',
      query: fileNameQuery,
      responses: { 201: { description: 'Dokumentet', schema: documentInfoSchema } },
      handler: async ({ query, req, caller }) => {
        const bytes = await uploadedDocument(req, query.fileName);
        return {
          status: 201,
          body: documentInfoBody(
            await ctx.bob.uploadDocument(query.fileName, bytes, contentTypeOf(query.fileName), caller.id),
          ),
        };
      },
    }),
    defineRoute({
      ...bobOnly,
      method: 'get',
      path: '/api/bob/documents/{fileName}',
      summary: 'Ett dokument i BOB-biblioteket / a document in the BOB library',
      params: fileParams,
      responses: { 200: { description: 'Filen', contentType: 'application/octet-stream' } },
      handler: async ({ params }) => {
        const file = await ctx.bob.document(params.fileName);
        if (!file) throw notFound({ sv: 'Dokumentet', en: 'The document' });
        return download(file);
      },
    }),
  ];
};
