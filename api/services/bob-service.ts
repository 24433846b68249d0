import type { BobMeetingInput, BobMeetingRecord } from '../domain/bob.js';
import type { Clock } from '../domain/clock.js';
import { bobMeetingDocument } from '../documents/bob-meeting-document.js';
import { docxContentType } from '../documents/docx-parts.js';
import { documentLibraries } from '../documents/libraries.js';
import type { BobRepository } from '../repositories/bob-repository.js';
import type { Stored } from '../repositories/collection.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import { NotFoundError } from '../store/errors.js';
import type { FileInfo, StoragePort } from '../store/port.js';
import { safeFileName } from '../domain/file-names.js';
import { FieldRefused, NotFound } from '../domain/errors/domain-error.js';
import { diarienummerForNewVersion } from '../documents/records-fields.js';
import { shownInput } from '../domain/text-policy.js';

export interface BobMember {
  objectId: string;
  displayName: string;
  title: string;
}

export class BobMeetingNotFound extends NotFound {
  constructor() {
    super({ sv: 'Mötet', en: 'The meeting' });
  }
}
export class UnknownPerson extends FieldRefused {
  constructor(objectId: string) {
    super(
      'objectIds',
      `personen ${shownInput(objectId)} finns inte`,
      `the person ${shownInput(objectId)} does not exist`,
    );
  }
}

const library = documentLibraries.bob.name;
const documentsFolder = 'Dokument';
const meetingsFolder = 'Möten';

/** The BOB steering group's space: its members, meetings with notes, and documents, all in the BOB library. */
export class BobService {
  constructor(
    private readonly clock: Clock,
    private readonly store: StoragePort,
    private readonly bob: BobRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  async members(): Promise<{ members: BobMember[]; others: BobMember[] }> {
    const people = (await this.organisation.listPeople()).map((p) => ({
      objectId: p.objectId,
      displayName: p.displayName,
      title: p.title,
      member: p.roles.includes('BobMember'),
    }));
    const strip = ({ objectId, displayName, title }: BobMember) => ({ objectId, displayName, title });
    return { members: people.filter((p) => p.member).map(strip), others: people.filter((p) => !p.member).map(strip) };
  }

  /** Local mode: membership is the BobMember role on the stored people; each changed person is updated with its ETag. */
  async setMembers(
    objectIds: readonly string[],
    actor: string,
  ): Promise<{ members: BobMember[]; others: BobMember[] }> {
    const people = await this.organisation.people.all();
    const unknown = objectIds.find((id) => !people.some((p) => p.objectId === id));
    if (unknown) throw new UnknownPerson(unknown);
    for (const person of people) {
      const member = person.roles.includes('BobMember');
      const wanted = objectIds.includes(person.objectId);
      if (member === wanted) continue;
      const roles = wanted
        ? [...person.roles, 'BobMember' as const]
        : person.roles.filter((role) => role !== 'BobMember');
      await this.organisation.people.update(person.id, person.etag, { roles }, actor);
    }
    return this.members();
  }

  async meetings(): Promise<Stored<BobMeetingRecord>[]> {
    return this.bob.all();
  }

  async createMeeting(input: BobMeetingInput, actor: string): Promise<Stored<BobMeetingRecord>> {
    return this.bob.meetings.create({ ...input, documentPath: null }, actor);
  }

  async updateMeeting(
    id: string,
    etag: string,
    input: BobMeetingInput,
    actor: string,
  ): Promise<Stored<BobMeetingRecord>> {
    await this.meeting(id);
    return this.bob.meetings.update(id, etag, input, actor);
  }

  async deleteMeeting(id: string, etag: string, actor: string): Promise<void> {
    await this.meeting(id);
    await this.bob.meetings.delete(id, etag, actor);
  }

  /** The meeting's notes as a Word document in the BOB library, a new version each time. */
  async saveMeetingDocument(id: string, actor: string): Promise<FileInfo> {
    const meeting = await this.meeting(id);
    const path = `${meetingsFolder}/${safeFileName(`${meeting.date} ${meeting.title}.docx`)}`;
    const content = await bobMeetingDocument({
      meeting,
      generatedAt: this.clock.now(),
      diarienummer: await diarienummerForNewVersion(this.store, library, path),
    });
    const info = await this.store.putFile(library, path, content, docxContentType, actor);
    if (meeting.documentPath !== info.path)
      await this.bob.meetings.update(id, meeting.etag, { documentPath: info.path }, actor);
    return info;
  }

  async meetingDocument(id: string): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    const meeting = await this.meeting(id);
    return meeting.documentPath ? this.store.getFile(library, meeting.documentPath) : undefined;
  }

  /** The meetings' Word documents, newest versions, with their registrations. */
  async meetingDocuments(): Promise<FileInfo[]> {
    return this.filesIn(meetingsFolder);
  }

  async documents(): Promise<FileInfo[]> {
    return this.filesIn(documentsFolder);
  }

  private async filesIn(folder: string): Promise<FileInfo[]> {
    try {
      return (await this.store.listFolder(library, folder)).files;
    } catch (error) {
      if (error instanceof NotFoundError) return [];
      throw error;
    }
  }

  async uploadDocument(fileName: string, content: Uint8Array, contentType: string, actor: string): Promise<FileInfo> {
    return this.store.putFile(library, `${documentsFolder}/${safeFileName(fileName)}`, content, contentType, actor);
  }

  async document(fileName: string): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.store.getFile(library, `${documentsFolder}/${fileName}`);
  }

  private async meeting(id: string): Promise<Stored<BobMeetingRecord>> {
    const meeting = await this.bob.meetings.get(id);
    if (!meeting) throw new BobMeetingNotFound();
    return meeting;
  }
}
