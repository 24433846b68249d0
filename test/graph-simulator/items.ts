import { randomUUID } from 'node:crypto';
import type { Clock } from '../../api/domain/clock.js';
import { compareItems, matches, queryableColumn, storedValue } from './item-values.js';
import { expandedFields, parseFilter, parseOrderBy, topOf } from './odata.js';
import { badRequest, json, jsonBody, notFound, SimError, type SimRequest, type SimResponse } from './sim-http.js';
import { etagOf, type SimItem, type SimList, siteWebUrl } from './state.js';

const defaultPageSize = 200;
const maxPageSize = 5000;
const applicationIdentity = {
  application: { id: '00000003-0000-0ff1-ce00-000000000000', displayName: 'Trygghetshjulet' },
};

/** List items: GET (with $filter/$orderby/$top/$skiptoken), POST, PATCH …/fields, DELETE; ETags and If-Match. */
export class ItemsEndpoints {
  constructor(
    private readonly clock: Clock,
    private readonly baseUrl: () => string,
    /** Answer PATCH …/fields with every field, the ETag and the dates, as Graph has been seen to (not promised). */
    private readonly richPatchAnswers = false,
    /** Ignore $orderby on list items, as Graph is reported to (microsoft-graph-docs #14191). */
    readonly ignoreOrderBy = false,
  ) {}

  list(request: SimRequest, list: SimList): SimResponse {
    const params = request.url.searchParams;
    const prefer = request.headers.prefer;
    const clauses = params.get('$filter') ? parseFilter(params.get('$filter')!) : [];
    for (const clause of clauses) queryableColumn(list.columns, clause.field, prefer);
    const asked = params.get('$orderby') ? parseOrderBy(params.get('$orderby')!) : [];
    for (const ordering of asked) queryableColumn(list.columns, ordering.field, prefer);
    // Ignored, the items come in the order they were created.
    const orderings = this.ignoreOrderBy ? [] : asked;
    const top = topOf(params, defaultPageSize, maxPageSize);
    const fieldsSelect = this.checkedSelect(list, expandedFields(params));

    const sorted = [...list.items.values()]
      .filter((item) => clauses.every((clause) => matches(item, list.columns, clause)))
      .sort((a, b) => compareItems(a, b, list.columns, orderings));
    const after = decodeSkipToken(params.get('$skiptoken'));
    const start =
      after === undefined
        ? 0
        : sorted.findIndex((item) => compareItems(item, after.item(list), list.columns, orderings) > 0);
    const page = start < 0 ? [] : sorted.slice(start, start + top);
    const body: Record<string, unknown> = { value: page.map((item) => this.itemJson(list, item, fieldsSelect)) };
    const last = page.at(-1);
    if (last && start + top < sorted.length) {
      const next = new URL(request.url.toString());
      next.searchParams.set('$skiptoken', encodeSkipToken(last));
      body['@odata.nextLink'] = `${this.baseUrl()}${next.pathname}${next.search}`;
    }
    return json(200, body);
  }

  get(request: SimRequest, list: SimList, id: string): SimResponse {
    return json(
      200,
      this.itemJson(list, this.find(list, id), this.checkedSelect(list, expandedFields(request.url.searchParams))),
    );
  }

  create(request: SimRequest, list: SimList): SimResponse {
    const body = jsonBody(request);
    const fields = (body.fields ?? {}) as Record<string, unknown>;
    const values = this.checkedValues(list, fields);
    const now = this.clock.now().toISOString();
    const item: SimItem = {
      id: list.nextItemId,
      guid: randomUUID(),
      version: 1,
      fields: {},
      created: now,
      modified: now,
    };
    for (const [name, value] of Object.entries(values)) if (value !== undefined) item.fields[name] = value;
    item.history = [{ version: 1, modified: now, fields: { ...item.fields } }];
    list.nextItemId += 1;
    list.items.set(item.id, item);
    return json(201, this.itemJson(list, item, []), { etag: etagOf(item) });
  }

  updateFields(request: SimRequest, list: SimList, id: string): SimResponse {
    const item = this.find(list, id);
    this.checkIfMatch(request, item);
    const values = this.checkedValues(list, jsonBody(request));
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete item.fields[name];
      else item.fields[name] = value;
    }
    item.version += 1;
    item.modified = this.clock.now().toISOString();
    item.history = [
      ...(item.history ?? []),
      { version: item.version, modified: item.modified, fields: { ...item.fields } },
    ];
    // The documentation promises a fieldValueSet and shows only the fields that were set
    // (https://learn.microsoft.com/graph/api/listitem-update): no @odata.etag, Created or Modified.
    if (!this.richPatchAnswers) {
      return json(200, Object.fromEntries(Object.keys(values).map((name) => [name, item.fields[name] ?? null])));
    }
    return json(200, this.fieldsJson(list, item, []), { etag: etagOf(item) });
  }

  /**
   * listItem: List versions (https://learn.microsoft.com/graph/api/listitem-list-versions): newest first, each
   * with id "n.0" and lastModifiedDateTime; its fields only when $expand=fields asks for them.
   */
  versions(request: SimRequest, list: SimList, id: string): SimResponse {
    const item = this.find(list, id);
    const expand = (request.url.searchParams.get('$expand') ?? request.url.searchParams.get('expand') ?? '')
      .split(',')
      .includes('fields');
    const value = [...(item.history ?? [])].reverse().map((version) => ({
      id: `${version.version}.0`,
      lastModifiedDateTime: version.modified,
      lastModifiedBy: applicationIdentity,
      ...(expand ? { fields: { ...version.fields, id: String(item.id) } } : {}),
    }));
    return json(200, { value });
  }

  delete(request: SimRequest, list: SimList, id: string): SimResponse {
    const item = this.find(list, id);
    this.checkIfMatch(request, item);
    list.items.delete(item.id);
    return { status: 204, headers: {} };
  }

  private find(list: SimList, id: string): SimItem {
    if (!/^\d+$/.test(id)) throw badRequest(`Invalid list item id '${id}'`);
    const item = list.items.get(Number(id));
    if (!item) throw notFound('Item not found');
    return item;
  }

  private checkIfMatch(request: SimRequest, item: SimItem): void {
    const ifMatch = request.headers['if-match'];
    if (ifMatch === undefined || ifMatch === '*') return;
    if (!/^(W\/)?".*"$/.test(ifMatch))
      throw new SimError(
        400,
        'invalidRequest',
        'ETag header is malformed. ETags must be quoted strings.',
        'malformedEntityTag',
      );
    if (ifMatch !== etagOf(item))
      throw new SimError(
        412,
        'resourceModified',
        "ETag does not match the current item's value.",
        'entityTagDoesNotMatch',
      );
  }

  private checkedValues(list: SimList, fields: Record<string, unknown>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (name.startsWith('@odata')) continue;
      const column = list.columns.find((c) => c.name === name);
      if (!column) throw badRequest(`Field '${name}' is not recognized`);
      values[name] = storedValue(column, value);
    }
    return values;
  }

  private checkedSelect(list: SimList, select: string[] | undefined): string[] | undefined {
    for (const name of select ?? []) {
      if (name !== 'id' && !list.columns.some((c) => c.name === name))
        throw badRequest(`Column '${name}' does not exist. It may have been deleted by another user.`);
    }
    return select;
  }

  private itemJson(list: SimList, item: SimItem, fieldsSelect: string[] | undefined): Record<string, unknown> {
    return {
      '@odata.etag': etagOf(item),
      id: String(item.id),
      eTag: etagOf(item),
      createdDateTime: item.created,
      lastModifiedDateTime: item.modified,
      createdBy: applicationIdentity,
      lastModifiedBy: applicationIdentity,
      webUrl: `${siteWebUrl(this.baseUrl())}/Lists/${list.name}/DispForm.aspx?ID=${item.id}`,
      contentType: { id: '0x0100', name: 'Item' },
      ...(fieldsSelect === undefined ? {} : { fields: this.fieldsJson(list, item, fieldsSelect) }),
    };
  }

  /** Values of the item's columns; empty ones are left out, hidden ones only when selected by name. */
  private fieldsJson(list: SimList, item: SimItem, select: string[]): Record<string, unknown> {
    const all: Record<string, unknown> = {
      ...item.fields,
      id: String(item.id),
      Created: item.created.replace(/\.\d{3}Z$/, 'Z'),
      Modified: item.modified.replace(/\.\d{3}Z$/, 'Z'),
      ContentType: 'Item',
      _UIVersionString: `${item.version}.0`,
      Attachments: false,
    };
    const visible = (name: string) => {
      if (select.length > 0) return select.includes(name);
      const column = list.columns.find((c) => c.name === name);
      return name === 'id' || (column !== undefined && !column.hidden);
    };
    return {
      '@odata.etag': etagOf(item),
      ...Object.fromEntries(Object.entries(all).filter(([name]) => visible(name))),
    };
  }
}

interface SkipToken {
  item(list: SimList): SimItem;
}

/** Like SharePoint's "Paged=TRUE&p_ID=…": the position after the last item served, so inserts do not shift pages. */
function encodeSkipToken(last: SimItem): string {
  return Buffer.from(JSON.stringify({ id: last.id, fields: last.fields })).toString('base64url');
}

function decodeSkipToken(token: string | null): SkipToken | undefined {
  if (!token) return undefined;
  try {
    const { id, fields } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      id: number;
      fields: Record<string, unknown>;
    };
    if (typeof id !== 'number') throw new Error('no id');
    return { item: () => ({ id, fields, guid: '', version: 0, created: '', modified: '' }) };
  } catch {
    throw badRequest('Invalid $skiptoken');
  }
}
