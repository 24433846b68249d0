import { randomUUID } from 'node:crypto';
import type { Clock } from '../../api/domain/clock.js';
import { selected } from './odata.js';
import { badRequest, json, jsonBody, notFound, SimError, type SimRequest, type SimResponse } from './sim-http.js';
import { builtInColumns, type SimColumn, type SimList, type SimSite, siteWebUrl } from './state.js';

const columnNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
const listsPageSize = 100;

/** Lists and their columns: GET/POST /sites/{id}/lists, GET /lists/{id}, /columns, PATCH /columns/{id}. */
export class ListsEndpoints {
  constructor(
    private readonly site: SimSite,
    private readonly clock: Clock,
    private readonly baseUrl: () => string,
  ) {}

  findList(idOrTitle: string): SimList {
    const decoded = decodeURIComponent(idOrTitle);
    const list =
      this.site.lists.find((l) => l.id === decoded) ??
      this.site.lists.find((l) => l.displayName.toLowerCase() === decoded.toLowerCase());
    if (!list) throw notFound(`List '${decoded}' does not exist at site with URL '${this.site.id}'.`);
    return list;
  }

  listLists(request: SimRequest): SimResponse {
    const filter = request.url.searchParams.get('$filter');
    let lists = this.site.lists;
    if (filter) {
      // Graph filters lists on displayName only.
      const match = /^displayName eq '((?:[^']|'')*)'$/.exec(filter.trim());
      if (!match) throw badRequest('The provided filter statement is not supported');
      lists = lists.filter((l) => l.displayName === match[1]!.replaceAll("''", "'"));
    }
    const skip = Number(request.url.searchParams.get('$skiptoken') ?? '0');
    const page = lists.slice(skip, skip + listsPageSize);
    const body: Record<string, unknown> = {
      value: page.map((l) => this.listJson(l, selected(request.url.searchParams))),
    };
    if (skip + listsPageSize < lists.length) {
      const next = new URL(request.url.toString());
      next.searchParams.set('$skiptoken', String(skip + listsPageSize));
      body['@odata.nextLink'] = `${this.baseUrl()}${next.pathname}${next.search}`;
    }
    return json(200, body);
  }

  getList(request: SimRequest, idOrTitle: string): SimResponse {
    return json(200, this.listJson(this.findList(idOrTitle), selected(request.url.searchParams)));
  }

  createList(request: SimRequest): SimResponse {
    const body = jsonBody(request);
    if ('name' in body)
      throw badRequest(
        "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
      );
    const displayName = body.displayName;
    if (typeof displayName !== 'string' || displayName.trim() === '')
      throw badRequest("The list needs a 'displayName'");
    if (this.site.lists.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase())) {
      throw new SimError(
        409,
        'nameAlreadyExists',
        `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`,
      );
    }
    const facet = (body.list ?? {}) as { template?: unknown };
    const template = facet.template ?? 'genericList';
    if (template !== 'genericList' && template !== 'documentLibrary')
      throw badRequest(`Unsupported list template '${String(template)}'`);
    const list: SimList = {
      id: randomUUID(),
      name: this.uniqueName(displayName),
      displayName,
      description: typeof body.description === 'string' ? body.description : '',
      template,
      created: this.clock.now().toISOString(),
      columns: builtInColumns(template),
      items: new Map(),
      nextItemId: 1,
      drive:
        template === 'documentLibrary' ? { id: `b!${randomUUID().replaceAll('-', '')}`, items: new Map() } : undefined,
    };
    const columns = Array.isArray(body.columns) ? body.columns : [];
    const created = columns.map((definition: unknown) => this.newColumn(list, definition));
    list.columns.push(...created);
    this.site.lists.push(list);
    return json(201, this.listJson(list));
  }

  listColumns(request: SimRequest, idOrTitle: string): SimResponse {
    const list = this.findList(idOrTitle);
    // Hidden columns are listed only when the caller selects "hidden" (columnDefinition docs).
    const withHidden = selected(request.url.searchParams)?.includes('hidden') ?? false;
    return json(200, { value: list.columns.filter((c) => withHidden || !c.hidden).map(columnJson) });
  }

  createColumn(request: SimRequest, idOrTitle: string): SimResponse {
    const list = this.findList(idOrTitle);
    const column = this.newColumn(list, jsonBody(request));
    list.columns.push(column);
    return json(201, columnJson(column));
  }

  updateColumn(request: SimRequest, idOrTitle: string, columnId: string): SimResponse {
    const list = this.findList(idOrTitle);
    const column = list.columns.find((c) => c.id === columnId);
    if (!column) throw notFound();
    const body = jsonBody(request);
    for (const [key, value] of Object.entries(body)) {
      if (key === 'indexed') {
        if (typeof value !== 'boolean') throw badRequest("'indexed' is a boolean");
        if (value && column.text?.allowMultipleLines) throw badRequest('Multiple lines of text cannot be indexed.');
        column.indexed = value;
      } else if (key === 'displayName' || key === 'description') {
        if (typeof value !== 'string') throw badRequest(`'${key}' is a string`);
        column[key] = value;
      } else if (key === 'hidden') {
        if (typeof value !== 'boolean') throw badRequest("'hidden' is a boolean");
        column.hidden = value;
      } else {
        throw badRequest(`Property '${key}' cannot be updated`, 'propertyNotUpdateable');
      }
    }
    return json(200, columnJson(column));
  }

  private newColumn(list: SimList, definition: unknown): SimColumn {
    const body = (definition ?? {}) as Record<string, unknown>;
    const name = body.name;
    if (typeof name !== 'string' || !columnNamePattern.test(name))
      throw badRequest(`Invalid column name '${String(name)}'`);
    if (list.columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
      throw new SimError(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`);
    }
    const facets = (['text', 'number', 'boolean', 'dateTime'] as const).filter((facet) => facet in body);
    if (facets.length !== 1) throw badRequest('A column needs exactly one type: text, number, boolean or dateTime');
    const column: SimColumn = {
      id: randomUUID(),
      name,
      displayName: typeof body.displayName === 'string' ? body.displayName : name,
      description: typeof body.description === 'string' ? body.description : '',
      hidden: body.hidden === true,
      indexed: body.indexed === true,
      readOnly: false,
    };
    const facet = (body[facets[0]!] ?? {}) as Record<string, unknown>;
    switch (facets[0]!) {
      case 'text': {
        const allowMultipleLines = facet.allowMultipleLines === true;
        const maxLength = typeof facet.maxLength === 'number' ? facet.maxLength : 255;
        if (!allowMultipleLines && (maxLength < 1 || maxLength > 255))
          throw badRequest('A single line of text holds at most 255 characters');
        column.text = {
          allowMultipleLines,
          maxLength: allowMultipleLines ? 1_000_000 : maxLength,
          textType: facet.textType === 'richText' ? 'richText' : 'plain',
        };
        break;
      }
      case 'number':
        column.number = {};
        break;
      case 'boolean':
        column.boolean = {};
        break;
      case 'dateTime':
        column.dateTime = { format: facet.format === 'dateOnly' ? 'dateOnly' : 'dateTime' };
        break;
    }
    if (column.indexed && column.text?.allowMultipleLines)
      throw badRequest('Multiple lines of text cannot be indexed.');
    return column;
  }

  /** SharePoint derives the URL name from the first title and never changes it. */
  private uniqueName(displayName: string): string {
    const base = displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'list';
    let name = base;
    for (let n = 1; this.site.lists.some((l) => l.name.toLowerCase() === name.toLowerCase()); n += 1)
      name = `${base}${n}`;
    return name;
  }

  private listJson(list: SimList, select?: string[]): Record<string, unknown> {
    const full: Record<string, unknown> = {
      '@odata.etag': `"${list.id},1"`,
      id: list.id,
      name: list.name,
      displayName: list.displayName,
      description: list.description,
      createdDateTime: list.created,
      lastModifiedDateTime: list.created,
      webUrl: `${siteWebUrl(this.baseUrl())}/${list.template === 'genericList' ? 'Lists/' : ''}${list.name}`,
      list: { hidden: false, template: list.template, contentTypesEnabled: false },
    };
    return select
      ? Object.fromEntries(Object.entries(full).filter(([key]) => key === '@odata.etag' || select.includes(key)))
      : full;
  }
}

function columnJson(column: SimColumn): Record<string, unknown> {
  const { readOnly, ...rest } = column;
  return { ...rest, readOnly, enforceUniqueValues: false, required: false, columnGroup: 'Custom Columns' };
}
