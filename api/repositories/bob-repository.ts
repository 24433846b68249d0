import { bobMeetingRecordSchema, type BobMeetingRecord } from '../domain/bob.js';
import type { Role } from '../domain/roles.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

/** The list of BOB meetings, which SharePoint must give the BOB group alone (provisioning says how). */
export const bobMeetingsList = { name: 'bobMeetings', title: 'BOB-möten', readers: ['BobMember'] as Role[] };

/** The BOB group's meetings. */
export class BobRepository {
  readonly meetings: Collection<BobMeetingRecord>;

  constructor(store: StoragePort) {
    this.meetings = new Collection(
      store,
      {
        name: bobMeetingsList.name,
        title: bobMeetingsList.title,
        columns: [
          { name: 'date', type: 'text', indexed: true },
          { name: 'title', type: 'text' },
          { name: 'place', type: 'text' },
          { name: 'attendees', type: 'note' },
          { name: 'notes', type: 'note' },
          { name: 'documentPath', type: 'text' },
        ],
      },
      bobMeetingRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.meetings.ensure();
  }

  async all(): Promise<Stored<BobMeetingRecord>[]> {
    return this.meetings.all({ orderBy: [{ field: 'date', direction: 'desc' }] });
  }
}
