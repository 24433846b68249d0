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
} from './port.js';

/** A port that hands every call to another: the base of decorators that add one job to some calls. */
export class ForwardingStore implements StoragePort {
  constructor(
    /** The store below, which does the work. */
    readonly inner: StoragePort,
  ) {}

  get kind(): StoragePort['kind'] {
    return this.inner.kind;
  }

  get atomicBatch(): boolean {
    return this.inner.atomicBatch;
  }

  get resourceUnits(): StoragePort['resourceUnits'] {
    return this.inner.resourceUnits;
  }

  ensureList(definition: ListDefinition): Promise<void> {
    return this.inner.ensureList(definition);
  }

  createItem(list: string, fields: Fields, actor: string): Promise<StoredItem> {
    return this.inner.createItem(list, fields, actor);
  }

  getItem(list: string, id: string): Promise<StoredItem | undefined> {
    return this.inner.getItem(list, id);
  }

  updateItem(list: string, id: string, etag: string, fields: Fields, actor: string): Promise<StoredItem> {
    return this.inner.updateItem(list, id, etag, fields, actor);
  }

  deleteItem(list: string, id: string, etag: string, actor: string): Promise<void> {
    return this.inner.deleteItem(list, id, etag, actor);
  }

  queryItems(list: string, query?: ItemQuery): Promise<ItemPage> {
    return this.inner.queryItems(list, query);
  }

  itemVersions(list: string, id: string): Promise<ItemVersion[]> {
    return this.inner.itemVersions(list, id);
  }

  batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]> {
    return this.inner.batch(operations, actor);
  }

  ensureLibrary(definition: LibraryDefinition): Promise<void> {
    return this.inner.ensureLibrary(definition);
  }

  putFile(library: string, path: string, content: Uint8Array, contentType: string, actor: string): Promise<FileInfo> {
    return this.inner.putFile(library, path, content, contentType, actor);
  }

  getFile(
    library: string,
    path: string,
    version?: string,
  ): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    return this.inner.getFile(library, path, version);
  }

  listFolder(library: string, folder?: string): Promise<FolderListing> {
    return this.inner.listFolder(library, folder);
  }

  listVersions(library: string, path: string): Promise<FileVersion[]> {
    return this.inner.listVersions(library, path);
  }

  setFileFields(library: string, path: string, fields: FileFields, actor: string): Promise<FileInfo> {
    return this.inner.setFileFields(library, path, fields, actor);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
