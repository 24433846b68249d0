export interface BobMeetingJson {
  id: string;
  etag: string;
  date: string;
  title: string;
  place: string;
  attendees: string;
  notes: string;
  documentPath: string | null;
}

export interface BobDocumentJson {
  name: string;
  version: string;
  modifiedAt: string;
  path: string;
  size: number;
}

export interface BobMemberJson {
  objectId: string;
  displayName: string;
  title: string;
}
