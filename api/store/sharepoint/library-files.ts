import { createHash } from 'node:crypto';
import { NotFoundError, StoreUsageError } from '../errors.js';
import { normaliseFilePath, normaliseFolder } from '../names.js';
import type { FileFields, FileInfo, FileVersion, FolderListing, ListDefinition, StoredItem } from '../port.js';
import type { GraphHttp, GraphRequest } from './graph-http.js';
import {
  collectionSchema,
  displayNameOf,
  driveItemSchema,
  driveItemVersionSchema,
  uploadSessionSchema,
  type GraphDriveItem,
} from './graph-schemas.js';
import type { ListItems } from './list-items.js';
import type { KnownLibrary, SiteSchema } from './site-schema.js';
import { sharePointColumnName } from './columns.js';

/**
 * Who uploaded each version. Graph's app-only uploads all show the app as the modifier, and changing a
 * file's own columns after the upload would add a version, so the actor goes in a list of its own.
 */
export const fileVersionsList: ListDefinition = {
  name: 'appFileVersions',
  title: 'Dokumentversioner: vem laddade upp / who uploaded',
  columns: [
    { name: 'fileKey', type: 'text', indexed: true },
    { name: 'folderKey', type: 'text', indexed: true },
    { name: 'library', type: 'text' },
    { name: 'path', type: 'note' },
    { name: 'versionLabel', type: 'text' },
    { name: 'actor', type: 'text' },
  ],
};

/** SharePoint's uploads: one PUT up to 4 MiB, an upload session above; fragments a multiple of 320 KiB. */
export interface UploadLimits {
  simpleUploadMaxBytes: number;
  fragmentBytes: number;
}

export const defaultUploadLimits: UploadLimits = {
  simpleUploadMaxBytes: 4 * 1024 * 1024,
  fragmentBytes: 10 * 320 * 1024,
};

const versionPattern = /^\d+\.0$/;
/** The version label and the library's own columns, read with the file (listItem's fields, https://learn.microsoft.com/graph/api/driveitem-get). */
const listItemExpand = (columns: readonly string[]) =>
  `$expand=${encodeURIComponent(`listItem($select=id;$expand=fields($select=${['_UIVersionString', ...columns.map(sharePointColumnName)].join(',')}))`)}`;
/** SharePoint's single line of text holds at most 255 characters. */
const maxTextLength = 255;

/** Document libraries as drives: every upload of a path is a new version (SharePoint's major versions "1.0", "2.0", …). */
export class LibraryFiles {
  constructor(
    private readonly http: GraphHttp,
    private readonly schema: SiteSchema,
    private readonly items: ListItems,
    private readonly limits: UploadLimits = defaultUploadLimits,
  ) {
    if (limits.fragmentBytes % (320 * 1024) !== 0) throw new Error('Upload fragments must be a multiple of 320 KiB');
  }

  async put(
    library: string,
    rawPath: string,
    content: Uint8Array,
    contentType: string,
    actor: string,
  ): Promise<FileInfo> {
    const { drive, columns } = await this.libraryOf(library);
    const path = normaliseFilePath(rawPath);
    const target = `${drive}/root:/${encodePath(path)}:`;
    const uploaded =
      content.byteLength <= this.limits.simpleUploadMaxBytes
        ? await this.simpleUpload(target, content, contentType, path)
        : await this.sessionUpload(drive, target, content, path);
    const item = driveItemSchema.parse(
      await this.http.json({ method: 'GET', path: `${drive}/items/${uploaded.id}?${listItemExpand(columns)}` }),
    );
    const version = item.listItem?.fields?._UIVersionString ?? '1.0';
    await this.logVersion(library, path, version, actor);
    return this.info(library, path, item, actor, columns);
  }

  async setFields(library: string, rawPath: string, fields: FileFields, actor: string): Promise<FileInfo> {
    const { drive, columns } = await this.libraryOf(library);
    const path = normaliseFilePath(rawPath);
    for (const [name, value] of Object.entries(fields)) {
      if (!columns.includes(name)) throw new StoreUsageError(`Library "${library}" has no column "${name}"`);
      if (value !== null && (typeof value !== 'string' || value.length > maxTextLength))
        throw new StoreUsageError(`Column "${name}" takes text of at most ${maxTextLength} characters`);
    }
    const request: GraphRequest = {
      method: 'GET',
      path: `${drive}/root:/${encodePath(path)}?${listItemExpand(columns)}`,
    };
    const response = await this.http.send(request);
    if (response.status === 404) throw new NotFoundError(`File in ${library}`, path);
    if (response.status >= 400) throw this.http.failure(request, response);
    const before = driveItemSchema.parse(response.body);
    if (before.folder) throw new NotFoundError(`File in ${library}`, path);
    const values = Object.fromEntries(
      Object.entries(fields).map(([name, value]) => [sharePointColumnName(name), value]),
    );
    await this.http.json({ method: 'PATCH', path: `${drive}/items/${before.id}/listItem/fields`, json: values });
    const after = driveItemSchema.parse(
      await this.http.json({ method: 'GET', path: `${drive}/items/${before.id}?${listItemExpand(columns)}` }),
    );
    // With versioning on, SharePoint may keep the change as a version of its own: it is the actor's too.
    const label = after.listItem?.fields?._UIVersionString;
    if (label && label !== before.listItem?.fields?._UIVersionString)
      await this.logVersion(library, path, label, actor);
    const actors = await this.actors(library, path);
    return this.info(library, path, after, actors.get(label ?? '') ?? displayNameOf(after.lastModifiedBy), columns);
  }

  async get(
    library: string,
    rawPath: string,
    version?: string,
  ): Promise<{ info: FileInfo; content: Uint8Array } | undefined> {
    const { drive, columns } = await this.libraryOf(library);
    const path = normaliseFilePath(rawPath);
    const target = `${drive}/root:/${encodePath(path)}:`;
    const response = await this.http.send({
      method: 'GET',
      path: `${drive}/root:/${encodePath(path)}?${listItemExpand(columns)}`,
    });
    if (response.status === 404) return undefined;
    if (response.status >= 400) throw this.http.failure({ method: 'GET', path: target }, response);
    const item = driveItemSchema.parse(response.body);
    if (item.folder) return undefined;
    const current = item.listItem?.fields?._UIVersionString;
    const actors = await this.actors(library, path);
    if (version === undefined || version === current) {
      const content = await this.content(`${target}/content`);
      return {
        info: this.info(library, path, item, actors.get(current ?? '') ?? displayNameOf(item.lastModifiedBy), columns),
        content,
      };
    }
    if (!versionPattern.test(version)) return undefined;
    const versions = collectionSchema(driveItemVersionSchema).parse(
      await this.http.json({ method: 'GET', path: `${target}/versions` }),
    );
    const found = versions.value.find((v) => v.id === version);
    if (!found) return undefined;
    const content = await this.content(`${target}/versions/${encodeURIComponent(version)}/content`);
    return {
      info: {
        library,
        path,
        version,
        size: found.size ?? content.byteLength,
        contentType: item.file?.mimeType ?? 'application/octet-stream',
        modifiedAt: new Date(found.lastModifiedDateTime).toISOString(),
        modifiedBy: actors.get(version) ?? displayNameOf(found.lastModifiedBy),
      },
      content,
    };
  }

  async listFolder(library: string, rawFolder?: string): Promise<FolderListing> {
    const { drive, columns } = await this.libraryOf(library);
    const folder = normaliseFolder(rawFolder);
    let path: string | undefined =
      `${drive}/${folder === '' ? 'root' : `root:/${encodePath(folder)}:`}/children?$top=200&${listItemExpand(columns)}`;
    const children: GraphDriveItem[] = [];
    while (path) {
      const request: GraphRequest = { method: 'GET', path };
      const response = await this.http.send(request);
      if (response.status === 404 || response.status === 422) throw new NotFoundError(`Folder in ${library}`, folder);
      if (response.status >= 400) throw this.http.failure(request, response);
      const page = collectionSchema(driveItemSchema).parse(response.body);
      children.push(...page.value);
      path = page['@odata.nextLink'];
    }
    const actors = await this.folderActors(library, folder);
    const prefix = folder === '' ? '' : `${folder}/`;
    const folders = children.filter((child) => child.folder).map((child) => child.name);
    const files = children
      .filter((child) => !child.folder)
      .map((child) => {
        const childPath = `${prefix}${child.name}`;
        const version = child.listItem?.fields?._UIVersionString ?? '';
        return this.info(
          library,
          childPath,
          child,
          actors.get(`${childPath}\n${version}`) ?? displayNameOf(child.lastModifiedBy),
          columns,
        );
      });
    return { folders: folders.sort(), files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  }

  async versions(library: string, rawPath: string): Promise<FileVersion[]> {
    const drive = await this.drivePath(library);
    const path = normaliseFilePath(rawPath);
    const request: GraphRequest = { method: 'GET', path: `${drive}/root:/${encodePath(path)}:/versions` };
    const response = await this.http.send(request);
    if (response.status === 404) throw new NotFoundError(`File in ${library}`, path);
    if (response.status >= 400) throw this.http.failure(request, response);
    const actors = await this.actors(library, path);
    // Graph lists versions newest first, which is the port's order too.
    return collectionSchema(driveItemVersionSchema)
      .parse(response.body)
      .value.map((v) => ({
        version: v.id,
        size: v.size ?? 0,
        modifiedAt: new Date(v.lastModifiedDateTime).toISOString(),
        modifiedBy: actors.get(v.id) ?? displayNameOf(v.lastModifiedBy),
      }));
  }

  private async simpleUpload(
    target: string,
    content: Uint8Array,
    contentType: string,
    path: string,
  ): Promise<GraphDriveItem> {
    const request: GraphRequest = {
      method: 'PUT',
      path: `${target}/content`,
      headers: { 'Content-Type': contentType },
      bytes: content,
    };
    const response = await this.http.send(request);
    if (response.status === 409) throw new StoreUsageError(`"${path}" is a folder`);
    if (response.status >= 400) throw this.http.failure(request, response);
    return driveItemSchema.parse(response.body);
  }

  /** Large files: an upload session, then fragments in order to its URL, which must not get the token. */
  private async sessionUpload(
    drive: string,
    target: string,
    content: Uint8Array,
    path: string,
  ): Promise<GraphDriveItem> {
    await this.ensureFolders(drive, path);
    const session = uploadSessionSchema.parse(
      await this.http.json({
        method: 'POST',
        path: `${target}/createUploadSession`,
        json: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
      }),
    );
    const total = content.byteLength;
    for (let start = 0; start < total; start += this.limits.fragmentBytes) {
      const end = Math.min(start + this.limits.fragmentBytes, total) - 1;
      const request: GraphRequest = {
        method: 'PUT',
        path: session.uploadUrl,
        anonymous: true,
        headers: { 'Content-Range': `bytes ${start}-${end}/${total}` },
        bytes: content.subarray(start, end + 1),
      };
      const response = await this.http.send(request);
      if (response.status === 409) throw new StoreUsageError(`"${path}" is a folder`);
      if (response.status >= 400) throw this.http.failure(request, response);
      if (end + 1 === total) return driveItemSchema.parse(response.body);
    }
    throw new StoreUsageError('An upload needs at least one byte');
  }

  /**
   * The folders above `path`, created from the top where missing: an upload session needs its parent to exist
   * (a path PUT creates it, createUploadSession does not). 409 means the folder is there already.
   */
  private async ensureFolders(drive: string, path: string): Promise<void> {
    const segments = path.split('/').slice(0, -1);
    for (let depth = 0; depth < segments.length; depth += 1) {
      const parent = segments.slice(0, depth).join('/');
      const request: GraphRequest = {
        method: 'POST',
        path: parent === '' ? `${drive}/root/children` : `${drive}/root:/${encodePath(parent)}:/children`,
        json: { name: segments[depth], folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
      };
      const response = await this.http.send(request);
      if (response.status >= 400 && response.status !== 409) throw this.http.failure(request, response);
    }
  }

  private async content(path: string): Promise<Uint8Array> {
    // Graph answers 302 to a pre-authenticated download URL; fetch follows it (and drops the token on another host).
    const request: GraphRequest = { method: 'GET', path, expectBytes: true };
    const response = await this.http.send(request);
    if (response.status >= 400) throw this.http.failure(request, response);
    return response.bytes ?? new Uint8Array();
  }

  /** Version label → who uploaded it, for one file. */
  private async actors(library: string, path: string): Promise<Map<string, string>> {
    const rows = await this.logRows('fileKey', fileKey(library, path));
    return new Map(rows.map((row) => [String(row.fields.versionLabel), String(row.fields.actor)]));
  }

  /** "path\nversion" → who uploaded it, for the files of one folder. */
  private async folderActors(library: string, folder: string): Promise<Map<string, string>> {
    const rows = await this.logRows('folderKey', keyOf(library, folder));
    return new Map(
      rows.map((row) => [`${String(row.fields.path)}\n${String(row.fields.versionLabel)}`, String(row.fields.actor)]),
    );
  }

  private async logRows(field: 'fileKey' | 'folderKey', key: string): Promise<StoredItem[]> {
    const rows: StoredItem[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.items.query(fileVersionsList.name, {
        filters: [{ field, op: 'eq', value: key }],
        top: 500,
        pageToken,
      });
      rows.push(...page.items);
      pageToken = page.nextPageToken;
    } while (pageToken);
    return rows;
  }

  private async logVersion(library: string, path: string, versionLabel: string, actor: string): Promise<void> {
    await this.items.create(
      fileVersionsList.name,
      { fileKey: fileKey(library, path), folderKey: folderKey(library, path), library, path, versionLabel, actor },
      actor,
    );
  }

  private info(
    library: string,
    path: string,
    item: GraphDriveItem,
    modifiedBy: string,
    columns: readonly string[],
  ): FileInfo {
    const values = (item.listItem?.fields ?? {}) as Record<string, unknown>;
    const fields = Object.fromEntries(
      columns.flatMap((name) => {
        const value = values[sharePointColumnName(name)];
        return typeof value === 'string' && value !== '' ? [[name, value]] : [];
      }),
    );
    return {
      library,
      path,
      version: item.listItem?.fields?._UIVersionString ?? '1.0',
      size: item.size ?? 0,
      contentType: item.file?.mimeType ?? 'application/octet-stream',
      modifiedAt: new Date(item.lastModifiedDateTime).toISOString(),
      modifiedBy,
      ...(item.webUrl ? { webUrl: item.webUrl } : {}),
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
    };
  }

  private async drivePath(library: string): Promise<string> {
    return (await this.libraryOf(library)).drive;
  }

  private async libraryOf(library: string): Promise<{ drive: string; columns: KnownLibrary['columns'] }> {
    const known = await this.schema.library(library);
    return { drive: `/drives/${encodeURIComponent(known.driveId)}`, columns: known.columns };
  }
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function keyOf(library: string, path: string): string {
  return createHash('sha256').update(`${library}\n${path}`).digest('hex');
}

const fileKey = keyOf;

function folderKey(library: string, path: string): string {
  return keyOf(library, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
}
