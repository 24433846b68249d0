import { z } from 'zod';
import { documentInfoSchema } from './documents.js';

/** What the BOB routes answer, to the BOB group alone: its members, its meetings, its library's documents. */
export const memberSchema = z.object({ objectId: z.string(), displayName: z.string(), title: z.string() });
export const membersSchema = z
  .object({ members: z.array(memberSchema), others: z.array(memberSchema), managedInEntra: z.boolean() })
  .meta({ id: 'BobMembers' });
export const meetingSchema = z
  .object({
    id: z.string(),
    etag: z.string(),
    date: z.string(),
    title: z.string(),
    place: z.string(),
    attendees: z.string(),
    notes: z.string(),
    documentPath: z.string().nullable(),
    /** In the list: the notes' Word document with its registration, null before the first is saved. */
    document: documentInfoSchema.nullable().optional(),
  })
  .meta({ id: 'BobMeeting' });
export const bobDocumentsSchema = z
  .object({ documents: z.array(documentInfoSchema.extend({ name: z.string(), size: z.number() })) })
  .meta({ id: 'BobDocuments' });

export type BobMemberJson = z.infer<typeof memberSchema>;
export type BobMembersJson = z.infer<typeof membersSchema>;
export type BobMeetingJson = z.infer<typeof meetingSchema>;
export type BobDocumentJson = z.infer<typeof bobDocumentsSchema>['documents'][number];
