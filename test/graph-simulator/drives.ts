import { randomUUID } from 'node:crypto';
import type { Clock } from '../../api/domain/clock.js';
import { topOf } from './odata.js';
import { badRequest, json, jsonBody, notFound, SimError, type SimRequest, type SimResponse } from './sim-http.js';
import { siteUrlPath, type SimDrive, type SimDriveItem, type SimList } from './state.js';

const fragmentUnit = 320 * 1024;
const forbiddenInName = /["*:<>?\\|]/;
const applicationIdentity = {
  application: { id: '00000003-0000-0ff1-ce00-000000000000', displayName: 'Trygghetshjulet' },
};

interface UploadSession {
  drive: SimDrive;
  path: string;
  contentType: string;
  conflictBehavior: string;
  total?: number;
  chunks: Buffer[];
  next: number;
  expires: string;
}

/** Document libraries as drives: path-addressed upload and download, folders, versions, upload sessions, root permissions. */
export class DriveEndpoints {
  private readonly downloads = new Map<string, { content: Buffer; contentType: string }>();
  private readonly sessions = new Map<string, UploadSession>();

  constructor(
    private readonly lists: () => SimList[],
    private readonly clock: Clock,
    private readonly origin: () => string,
    private readonly simpleUploadLimit: number,
  ) {}

  driveOfList(list: SimList): SimResponse {
    if (!list.drive) throw notFound('The list is not a document library');
    return json(200, this.driveJson(list));
  }

  /** Answers a request below /drives/{drive-id}; `rest` is the raw (still encoded) path after the drive id. */
  route(request: SimRequest, driveId: string, rest: string): SimResponse {
    const list = this.lists().find((l) => l.drive?.id === driveId);
    if (!list?.drive) throw notFound('The drive could not be found');
    const drive = list.drive;
    if (rest === '') return json(200, this.driveJson(list));
    const { target, action } = this.address(drive, rest);
    const method = request.method;
    if (action === 'content' && method === 'PUT') return this.put(request, drive, target.path);
    if (action === 'createUploadSession' && method === 'POST')
      return this.createUploadSession(request, drive, target.path);
    const item =
      target.item ??
      (() => {
        throw notFound();
      })();
    if (action === 'children' && method === 'POST') return this.createFolder(request, drive, item);
    if (action === '' && method === 'GET') return json(200, this.itemJson(drive, item, request));
    if (action === 'content' && method === 'GET') return this.redirectTo(item, item.versions.length - 1);
    if (action === 'children' && method === 'GET') return this.children(request, drive, item);
    if (action === 'versions' && method === 'GET') return this.versions(item);
    if (action === 'listItem/fields' && method === 'PATCH') return this.patchFields(request, drive, item);
    const versionContent = /^versions\/([^/]+)\/content$/.exec(action);
    if (versionContent && method === 'GET') {
      const index = item.versions.findIndex((v) => v.label === decodeURIComponent(versionContent[1]!));
      if (index < 0) throw notFound('The version could not be found');
      return this.redirectTo(item, index);
    }
    throw new SimError(405, 'invalidRequest', 'Specified HTTP method is not allowed for the request target.');
  }

  /** GET /_download/{token}: the pre-authenticated URL a content request redirects to (no Authorization needed). */
  download(token: string): SimResponse {
    const file = this.downloads.get(token);
    if (!file) return { status: 404, headers: {} };
    return { status: 200, headers: { 'content-type': file.contentType }, body: file.content };
  }

  /** PUT /_upload/{id}: one fragment of an upload session. */
  uploadFragment(request: SimRequest, id: string): SimResponse {
    const session = this.sessions.get(id);
    if (!session) throw new SimError(404, 'itemNotFound', 'The upload session was not found.', 'uploadSessionNotFound');
    if (request.method === 'DELETE') {
      this.sessions.delete(id);
      return { status: 204, headers: {} };
    }
    // The docs warn: an Authorization header on the upload URL may be answered 401.
    if (request.headers.authorization)
      throw new SimError(401, 'unauthenticated', 'Do not send the Authorization header to the upload URL.');
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(request.headers['content-range'] ?? '');
    if (!range) throw badRequest('Content-Range is required: bytes start-end/total', 'invalidRange');
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (session.total !== undefined && session.total !== total)
      throw badRequest('Declared total size differs from the session', 'fragmentLengthMismatch');
    if (start !== session.next)
      throw new SimError(
        416,
        'invalidRange',
        'Uploaded fragment is out of order or overlaps existing data.',
        'fragmentOutOfOrder',
      );
    if (end - start + 1 !== request.body.length)
      throw badRequest('Content-Range does not match the body length', 'fragmentLengthMismatch');
    const last = end + 1 === total;
    if (!last && request.body.length % fragmentUnit !== 0)
      throw badRequest('Fragments must be a multiple of 320 KiB', 'invalidRange');
    session.total = total;
    session.chunks.push(request.body);
    session.next = end + 1;
    if (!last) return json(202, { expirationDateTime: session.expires, nextExpectedRanges: [`${session.next}-`] });
    this.sessions.delete(id);
    const existing = session.drive.items.get(session.path.toLowerCase());
    if (existing && session.conflictBehavior === 'fail')
      throw new SimError(409, 'nameAlreadyExists', 'Another file exists with the same name as the uploaded session.');
    const { item, created } = this.addVersion(
      session.drive,
      session.path,
      Buffer.concat(session.chunks),
      session.contentType,
    );
    return json(created ? 201 : 200, this.itemJson(session.drive, item));
  }

  private put(request: SimRequest, drive: SimDrive, path: string): SimResponse {
    if (request.body.length > this.simpleUploadLimit) {
      throw new SimError(
        413,
        'invalidRequest',
        'The simple upload API supports files up to 4 MB; use an upload session.',
        'maxFileSizeExceeded',
      );
    }
    const { item, created } = this.addVersion(
      drive,
      path,
      request.body,
      request.headers['content-type'] ?? 'application/octet-stream',
    );
    return json(created ? 201 : 200, this.itemJson(drive, item));
  }

  private createUploadSession(request: SimRequest, drive: SimDrive, path: string): SimResponse {
    this.checkPath(path);
    // Unlike a path PUT, an upload session does not create the folders on the way: the parent must exist.
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (parent !== '' && !drive.items.get(parent.toLowerCase())?.folder)
      throw notFound('The parent folder of the upload session does not exist');
    const body = request.body.length > 0 ? jsonBody(request) : {};
    const item = (body.item ?? {}) as Record<string, unknown>;
    const id = randomUUID();
    const expires = new Date(this.clock.now().getTime() + 15 * 60_000).toISOString();
    this.sessions.set(id, {
      drive,
      path,
      contentType: 'application/octet-stream',
      conflictBehavior:
        typeof item['@microsoft.graph.conflictBehavior'] === 'string'
          ? item['@microsoft.graph.conflictBehavior']
          : 'fail',
      chunks: [],
      next: 0,
      expires,
    });
    return json(200, {
      uploadUrl: `${this.origin()}/_upload/${id}`,
      expirationDateTime: expires,
      nextExpectedRanges: ['0-'],
    });
  }

  /** Every upload of an existing path is a new major version; missing folders on the way are created. */
  private addVersion(
    drive: SimDrive,
    path: string,
    content: Buffer,
    contentType: string,
  ): { item: SimDriveItem; created: boolean } {
    this.checkPath(path);
    const now = this.clock.now().toISOString();
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i += 1) {
      const folderPath = segments.slice(0, i).join('/');
      const folder = drive.items.get(folderPath.toLowerCase());
      if (folder && !folder.folder) throw new SimError(409, 'nameAlreadyExists', `'${folderPath}' is a file`);
      if (!folder)
        drive.items.set(folderPath.toLowerCase(), {
          id: newItemId(),
          name: segments[i - 1]!,
          path: folderPath,
          folder: true,
          created: now,
          versions: [],
        });
    }
    const existing = drive.items.get(path.toLowerCase());
    if (existing?.folder) throw new SimError(409, 'nameAlreadyExists', `'${path}' is a folder`);
    const item = existing ?? {
      id: newItemId(),
      name: segments.at(-1)!,
      path,
      folder: false,
      created: now,
      versions: [],
    };
    item.versions.push({ label: `${item.versions.length + 1}.0`, content, contentType, modified: now });
    drive.items.set(path.toLowerCase(), item);
    return { item, created: !existing };
  }

  /** POST …/children with { name, folder: {} }: 201, or 409 nameAlreadyExists (conflictBehavior "fail", the default). */
  private createFolder(request: SimRequest, drive: SimDrive, parent: SimDriveItem): SimResponse {
    if (!parent.folder) throw new SimError(400, 'invalidRequest', 'Children can only be created in a folder');
    const body = jsonBody(request);
    const name = String(body.name ?? '');
    const path = parent.path === '' ? name : `${parent.path}/${name}`;
    this.checkPath(path);
    const existing = drive.items.get(path.toLowerCase());
    if (existing) throw new SimError(409, 'nameAlreadyExists', `An item named '${name}' already exists`);
    const folder: SimDriveItem = {
      id: newItemId(),
      name,
      path,
      folder: true,
      created: this.clock.now().toISOString(),
      versions: [],
    };
    drive.items.set(path.toLowerCase(), folder);
    return json(201, this.itemJson(drive, folder, request));
  }

  private children(request: SimRequest, drive: SimDrive, folder: SimDriveItem): SimResponse {
    if (!folder.folder)
      throw new SimError(
        422,
        'notSupported',
        'Children cannot be listed from an item that is not a folder',
        'getChildrenOnNonFolder',
      );
    const prefix = folder.path === '' ? '' : `${folder.path.toLowerCase()}/`;
    const children = [...drive.items.values()]
      .filter(
        (item) =>
          item.path.toLowerCase().startsWith(prefix) &&
          item.path !== '' &&
          !item.path.slice(prefix.length).includes('/'),
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const top = topOf(request.url.searchParams, 200, 1000);
    const skip = Number(request.url.searchParams.get('$skiptoken') ?? '0');
    const body: Record<string, unknown> = {
      value: children.slice(skip, skip + top).map((child) => this.itemJson(drive, child, request)),
    };
    if (skip + top < children.length) {
      const next = new URL(request.url.toString());
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = `${this.origin()}/v1.0${next.pathname}${next.search}`;
    }
    return json(200, body);
  }

  /** Newest first, as the docs say; $orderby is not supported. */
  private versions(item: SimDriveItem): SimResponse {
    if (item.folder) throw badRequest('Folders have no versions');
    return json(200, {
      value: [...item.versions].reverse().map((version) => ({
        id: version.label,
        lastModifiedDateTime: version.modified,
        lastModifiedBy: applicationIdentity,
        size: version.content.length,
      })),
    });
  }

  private redirectTo(item: SimDriveItem, versionIndex: number): SimResponse {
    const version = item.versions[versionIndex];
    if (!version) throw badRequest('Folders have no content');
    const token = randomUUID();
    this.downloads.set(token, { content: version.content, contentType: version.contentType });
    return { status: 302, headers: { location: `${this.origin()}/_download/${token}` } };
  }

  /** Splits "/root:/a/b.docx:/content" or "/items/{id}/versions" into the item (if any) and the action. */
  private address(drive: SimDrive, rest: string): { target: { path: string; item?: SimDriveItem }; action: string } {
    let path: string;
    let action: string;
    if (rest.startsWith('/root:')) {
      const after = rest.slice('/root:'.length);
      const colon = after.indexOf(':');
      const rawPath = colon === -1 ? after : after.slice(0, colon);
      action = colon === -1 ? '' : after.slice(colon + 1).replace(/^\//, '');
      path = rawPath
        .split('/')
        .filter(Boolean)
        .map((segment) => decodeURIComponent(segment))
        .join('/');
    } else if (rest === '/root' || rest.startsWith('/root/')) {
      path = '';
      action = rest.slice('/root'.length).replace(/^\//, '');
    } else {
      const match = /^\/items\/([^/]+)(\/(.*))?$/.exec(rest);
      if (!match) throw badRequest('Unsupported drive request');
      const byId = [...drive.items.values()].find((item) => item.id === match[1]);
      if (!byId) throw notFound();
      return { target: { path: byId.path, item: byId }, action: match[3] ?? '' };
    }
    const item = path === '' ? this.root(drive) : drive.items.get(path.toLowerCase());
    return { target: { path, item }, action };
  }

  private listOf(drive: SimDrive): SimList {
    return this.lists().find((list) => list.drive === drive)!;
  }

  /**
   * PATCH …/items/{id}/listItem/fields (listItem: Update, https://learn.microsoft.com/graph/api/listitem-update):
   * the given columns change, the others stay; the answer is the fieldValueSet. A name that is not a column of
   * the library is refused as Graph refuses it.
   */
  private patchFields(request: SimRequest, drive: SimDrive, item: SimDriveItem): SimResponse {
    if (item.folder) throw badRequest('Folders carry no column values here');
    const body = jsonBody(request);
    const columns = this.listOf(drive).columns;
    for (const [name, value] of Object.entries(body)) {
      const column = columns.find((c) => c.name === name);
      if (!column || column.readOnly) throw badRequest(`Field '${name}' is not recognized`, 'invalidRequest');
      if (value !== null && typeof value !== 'string') throw badRequest(`Field '${name}' takes text`, 'invalidRequest');
      if (typeof value === 'string' && column.text && value.length > column.text.maxLength)
        throw badRequest(`Field '${name}' is longer than ${column.text.maxLength} characters`, 'invalidRequest');
    }
    const fields = { ...item.fields };
    for (const [name, value] of Object.entries(body)) {
      if (value === null) delete fields[name];
      else fields[name] = value;
    }
    item.fields = fields;
    return json(200, { '@odata.etag': `"${item.id},${item.versions.length}"`, ...this.fieldsJson(item) });
  }

  private fieldsJson(item: SimDriveItem, select?: string[]): Record<string, unknown> {
    const current = item.versions.at(-1);
    const all: Record<string, unknown> = { _UIVersionString: current ? current.label : '1.0', ...item.fields };
    return select ? Object.fromEntries(Object.entries(all).filter(([name]) => select.includes(name))) : all;
  }

  private root(drive: SimDrive): SimDriveItem {
    return { id: `${drive.id}-root`, name: 'root', path: '', folder: true, created: '', versions: [] };
  }

  private checkPath(path: string): void {
    if (path === '') throw badRequest('A file name is required', 'invalidPath');
    for (const segment of path.split('/')) {
      if (forbiddenInName.test(segment) || segment.trim() !== segment)
        throw badRequest(`Name contains invalid characters: '${segment}'`, 'invalidPath');
    }
  }

  private driveJson(list: SimList): Record<string, unknown> {
    return {
      id: list.drive!.id,
      name: list.displayName,
      description: list.description,
      driveType: 'documentLibrary',
      webUrl: `${this.origin()}${siteUrlPath}/${list.name}`,
    };
  }

  private itemJson(drive: SimDrive, item: SimDriveItem, request?: SimRequest): Record<string, unknown> {
    const current = item.versions.at(-1);
    const parentPath = item.path.includes('/') ? `/${item.path.slice(0, item.path.lastIndexOf('/'))}` : '';
    const expand = request?.url.searchParams.get('$expand') ?? '';
    return {
      id: item.id,
      name: item.name,
      eTag: `"{${item.id}},${item.versions.length}"`,
      createdDateTime: item.created,
      lastModifiedDateTime: current?.modified ?? item.created,
      createdBy: applicationIdentity,
      lastModifiedBy: applicationIdentity,
      size: current?.content.length ?? 0,
      webUrl: `${this.origin()}${siteUrlPath}/${encodeURI(this.listOf(drive).name)}/${item.path.split('/').map(encodeURIComponent).join('/')}`,
      parentReference: {
        driveId: drive.id,
        driveType: 'documentLibrary',
        path: `/drives/${drive.id}/root:${parentPath}`,
      },
      ...(item.folder
        ? {
            folder: {
              childCount: [...drive.items.values()].filter(
                (c) => c.path.startsWith(`${item.path}/`) && !c.path.slice(item.path.length + 1).includes('/'),
              ).length,
            },
          }
        : { file: { mimeType: current!.contentType } }),
      ...(expand.includes('listItem')
        ? {
            listItem: {
              id: item.id,
              ...(expand.includes('fields') ? { fields: this.fieldsJson(item, selectedFields(expand)) } : {}),
            },
          }
        : {}),
    };
  }
}

/** The names in "fields($select=a,b)" of an $expand; undefined when fields are expanded whole. */
function selectedFields(expand: string): string[] | undefined {
  const match = /fields\(\$select=([^)]*)\)/.exec(expand);
  return match ? match[1]!.split(',').map((name) => name.trim()) : undefined;
}

function newItemId(): string {
  return `01${randomUUID().replaceAll('-', '').toUpperCase().slice(0, 32)}`;
}
