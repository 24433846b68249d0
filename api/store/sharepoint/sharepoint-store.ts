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
import { GraphHttp, type GraphHttpOptions } from './graph-http.js';
import type { ResourceUnitMeter } from './resource-units.js';
import { siteSchema } from './graph-schemas.js';
import { defaultUploadLimits, fileVersionsList, LibraryFiles, type UploadLimits } from './library-files.js';
import { ListItems } from './list-items.js';
import { SiteSchema, type SchemaChange } from './site-schema.js';

export interface SharePointStoreOptions extends GraphHttpOptions {
  siteId: string;
  uploadLimits?: UploadLimits;
}

/** The sharepoint adapter: the municipality's SharePoint site through Microsoft Graph, app-only. */
export class SharePointStore implements StoragePort {
  readonly kind = 'sharepoint' as const;
  /** Graph's JSON batches are not transactions: each request succeeds or fails on its own. */
  readonly atomicBatch = false;
  readonly http: GraphHttp;
  readonly resourceUnits: ResourceUnitMeter;
  readonly schema: SiteSchema;
  private readonly items: ListItems;
  private readonly files: LibraryFiles;
  private fileLog?: Promise<SchemaChange[]>;

  constructor(options: SharePointStoreOptions) {
    this.http = new GraphHttp(options);
    this.resourceUnits = this.http.meter;
    this.schema = new SiteSchema(this.http, options.siteId);
    this.items = new ListItems(this.http, this.schema);
    this.files = new LibraryFiles(this.http, this.schema, this.items, options.uploadLimits ?? defaultUploadLimits);
  }

  async ensureList(definition: ListDefinition): Promise<void> {
    await this.schema.ensureList(definition);
  }

  createItem(list: string, fields: Fields, actor: string): Promise<StoredItem> {
    return this.items.create(list, fields, actor);
  }

  getItem(list: string, id: string): Promise<StoredItem | undefined> {
    return this.items.get(list, id);
  }

  updateItem(list: string, id: string, etag: string, fields: Fields, actor: string): Promise<StoredItem> {
    return this.items.update(list, id, etag, fields, actor);
  }

  deleteItem(list: string, id: string, etag: string): Promise<void> {
    return this.items.delete(list, id, etag);
  }

  queryItems(list: string, query: ItemQuery = {}): Promise<ItemPage> {
    return this.items.query(list, query);
  }

  itemVersions(list: string, id: string): Promise<ItemVersion[]> {
    return this.items.versions(list, id);
  }

  batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]> {
    return this.items.batch(operations, actor);
  }

  /** A library and the list that remembers who uploaded each of its versions. */
  async ensureLibrary(definition: LibraryDefinition): Promise<void> {
    await this.ensureLibraryWithChanges(definition);
  }

  async ensureLibraryWithChanges(definition: LibraryDefinition): Promise<SchemaChange[]> {
    this.fileLog ??= this.schema.ensureList(fileVersionsList).catch((error: unknown) => {
      this.fileLog = undefined;
      throw error;
    });
    const logChanges = await this.fileLog;
    return [...logChanges.splice(0), ...(await this.schema.ensureLibrary(definition))];
  }

  putFile(library: string, path: string, content: Uint8Array, contentType: string, actor: string): Promise<FileInfo> {
    return this.files.put(library, path, content, contentType, actor);
  }

  getFile(
    library: string,
    path: string,
    version?: string,
  ): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.files.get(library, path, version);
  }

  listFolder(library: string, folder?: string): Promise<FolderListing> {
    return this.files.listFolder(library, folder);
  }

  listVersions(library: string, path: string): Promise<FileVersion[]> {
    return this.files.versions(library, path);
  }

  setFileFields(library: string, path: string, fields: FileFields, actor: string): Promise<FileInfo> {
    return this.files.setFields(library, path, fields, actor);
  }

  /** One request, no retries: a health probe answers now rather than waiting out throttling. */
  async ping(): Promise<void> {
    siteSchema.parse(await this.http.json({ method: 'GET', path: `${this.schema.sitePath}?$select=id`, once: true }));
  }

  async close(): Promise<void> {
    // Nothing is held open: every request is its own HTTP exchange.
  }
}
