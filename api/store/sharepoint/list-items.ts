import { ConflictError, NotFoundError } from '../errors.js';
import { checkFields } from '../field-values.js';
import {
  sortItems,
  type BatchOperation,
  type BatchResult,
  type Fields,
  type ItemPage,
  type ItemQuery,
  type ItemVersion,
  type StoredItem,
} from '../port.js';
import { actorColumns } from './columns.js';
import { actorsOf, decodeFields, encodeFields, fieldSelect } from './field-codec.js';
import { sendBatch } from './graph-batch.js';
import type { GraphHttp, GraphRequest, GraphResponse } from './graph-http.js';
import {
  collectionSchema,
  listItemSchema,
  listItemVersionsSchema,
  updatedFieldsSchema,
  type GraphListItem,
} from './graph-schemas.js';
import { itemQueryString } from './odata-query.js';
import { selectedColumns } from '../selected-columns.js';
import { nextLinkOf, pageTokenOf } from './page-token.js';
import type { KnownList, SiteSchema } from './site-schema.js';

// As SharePoint numbers a list's items: 1, 2, 3… An id written 01 or 1.0 names none, as in the embedded store.
const itemId = /^[1-9]\d{0,15}$/;

/**
 * List items through Graph. Every update and delete carries the ETag the caller read as If-Match, so a
 * stale one is answered 412 by SharePoint and becomes the port's ConflictError with the current item.
 */
export class ListItems {
  constructor(
    private readonly http: GraphHttp,
    private readonly schema: SiteSchema,
  ) {}

  async create(list: string, fields: Fields, actor: string): Promise<StoredItem> {
    const known = await this.schema.list(list);
    const request = this.createRequest(known, fields, actor);
    return this.createdItem(known, request, await this.http.send(request));
  }

  /**
   * The item's versions with their fields (listItem: List versions, GET …/items/{id}/versions, fields expanded),
   * oldest first; who changed it is our own modifiedBy column, since Graph sees every write as the app.
   */
  async versions(list: string, id: string): Promise<ItemVersion[]> {
    const known = await this.schema.list(list);
    if (!itemId.test(id)) return [];
    const request: GraphRequest = { method: 'GET', path: `${this.itemsPath(known)}/${id}/versions?$expand=fields` };
    const response = await this.http.send(request);
    if (response.status === 404) return [];
    if (response.status >= 400) throw this.http.failure(request, response);
    const { value } = listItemVersionsSchema.parse(response.body);
    return value
      .map((version) => ({
        order: Number.parseFloat(version.id),
        at: version.lastModifiedDateTime,
        by: actorsOf(version.fields ?? {}).modifiedBy,
        fields: decodeFields(known.columns, list, version.fields ?? {}),
      }))
      .sort((a, b) => a.order - b.order)
      .map(({ at, by, fields }) => ({ at, by, fields }));
  }

  async get(list: string, id: string): Promise<StoredItem | undefined> {
    const known = await this.schema.list(list);
    if (!itemId.test(id)) return undefined;
    const request: GraphRequest = {
      method: 'GET',
      path: `${this.itemsPath(known)}/${id}?$expand=${encodeURIComponent(`fields($select=${fieldSelect(known.columns)})`)}`,
    };
    const response = await this.http.send(request);
    if (response.status === 404) return undefined;
    if (response.status >= 400) throw this.http.failure(request, response);
    return this.storedItem(known, listItemSchema.parse(response.body));
  }

  async update(list: string, id: string, etag: string, fields: Fields, actor: string): Promise<StoredItem> {
    const known = await this.schema.list(list);
    await this.refuseAnyVersion(known, id, etag);
    const request = this.updateRequest(known, id, etag, fields, actor);
    return this.updatedItem(known, id, request, await this.http.send(request));
  }

  async delete(list: string, id: string, etag: string): Promise<void> {
    const known = await this.schema.list(list);
    await this.refuseAnyVersion(known, id, etag);
    const request = this.deleteRequest(known, id, etag);
    await this.deleted(known, id, request, await this.http.send(request));
  }

  async query(list: string, query: ItemQuery): Promise<ItemPage> {
    const whole = await this.schema.list(list);
    // A next page's link carries the first page's $select, so each page reads the same fields.
    const known = { ...whole, columns: selectedColumns(list, whole.columns, query) };
    const itemsPath = this.itemsPath(known);
    const fresh = `${itemsPath}?${itemQueryString(list, whole.columns, query)}`;
    const path = query.pageToken ? nextLinkOf(query.pageToken, itemsPath) : fresh;
    const page = collectionSchema(listItemSchema).parse(await this.http.json({ method: 'GET', path }));
    // A page comes back in the asked order even where Graph ignored $orderby (queryAll orders the whole).
    const read = page.value.map((item) => this.storedItem(known, item));
    const items = query.orderBy?.length ? sortItems(read, query.orderBy) : read;
    const next = page['@odata.nextLink'];
    return next ? { items, nextPageToken: pageTokenOf(next, this.http.baseUrl, itemsPath) } : { items };
  }

  /**
   * One user action's changes in JSON batches of at most 20. Graph's $batch is not atomic: everything is
   * validated before anything is sent, and after a failed request no further batch is sent; what the same
   * batch already did stays done.
   */
  async batch(operations: BatchOperation[], actor: string): Promise<BatchResult[]> {
    const knowns = await Promise.all(operations.map((operation) => this.schema.list(operation.list)));
    const requests = operations.map((operation, index) => {
      const known = knowns[index]!;
      switch (operation.op) {
        case 'create':
          return this.createRequest(known, operation.fields, actor);
        case 'update':
          return this.updateRequest(known, operation.id, operation.etag, operation.fields, actor);
        default:
          return this.deleteRequest(known, operation.id, operation.etag);
      }
    });
    const answers = await sendBatch(this.http, requests, { stopAfterFailure: true });
    const results: BatchResult[] = [];
    for (const [index, operation] of operations.entries()) {
      const answer = answers[index];
      if (!answer) break;
      const known = knowns[index]!;
      const request = requests[index]!;
      switch (operation.op) {
        case 'create':
          results.push({ op: 'create', item: await this.createdItem(known, request, answer) });
          break;
        case 'update':
          results.push({ op: 'update', item: await this.updatedItem(known, operation.id, request, answer) });
          break;
        case 'delete':
          await this.deleted(known, operation.id, request, answer);
          results.push({ op: 'delete', id: operation.id });
          break;
      }
    }
    return results;
  }

  private createRequest(known: KnownList, fields: Fields, actor: string): GraphRequest {
    const checked = checkFields(known.columns, known.name, fields);
    return {
      method: 'POST',
      path: this.itemsPath(known),
      json: {
        fields: {
          ...encodeFields(known.columns, checked),
          [actorColumns.createdBy]: actor,
          [actorColumns.modifiedBy]: actor,
        },
      },
    };
  }

  private updateRequest(known: KnownList, id: string, etag: string, fields: Fields, actor: string): GraphRequest {
    const checked = checkFields(known.columns, known.name, fields);
    if (!itemId.test(id)) throw new NotFoundError(`Item in ${known.name}`, id);
    return {
      method: 'PATCH',
      path: `${this.itemsPath(known)}/${id}/fields`,
      headers: { 'If-Match': etag },
      json: { ...encodeFields(known.columns, checked), [actorColumns.modifiedBy]: actor },
    };
  }

  private deleteRequest(known: KnownList, id: string, etag: string): GraphRequest {
    if (!itemId.test(id)) throw new NotFoundError(`Item in ${known.name}`, id);
    return { method: 'DELETE', path: `${this.itemsPath(known)}/${id}`, headers: { 'If-Match': etag } };
  }

  private async createdItem(known: KnownList, request: GraphRequest, response: GraphResponse): Promise<StoredItem> {
    if (response.status >= 400) throw this.http.failure(request, response);
    return this.storedItem(known, listItemSchema.parse(response.body));
  }

  /**
   * PATCH …/fields answers a fieldValueSet; the documentation does not promise the new ETag or the dates in
   * it (https://learn.microsoft.com/graph/api/listitem-update), so when they are missing the item is read.
   */
  private async updatedItem(
    known: KnownList,
    id: string,
    request: GraphRequest,
    response: GraphResponse,
  ): Promise<StoredItem> {
    await this.refuseFailure(known, id, request, response);
    const answered = updatedFieldsSchema.safeParse(response.body);
    if (!answered.success) {
      const current = await this.get(known.name, id);
      if (!current) throw new NotFoundError(`Item in ${known.name}`, id);
      return current;
    }
    const fields = answered.data;
    const actors = actorsOf(fields);
    return {
      id,
      etag: fields['@odata.etag'],
      fields: decodeFields(known.columns, known.name, fields),
      createdAt: new Date(fields.Created).toISOString(),
      createdBy: actors.createdBy,
      modifiedAt: new Date(fields.Modified).toISOString(),
      modifiedBy: actors.modifiedBy,
    };
  }

  private async deleted(known: KnownList, id: string, request: GraphRequest, response: GraphResponse): Promise<void> {
    await this.refuseFailure(known, id, request, response);
  }

  /**
   * Graph takes `If-Match: *` (or none) as "whatever the version": the port's update and delete are for the
   * version the caller read, so anything but one ETag is a conflict here, as in the embedded store.
   */
  private async refuseAnyVersion(known: KnownList, id: string, etag: string): Promise<void> {
    if (/^"[^"]+"$/.test(etag)) return;
    const current = itemId.test(id) ? await this.get(known.name, id) : undefined;
    if (!current) throw new NotFoundError(`Item in ${known.name}`, id);
    throw new ConflictError(known.name, id, current);
  }

  private async refuseFailure(
    known: KnownList,
    id: string,
    request: GraphRequest,
    response: GraphResponse,
  ): Promise<void> {
    if (response.status === 404) throw new NotFoundError(`Item in ${known.name}`, id);
    if (response.status === 412) {
      const current = await this.get(known.name, id);
      if (!current) throw new NotFoundError(`Item in ${known.name}`, id);
      throw new ConflictError(known.name, id, current);
    }
    if (response.status >= 400) throw this.http.failure(request, response);
  }

  private storedItem(known: KnownList, item: GraphListItem): StoredItem {
    const raw = item.fields ?? {};
    const actors = actorsOf(raw);
    return {
      id: item.id,
      etag: item.eTag,
      fields: decodeFields(known.columns, known.name, raw),
      createdAt: new Date(item.createdDateTime).toISOString(),
      createdBy: actors.createdBy,
      modifiedAt: new Date(item.lastModifiedDateTime).toISOString(),
      modifiedBy: actors.modifiedBy,
    };
  }

  private itemsPath(known: KnownList): string {
    return `${this.schema.sitePath}/lists/${known.id}/items`;
  }
}
