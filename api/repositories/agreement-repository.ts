import { agreementRecordSchema, type AgreementRecord } from '../domain/agreement.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

/** The municipality's written cooperation agreements, one item each. */
export class AgreementRepository {
  readonly agreements: Collection<AgreementRecord>;

  constructor(store: StoragePort) {
    this.agreements = new Collection(
      store,
      {
        name: 'cooperationAgreements',
        title: 'Samverkansöverenskommelser',
        columns: [
          { name: 'actorId', type: 'text', indexed: true },
          { name: 'title', type: 'text' },
          { name: 'signedOn', type: 'text' },
          { name: 'validUntil', type: 'text', indexed: true },
          { name: 'note', type: 'note' },
          { name: 'documentPath', type: 'text' },
        ],
      },
      agreementRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.agreements.ensure();
  }

  async all(): Promise<Stored<AgreementRecord>[]> {
    return this.agreements.all({ orderBy: [{ field: 'validUntil' }] });
  }
}
