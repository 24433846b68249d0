import { NotFoundError } from './errors.js';

/**
 * The storage port. Its shape follows what SharePoint lists and libraries offer through Graph,
 * so the embedded SQLite adapter and the sharepoint adapter can both honour it exactly.
 */

export type ColumnType = 'text' | 'note' | 'number' | 'boolean' | 'dateTime' | 'json';

export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  /** Only indexed columns may be filtered or ordered on (SharePoint's rule for large lists). */
  indexed?: boolean;
  /**
   * Filtered on only by rare maintenance (a category removed, an import undone) or always beside a selective
   * column: the embedded store scans for these rather than keep an index every written row must update.
   * SharePoint indexes them all the same, since its list view threshold refuses unindexed filters.
   */
  rarelyFiltered?: boolean;
}

export interface ListDefinition {
  name: string;
  title: string;
  columns: ColumnDefinition[];
}

export type Fields = Record<string, unknown>;

export interface StoredItem {
  id: string;
  etag: string;
  fields: Fields;
  createdAt: string;
  createdBy: string;
  modifiedAt: string;
  modifiedBy: string;
}

/** An item as it was after one change: the whole set of fields, who changed it and when. */
export interface ItemVersion {
  at: string;
  by: string;
  fields: Fields;
}

export type FilterOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type FilterValue = string | number | boolean | null;

export interface Filter {
  field: string;
  op: FilterOperator;
  value: FilterValue;
}

export interface OrderBy {
  field: string;
  direction?: 'asc' | 'desc';
}

export interface ItemQuery {
  filters?: Filter[];
  orderBy?: OrderBy[];
  /** Page size; the adapter caps it at maxPageSize. */
  top?: number;
  /** Opaque token from a previous page. */
  pageToken?: string;
  /** Only these fields are read and answered, the item's others absent: a column or two of many items. */
  select?: string[];
}

export interface ItemPage {
  items: StoredItem[];
  nextPageToken?: string;
}

export const maxPageSize = 500;

export type BatchOperation =
  | { op: 'create'; list: string; fields: Fields }
  | { op: 'update'; list: string; id: string; etag: string; fields: Fields }
  | { op: 'delete'; list: string; id: string; etag: string };

export type BatchResult = { op: 'create' | 'update'; item: StoredItem } | { op: 'delete'; id: string };

export interface LibraryDefinition {
  name: string;
  title: string;
  /** The library's own columns, text only: what each file carries beside its content (the records metadata). */
  columns?: ColumnDefinition[];
}

/** A library column's value: text, or null to clear it. */
export type FileFields = Record<string, string | null>;

export interface FileInfo {
  library: string;
  path: string;
  version: string;
  size: number;
  contentType: string;
  modifiedAt: string;
  modifiedBy: string;
  /** Where people open the file in SharePoint (Word for the web); the embedded store has no such address. */
  webUrl?: string;
  /** The library columns that have a value on this file. */
  fields?: Record<string, string>;
}

export interface FileVersion {
  version: string;
  size: number;
  modifiedAt: string;
  modifiedBy: string;
}

export interface FolderListing {
  folders: string[];
  files: FileInfo[];
}

export interface ResourceUnitReading {
  lastMinute(): number;
  /** How long until `units` more keep the last minute within `budget`. */
  waitMs(units: number, budget: number): number;
}

export interface StoragePort {
  readonly kind: 'embedded' | 'sharepoint';
  /** True when batch() applies all operations or none (SQLite); Graph's $batch is not atomic. */
  readonly atomicBatch: boolean;

  ensureList(definition: ListDefinition): Promise<void>;
  createItem(list: string, fields: Fields, actor: string): Promise<StoredItem>;
  getItem(list: string, id: string): Promise<StoredItem | undefined>;
  /** Merges the given fields; a stale etag throws ConflictError and changes nothing. */
  updateItem(list: string, id: string, etag: string, fields: Fields, actor: string): Promise<StoredItem>;
  deleteItem(list: string, id: string, etag: string, actor: string): Promise<void>;
  queryItems(list: string, query?: ItemQuery): Promise<ItemPage>;
  /** The item as it was after each change, oldest first (SharePoint keeps what its versioning settings keep). */
  itemVersions(list: string, id: string): Promise<ItemVersion[]>;
  /** Several changes from one user action; the embedded adapter applies them all or none. */
  batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]>;

  ensureLibrary(definition: LibraryDefinition): Promise<void>;
  /** Every put of an existing path adds a version; nothing is overwritten. */
  putFile(library: string, path: string, content: Uint8Array, contentType: string, actor: string): Promise<FileInfo>;
  getFile(
    library: string,
    path: string,
    version?: string,
  ): Promise<{ info: FileInfo; content: Uint8Array } | undefined>;
  listFolder(library: string, folder?: string): Promise<FolderListing>;
  listVersions(library: string, path: string): Promise<FileVersion[]>;
  /**
   * Merges values into the file's library columns (null clears one); a column the library does not have is
   * refused. The content is unchanged; SharePoint may record the change as a version of its own.
   */
  setFileFields(library: string, path: string, fields: FileFields, actor: string): Promise<FileInfo>;

  /** The resource units the app spent on SharePoint in the last minute, for work that paces itself (none locally). */
  readonly resourceUnits?: ResourceUnitReading;

  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Reads every page of a query; for the small lists (organisation, settings) this is what callers want. */
export async function queryAll(
  store: StoragePort,
  list: string,
  query: Omit<ItemQuery, 'pageToken'> = {},
): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  let pageToken: string | undefined;
  do {
    const page = await store.queryItems(list, { ...query, pageToken });
    items.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  // Graph is reported to ignore $orderby on list items (microsoft-graph-docs #14191): the whole result is put
  // in the asked order here, which changes nothing where the store ordered it already.
  return query.orderBy?.length ? sortItems(items, query.orderBy) : items;
}

/** Items in the given order, as SQLite orders them: empty values first when ascending, text by code point. */
export function sortItems(items: StoredItem[], orderBy: readonly OrderBy[]): StoredItem[] {
  const compare = (a: unknown, b: unknown): number => {
    const empty = (value: unknown) => value === null || value === undefined;
    if (empty(a) || empty(b)) return empty(a) === empty(b) ? 0 : empty(a) ? -1 : 1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    const [x, y] = [String(a), String(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return [...items].sort((a, b) => {
    for (const { field, direction } of orderBy) {
      const order = compare(a.fields[field], b.fields[field]);
      if (order !== 0) return direction === 'desc' ? -order : order;
    }
    return 0;
  });
}

/** The newest version of the file at `path`, or undefined when neither it nor its folder exists yet. */
export async function findFile(store: StoragePort, library: string, path: string): Promise<FileInfo | undefined> {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  try {
    return (await store.listFolder(library, folder)).files.find((file) => file.path === path);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
