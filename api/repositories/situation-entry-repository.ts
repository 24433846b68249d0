import { storedSituationEntrySchema, type SituationEntry } from '../domain/situation/entry.js';
import type { Filter, StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

export const situationEntriesList = 'situationEntries';

/** The continuous lägesbild. Every column a view filters on is indexed, as SharePoint requires. */
export class SituationEntryRepository {
  readonly entries: Collection<SituationEntry>;

  constructor(store: StoragePort) {
    this.entries = new Collection(
      store,
      {
        name: situationEntriesList,
        title: 'Lägesbildsposter',
        columns: [
          { name: 'date', type: 'text', indexed: true },
          { name: 'area', type: 'text', indexed: true },
          { name: 'category', type: 'text', indexed: true },
          { name: 'source', type: 'text', indexed: true },
          { name: 'sourceName', type: 'text' },
          { name: 'departmentId', type: 'text', indexed: true },
          { name: 'description', type: 'note' },
          { name: 'newPhenomenon', type: 'boolean', indexed: true },
          { name: 'bob', type: 'boolean', indexed: true },
          { name: 'count', type: 'number' },
          { name: 'importId', type: 'text', indexed: true },
          { name: 'importKey', type: 'text', indexed: true },
        ],
      },
      storedSituationEntrySchema,
    );
  }

  async ensure(): Promise<void> {
    await this.entries.ensure();
  }

  /**
   * Entries dated from..to (inclusive ISO dates), oldest first; BOB entries only when the reader may see them.
   * The BOB flag is filtered here rather than in the query, so the planner keeps to the date index.
   */
  async between(from: string, to: string, options: { includeBob: boolean; filters?: Filter[] }): Promise<Stored<SituationEntry>[]> {
    const entries = await this.entries.all({
      filters: [{ field: 'date', op: 'ge', value: from }, { field: 'date', op: 'le', value: to }, ...(options.filters ?? [])],
      orderBy: [{ field: 'date' }],
    });
    return options.includeBob ? entries : entries.filter((entry) => !entry.bob);
  }
}
