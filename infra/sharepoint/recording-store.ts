import type {
  BatchOperation,
  BatchResult,
  Fields,
  FileFields,
  FileInfo,
  FileVersion,
  FolderListing,
  ItemPage,
  ItemVersion,
  LibraryDefinition,
  ListDefinition,
  StoragePort,
  StoredItem,
} from '../../api/store/port.js';

/**
 * A store that only remembers which lists and libraries it was asked to ensure. Starting the app's context
 * on it gathers every definition the app uses, the same code path a real start takes, so provisioning can
 * forget none. Reads find nothing; writes answer as if done and keep nothing.
 */
export class RecordingStore implements StoragePort {
  readonly kind = 'sharepoint' as const;
  readonly atomicBatch = false;
  readonly lists = new Map<string, ListDefinition>();
  readonly libraries = new Map<string, LibraryDefinition>();
  private nextId = 1;

  async ensureList(definition: ListDefinition): Promise<void> {
    const known = this.lists.get(definition.name);
    const columns = new Map((known?.columns ?? []).map((column) => [column.name, column]));
    for (const column of definition.columns)
      columns.set(column.name, {
        ...columns.get(column.name),
        ...column,
        indexed: column.indexed || columns.get(column.name)?.indexed,
      });
    this.lists.set(definition.name, { name: definition.name, title: definition.title, columns: [...columns.values()] });
  }

  async itemVersions(): Promise<ItemVersion[]> {
    return [];
  }

  async ensureLibrary(definition: LibraryDefinition): Promise<void> {
    // Records columns and all: provisioning creates the library as the app defines it.
    this.libraries.set(definition.name, {
      name: definition.name,
      title: definition.title,
      ...(definition.columns ? { columns: [...definition.columns] } : {}),
    });
  }

  async createItem(_list: string, fields: Fields, actor: string): Promise<StoredItem> {
    return this.item(fields, actor);
  }

  async getItem(): Promise<StoredItem | undefined> {
    return undefined;
  }

  async updateItem(_list: string, id: string, _etag: string, fields: Fields, actor: string): Promise<StoredItem> {
    return { ...this.item(fields, actor), id };
  }

  async deleteItem(): Promise<void> {}

  async queryItems(): Promise<ItemPage> {
    return { items: [] };
  }

  async batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]> {
    return operations.map((operation) =>
      operation.op === 'delete'
        ? { op: 'delete', id: operation.id }
        : { op: operation.op, item: this.item(operation.fields, actor) },
    );
  }

  async putFile(
    library: string,
    path: string,
    content: Uint8Array,
    contentType: string,
    actor: string,
  ): Promise<FileInfo> {
    return {
      library,
      path,
      version: '1.0',
      size: content.byteLength,
      contentType,
      modifiedAt: new Date(0).toISOString(),
      modifiedBy: actor,
    };
  }

  async setFileFields(library: string, path: string, fields: FileFields, actor: string): Promise<FileInfo> {
    const set = Object.fromEntries(
      Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null),
    );
    return {
      library,
      path,
      version: '1.0',
      size: 0,
      contentType: 'application/octet-stream',
      modifiedAt: new Date(0).toISOString(),
      modifiedBy: actor,
      fields: set,
    };
  }

  async getFile(): Promise<undefined> {
    return undefined;
  }

  async listFolder(): Promise<FolderListing> {
    return { folders: [], files: [] };
  }

  async listVersions(): Promise<FileVersion[]> {
    return [];
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private item(fields: Fields, actor: string): StoredItem {
    const at = new Date(0).toISOString();
    const id = String(this.nextId++);
    return { id, etag: `"${id},1"`, fields, createdAt: at, createdBy: actor, modifiedAt: at, modifiedBy: actor };
  }
}
