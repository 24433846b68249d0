import type { z } from 'zod';
import { StoreError, StoreUsageError } from '../errors.js';
import { checkColumnName, checkListName } from '../names.js';
import type { ColumnDefinition, LibraryDefinition, ListDefinition } from '../port.js';
import {
  actorColumnDefinition,
  actorColumns,
  columnDefinitionFor,
  portColumnOf,
  sharePointColumnName,
} from './columns.js';
import { GraphError } from './graph-errors.js';
import type { GraphHttp, GraphRequest } from './graph-http.js';
import { collectionSchema, columnSchema, driveSchema, listSchema } from './graph-schemas.js';

type GraphList = z.infer<typeof listSchema>;

export interface KnownList {
  id: string;
  name: string;
  columns: Map<string, ColumnDefinition>;
}

export interface KnownLibrary {
  listId: string;
  driveId: string;
  /** The port's columns on the library (the records metadata), by port name. */
  columns: string[];
}

/** What ensuring a list or library changed in SharePoint; provisioning reports these. */
export type SchemaChange =
  | { kind: 'listCreated'; list: string; title: string }
  | { kind: 'columnAdded'; list: string; column: string }
  | { kind: 'columnIndexed'; list: string; column: string }
  | { kind: 'libraryCreated'; library: string; title: string };

const columnSelect = 'id,name,description,hidden,indexed,text,number,boolean,dateTime';

/**
 * The site's lists and libraries as the port names them. A list is created with the port name as its title,
 * so SharePoint derives its URL name ("name") from it; the adapter finds lists by that name, which stays put
 * when someone renames the list's title in SharePoint. The Swedish title goes in the description.
 */
export class SiteSchema {
  readonly sitePath: string;
  private index?: Promise<Map<string, GraphList>>;
  private readonly lists = new Map<string, KnownList>();
  private readonly libraries = new Map<string, KnownLibrary>();

  constructor(
    private readonly http: GraphHttp,
    siteId: string,
  ) {
    this.sitePath = `/sites/${encodeURIComponent(siteId)}`;
  }

  /** Creates the list or the columns it lacks and indexes what must be indexed; refuses a changed column type before writing anything. */
  async ensureList(definition: ListDefinition): Promise<SchemaChange[]> {
    checkListName(definition.name);
    for (const column of definition.columns) checkColumnName(column.name);
    const existing = await this.find(definition.name, false);
    if (!existing) {
      const created = await this.createList(definition);
      if (created) {
        this.lists.set(definition.name, {
          id: created.id,
          name: definition.name,
          columns: new Map(definition.columns.map((c) => [c.name, { ...c }])),
        });
        return [{ kind: 'listCreated', list: definition.name, title: definition.title }];
      }
    }
    const list = existing ?? (await this.find(definition.name, true))!;
    const graphColumns = await this.columnsOf(list.id);
    const byName = new Map(graphColumns.map((column) => [column.name.toLowerCase(), column]));
    const additions: Record<string, unknown>[] = [];
    const indexings: { id: string; column: string }[] = [];
    for (const column of definition.columns) {
      const present = byName.get(sharePointColumnName(column.name).toLowerCase());
      if (!present) {
        additions.push(columnDefinitionFor(column));
        continue;
      }
      const known = portColumnOf(present);
      if (!known)
        throw new StoreUsageError(
          `Column "${present.name}" of "${definition.name}" exists in SharePoint but was not made by the app`,
        );
      if (known.type !== column.type)
        throw new StoreUsageError(
          `Column "${column.name}" of "${definition.name}" is ${known.type}, not ${column.type}`,
        );
      if (column.indexed && !present.indexed) indexings.push({ id: present.id, column: column.name });
    }
    for (const [name, title] of [
      [actorColumns.createdBy, 'Skapad av (app)'],
      [actorColumns.modifiedBy, 'Ändrad av (app)'],
    ] as const) {
      if (!byName.has(name.toLowerCase())) additions.push(actorColumnDefinition(name, title));
    }
    const changes: SchemaChange[] = [];
    for (const addition of additions) {
      await this.change(definition.name, {
        method: 'POST',
        path: `${this.sitePath}/lists/${list.id}/columns`,
        json: addition,
      });
      if (addition.description !== 'trygghetshjulet:actor')
        changes.push({ kind: 'columnAdded', list: definition.name, column: String(addition.displayName) });
    }
    for (const indexing of indexings) {
      await this.change(definition.name, {
        method: 'PATCH',
        path: `${this.sitePath}/lists/${list.id}/columns/${indexing.id}`,
        json: { indexed: true },
      });
      changes.push({ kind: 'columnIndexed', list: definition.name, column: indexing.column });
    }
    const columns = new Map<string, ColumnDefinition>();
    for (const graphColumn of graphColumns) {
      const known = portColumnOf(graphColumn);
      if (known) columns.set(known.name, known);
    }
    for (const column of definition.columns)
      columns.set(column.name, {
        ...columns.get(column.name),
        ...column,
        indexed: column.indexed || columns.get(column.name)?.indexed === true,
      });
    this.lists.set(definition.name, { id: list.id, name: definition.name, columns });
    return changes;
  }

  async ensureLibrary(definition: LibraryDefinition): Promise<SchemaChange[]> {
    checkListName(definition.name);
    const changes: SchemaChange[] = [];
    let list = await this.find(definition.name, false);
    if (!list) {
      list = await this.createList({ name: definition.name, title: definition.title, columns: [] }, 'documentLibrary');
      if (list) changes.push({ kind: 'libraryCreated', library: definition.name, title: definition.title });
      else list = (await this.find(definition.name, true))!;
    }
    if (list.list?.template !== undefined && list.list.template !== 'documentLibrary') {
      throw new StoreUsageError(`"${definition.name}" exists in SharePoint but is a list, not a document library`);
    }
    const columns = await this.ensureLibraryColumns(definition, list.id, changes);
    const drive = driveSchema.parse(
      await this.http.json({ method: 'GET', path: `${this.sitePath}/lists/${list.id}/drive?$select=id` }),
    );
    this.libraries.set(definition.name, { listId: list.id, driveId: drive.id, columns });
    return changes;
  }

  /** Adds the library columns it lacks (text only, as the embedded store allows) and answers all the port's columns on it. */
  private async ensureLibraryColumns(
    definition: LibraryDefinition,
    listId: string,
    changes: SchemaChange[],
  ): Promise<string[]> {
    for (const column of definition.columns ?? []) {
      checkColumnName(column.name);
      if (column.type !== 'text' || column.indexed)
        throw new StoreUsageError(`Library column "${column.name}": only unindexed text columns are supported`);
    }
    const present = new Set<string>();
    for (const graphColumn of await this.columnsOf(listId)) {
      const known = portColumnOf(graphColumn);
      if (known?.type === 'text') present.add(known.name);
    }
    for (const column of definition.columns ?? []) {
      if (present.has(column.name)) continue;
      await this.change(definition.name, {
        method: 'POST',
        path: `${this.sitePath}/lists/${listId}/columns`,
        json: columnDefinitionFor(column),
      });
      changes.push({ kind: 'columnAdded', list: definition.name, column: column.name });
      present.add(column.name);
    }
    return [...present];
  }

  /** The list as ensured by this instance, or read from SharePoint when another instance ensured it. */
  async list(name: string): Promise<KnownList> {
    const known = this.lists.get(name);
    if (known) return known;
    const list = await this.find(name, true);
    if (!list || list.list?.template === 'documentLibrary') throw new StoreUsageError(`List "${name}" does not exist`);
    const columns = new Map<string, ColumnDefinition>();
    for (const graphColumn of await this.columnsOf(list.id)) {
      const column = portColumnOf(graphColumn);
      if (column) columns.set(column.name, column);
    }
    const read = { id: list.id, name, columns };
    this.lists.set(name, read);
    return read;
  }

  async library(name: string): Promise<KnownLibrary> {
    const known = this.libraries.get(name);
    if (known) return known;
    const list = await this.find(name, true);
    if (list?.list?.template !== 'documentLibrary') throw new StoreUsageError(`Library "${name}" does not exist`);
    await this.ensureLibrary({ name, title: list.description ?? name });
    return this.libraries.get(name)!;
  }

  /** Creates a list; answers undefined when another instance created it first (409). */
  private async createList(
    definition: ListDefinition,
    template: 'genericList' | 'documentLibrary' = 'genericList',
  ): Promise<GraphList | undefined> {
    const body = {
      displayName: definition.name,
      description: definition.title,
      list: { template },
      ...(template === 'genericList'
        ? {
            columns: [
              ...definition.columns.map(columnDefinitionFor),
              actorColumnDefinition(actorColumns.createdBy, 'Skapad av (app)'),
              actorColumnDefinition(actorColumns.modifiedBy, 'Ändrad av (app)'),
            ],
          }
        : {}),
    };
    try {
      const created = listSchema.parse(
        await this.change(definition.name, { method: 'POST', path: `${this.sitePath}/lists`, json: body }),
      );
      (await this.loadIndex()).set(created.name, created);
      return created;
    } catch (error) {
      if (error instanceof GraphError && error.status === 409) return undefined;
      throw error;
    }
  }

  /**
   * A change to the site's lists. The running service may hold only Sites.Selected "write", which reads lists
   * but cannot change them; then the site is behind the app and provisioning is what is missing.
   */
  private async change(name: string, request: GraphRequest): Promise<unknown> {
    try {
      return await this.http.json(request);
    } catch (error) {
      if (error instanceof GraphError && error.status === 403) {
        throw new StoreError(
          `SharePoint refused to create or change "${name}" (403 ${error.graphCode}): the site lacks what this version needs; run npm run provision with the provisioning permissions`,
        );
      }
      throw error;
    }
  }

  private async find(name: string, refresh: boolean): Promise<GraphList | undefined> {
    const found = (await this.loadIndex()).get(name);
    if (found || !refresh) return found;
    this.index = undefined;
    return (await this.loadIndex()).get(name);
  }

  private loadIndex(): Promise<Map<string, GraphList>> {
    this.index ??= this.readIndex().catch((error: unknown) => {
      this.index = undefined;
      throw error;
    });
    return this.index;
  }

  private async readIndex(): Promise<Map<string, GraphList>> {
    const lists = new Map<string, GraphList>();
    const page = collectionSchema(listSchema);
    let path: string | undefined = `${this.sitePath}/lists?$select=id,name,displayName,description,list`;
    while (path) {
      const answer = page.parse(await this.http.json({ method: 'GET', path }));
      for (const list of answer.value) lists.set(list.name, list);
      path = answer['@odata.nextLink'];
    }
    return lists;
  }

  private async columnsOf(listId: string) {
    const answer = collectionSchema(columnSchema).parse(
      await this.http.json({ method: 'GET', path: `${this.sitePath}/lists/${listId}/columns?$select=${columnSelect}` }),
    );
    return answer.value;
  }
}
