import { join } from 'node:path';
import type { Clock } from '../../domain/clock.js';
import type {
  BatchOperation,
  BatchResult,
  Fields,
  FileFields,
  FileInfo,
  FileVersion,
  FolderListing,
  ItemPage,
  ItemQuery,
  ItemVersion,
  LibraryDefinition,
  ListDefinition,
  StoragePort,
  StoredItem,
} from '../port.js';
import { openDatabase, type Sqlite } from './database.js';
import { FileLibraries } from './file-libraries.js';
import { SqliteLists } from './sqlite-lists.js';

/** The embedded adapter: one SQLite file (WAL) and a blob folder under the data directory. */
/** A batch this large changes the shape of a list enough to refresh the planner's statistics. */
const bulkSize = 1_000;

export class EmbeddedStore implements StoragePort {
  readonly kind = 'embedded' as const;
  readonly atomicBatch = true;
  private readonly db: Sqlite;
  private readonly lists: SqliteLists;
  private readonly libraries: FileLibraries;
  private readonly clock: Clock;

  constructor(dataDir: string, clock: Clock) {
    this.db = openDatabase(join(dataDir, 'trygghetshjulet.sqlite'));
    this.clock = clock;
    this.lists = new SqliteLists(this.db, clock);
    this.libraries = new FileLibraries(this.db, dataDir, clock);
  }

  async ensureList(definition: ListDefinition): Promise<void> {
    this.lists.ensureList(definition);
  }

  async createItem(list: string, fields: Fields, actor: string): Promise<StoredItem> {
    return this.db.transaction(() => this.lists.create(list, fields, actor))();
  }

  async getItem(list: string, id: string): Promise<StoredItem | undefined> {
    return this.lists.get(list, id);
  }

  async updateItem(list: string, id: string, etag: string, fields: Fields, actor: string): Promise<StoredItem> {
    return this.db.transaction(() => this.lists.update(list, id, etag, fields, actor))();
  }

  async deleteItem(list: string, id: string, etag: string, actor: string): Promise<void> {
    this.db.transaction(() => this.lists.delete(list, id, etag, actor))();
  }

  async queryItems(list: string, query: ItemQuery = {}): Promise<ItemPage> {
    return this.lists.query(list, query);
  }

  async itemVersions(list: string, id: string): Promise<ItemVersion[]> {
    return this.lists.versions(list, id);
  }

  async batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]> {
    const now = this.clock.now().toISOString();
    const results = this.db.transaction(() =>
      operations.map((operation): BatchResult => {
        switch (operation.op) {
          case 'create':
            return { op: 'create', item: this.lists.create(operation.list, operation.fields, actor, now) };
          case 'update':
            return {
              op: 'update',
              item: this.lists.update(operation.list, operation.id, operation.etag, operation.fields, actor),
            };
          default:
            this.lists.delete(operation.list, operation.id, operation.etag, actor);
            return { op: 'delete', id: operation.id };
        }
      }),
    )();
    // After a large import the query planner needs fresh statistics. PRAGMA optimize analyses only the tables
    // that might benefit, such as one grown a lot since its last analysis, reading a sample (analysis_limit):
    // sqlite.org/lang_analyze.html, "Automatically Running ANALYZE".
    if (operations.length >= bulkSize) this.db.pragma('optimize');
    return results;
  }

  async ensureLibrary(definition: LibraryDefinition): Promise<void> {
    this.libraries.ensureLibrary(definition);
  }

  async putFile(
    library: string,
    path: string,
    content: Uint8Array,
    contentType: string,
    actor: string,
  ): Promise<FileInfo> {
    return this.libraries.put(library, path, content, contentType, actor);
  }

  async getFile(
    library: string,
    path: string,
    version?: string,
  ): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.libraries.get(library, path, version);
  }

  async listFolder(library: string, folder?: string): Promise<FolderListing> {
    return this.libraries.listFolder(library, folder);
  }

  async listVersions(library: string, path: string): Promise<FileVersion[]> {
    return this.libraries.versions(library, path);
  }

  async setFileFields(library: string, path: string, fields: FileFields, actor: string): Promise<FileInfo> {
    return this.libraries.setFields(library, path, fields, actor);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
