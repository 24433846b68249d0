import type { BobDocumentJson, BobMeetingJson, BobMembersJson } from '../../../../api/contract/bob.js';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { useFileUpload } from './file-uploads.js';

export const bobKeys = {
  meetings: ['bob', 'meetings'] as const,
  documents: ['bob', 'documents'] as const,
  members: ['bob', 'members'] as const,
};

/** The BOB group's meetings, the latest first. */
export const useBobMeetings = () => useResource<{ meetings: BobMeetingJson[] }>(bobKeys.meetings, '/api/bob/meetings');

/** Records, changes (with the ETag read) or removes a meeting; answers the meeting as saved. */
export const useChangeBobMeeting = () => useChange<BobMeetingJson>([bobKeys.meetings]);

/** Saves a meeting's notes as a Word document in the BOB library: a new version, and the meeting links to it. */
export const useSaveBobMeetingDocument = () => useChange<DocumentInfoBody>([bobKeys.meetings, bobKeys.documents]);

/** The BOB library's documents. */
export const useBobDocuments = () =>
  useResource<{ documents: BobDocumentJson[] }>(bobKeys.documents, '/api/bob/documents');

/** Sends a document to the library; the same name again makes a new version. */
export const useUploadBobDocument = () => useFileUpload<DocumentInfoBody>('/api/bob/documents', [bobKeys.documents]);

/** Who is in the group, and who else could be. */
export const useBobMembers = () => useResource<BobMembersJson>(bobKeys.members, '/api/bob/members');

/** Sets who is in the group (local mode; Entra ID keeps the group otherwise). */
export const useSaveBobMembers = () => useChange<BobMembersJson>([bobKeys.members]);
