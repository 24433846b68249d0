// The BOB routes' answers, as their response schemas say.
export type { BobDocumentJson, BobMeetingJson, BobMemberJson, BobMembersJson } from '../../../../api/contract/bob.js';
