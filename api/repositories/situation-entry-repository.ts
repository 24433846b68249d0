import type { Role } from '../domain/roles.js';
import { storedSituationEntrySchema, type SituationEntry } from '../domain/situation/entry.js';
import type { Filter, ListDefinition, StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

export const situationEntriesList = 'situationEntries';

/**
 * BOB-marked entries live in a list of their own that SharePoint gives the BOB group alone (provisioning says
 * how), so they are protected outside the app too. Their ids carry this prefix, unique beside the shared list's.
 */
export const bobSituationEntriesList = {
  name: 'situationEntriesBob',
  title: 'Lägesbildsposter BOB',
  readers: ['BobMember'] as Role[],
};
const bobPrefix = 'bob-';

const entryColumns: ListDefinition['columns'] = [
  { name: 'date', type: 'text', indexed: true },
  { name: 'area', type: 'text', indexed: true, rarelyFiltered: true },
  { name: 'category', type: 'text', indexed: true, rarelyFiltered: true },
  { name: 'categoryText', type: 'text' },
  { name: 'source', type: 'text', indexed: true, rarelyFiltered: true },
  { name: 'sourceName', type: 'text' },
  { name: 'departmentId', type: 'text', indexed: true },
  { name: 'actorId', type: 'text', indexed: true },
  { name: 'description', type: 'note' },
  { name: 'newPhenomenon', type: 'boolean', indexed: true },
  { name: 'bob', type: 'boolean', indexed: true },
  { name: 'count', type: 'number' },
  { name: 'preliminary', type: 'boolean', indexed: true },
  { name: 'importId', type: 'text', indexed: true, rarelyFiltered: true },
  { name: 'importKey', type: 'text', indexed: true, rarelyFiltered: true },
];

/** The continuous lägesbild, in two lists: the shared one and the BOB group's. Every filtered column is indexed. */
export class SituationEntryRepository {
  /** The shared list: never a BOB entry (imports and department reports write here directly). */
  readonly entries: Collection<SituationEntry>;
  private readonly bobEntries: Collection<SituationEntry>;

  constructor(store: StoragePort) {
    this.entries = new Collection(
      store,
      { name: situationEntriesList, title: 'Lägesbildsposter', columns: entryColumns },
      storedSituationEntrySchema,
    );
    this.bobEntries = new Collection(
      store,
      { name: bobSituationEntriesList.name, title: bobSituationEntriesList.title, columns: entryColumns },
      storedSituationEntrySchema,
    );
  }

  /** Both lists; BOB entries kept in the shared list by an earlier version are moved to the BOB list. */
  async ensure(): Promise<void> {
    await Promise.all([this.entries.ensure(), this.bobEntries.ensure()]);
    for (const misplaced of await this.entries.all({ filters: [{ field: 'bob', op: 'eq', value: true }] }))
      await this.move(misplaced, 'system:bob-list');
  }

  async get(id: string): Promise<Stored<SituationEntry> | undefined> {
    if (!id.startsWith(bobPrefix)) return this.entries.get(id);
    const entry = await this.bobEntries.get(id.slice(bobPrefix.length));
    return entry && asBob(entry);
  }

  async create(entry: SituationEntry, actor: string): Promise<Stored<SituationEntry>> {
    return entry.bob ? asBob(await this.bobEntries.create(entry, actor)) : this.entries.create(entry, actor);
  }

  /** Marking an entry BOB, or no longer BOB, moves it to the other list (a new id); otherwise an edit in place. */
  async update(id: string, etag: string, entry: SituationEntry, actor: string): Promise<Stored<SituationEntry>> {
    const inBob = id.startsWith(bobPrefix);
    if (inBob === entry.bob)
      return inBob
        ? asBob(await this.bobEntries.update(id.slice(bobPrefix.length), etag, entry, actor))
        : this.entries.update(id, etag, entry, actor);
    const current = await this.get(id);
    if (!current) return this.entries.update(id, etag, entry, actor);
    return this.move({ ...current, ...entry, id, etag }, actor);
  }

  async delete(id: string, etag: string, actor: string): Promise<void> {
    if (id.startsWith(bobPrefix)) await this.bobEntries.delete(id.slice(bobPrefix.length), etag, actor);
    else await this.entries.delete(id, etag, actor);
  }

  /** Entries of both lists matching the filters, BOB ones with their prefixed ids. */
  async all(query: { filters?: Filter[] } = {}): Promise<Stored<SituationEntry>[]> {
    const [shared, bob] = await Promise.all([this.entries.all(query), this.bobEntries.all(query)]);
    return [...shared, ...bob.map(asBob)];
  }

  /** Entries dated from..to (inclusive ISO dates), oldest first; BOB entries only when the reader may see them. */
  async between(
    from: string,
    to: string,
    options: { includeBob: boolean; filters?: Filter[] },
  ): Promise<Stored<SituationEntry>[]> {
    const query = {
      filters: [
        { field: 'date', op: 'ge' as const, value: from },
        { field: 'date', op: 'le' as const, value: to },
        ...(options.filters ?? []),
      ],
      orderBy: [{ field: 'date' }],
    };
    const [shared, bob] = await Promise.all([
      this.entries.all(query),
      options.includeBob ? this.bobEntries.all(query) : [],
    ]);
    return [...shared.filter((entry) => !entry.bob), ...bob.map(asBob)].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
  }

  /** The entries flagged as new phenomena, dated from..to: what the compilations list beside the counts. */
  async newPhenomena(from: string, to: string, includeBob: boolean): Promise<Stored<SituationEntry>[]> {
    return this.between(from, to, { includeBob, filters: [{ field: 'newPhenomenon', op: 'eq', value: true }] });
  }

  /**
   * To the list the entry's flag names: created there first, then removed here with the ETag it was read
   * with (a stale one removes the copy again and answers the conflict), so it is never in neither list.
   */
  private async move(entry: Stored<SituationEntry>, actor: string): Promise<Stored<SituationEntry>> {
    const { id, etag, ...fields } = entry;
    const created = await this.create(fields, actor);
    try {
      await this.delete(id, etag, actor);
    } catch (error) {
      await this.delete(created.id, created.etag, actor);
      throw error;
    }
    return created;
  }
}

const asBob = (entry: Stored<SituationEntry>): Stored<SituationEntry> => ({ ...entry, id: `${bobPrefix}${entry.id}` });
