import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../domain/clock.js';
import { NotFoundError, StoreFullError, StoreUsageError } from '../errors.js';
import { checkListName, normaliseFilePath, normaliseFolder } from '../names.js';
import type { ColumnDefinition, FileFields, FileInfo, FileVersion, FolderListing, LibraryDefinition } from '../port.js';
import type { Sqlite } from './database.js';

interface VersionRow {
  library: string;
  path: string;
  version: number;
  sha256: string;
  size: number;
  content_type: string;
  modified_at: string;
  modified_by: string;
}

/**
 * Document libraries: metadata and versions in SQLite, content on disk addressed by its hash.
 * The blob is written before its row, so a crash leaves at most an unreferenced blob, never a broken file.
 */
export class FileLibraries {
  private readonly blobDir: string;

  constructor(
    private readonly db: Sqlite,
    dataDir: string,
    private readonly clock: Clock,
  ) {
    this.blobDir = join(dataDir, 'blobs');
    mkdirSync(this.blobDir, { recursive: true });
  }

  ensureLibrary(definition: LibraryDefinition): void {
    checkListName(definition.name);
    for (const column of definition.columns ?? []) checkLibraryColumn(column);
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO _libraries (name, title) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET title = excluded.title',
        )
        .run(definition.name, definition.title);
      // Columns are added, never dropped: SharePoint keeps a column a newer version no longer names, and so do we.
      const known = this.columnsOf(definition.name);
      const added = (definition.columns ?? []).filter((c) => !known.includes(c.name)).map((c) => c.name);
      if (added.length > 0) {
        this.db
          .prepare(
            'INSERT INTO _library_columns (library, columns) VALUES (?, ?) ON CONFLICT(library) DO UPDATE SET columns = excluded.columns',
          )
          .run(definition.name, JSON.stringify([...known, ...added]));
      }
    })();
  }

  setFields(library: string, rawPath: string, fields: FileFields, actor: string): FileInfo {
    this.requireLibrary(library);
    const path = normaliseFilePath(rawPath);
    const columns = this.columnsOf(library);
    for (const [name, value] of Object.entries(fields)) {
      if (!columns.includes(name)) throw new StoreUsageError(`Library "${library}" has no column "${name}"`);
      if (value !== null && (typeof value !== 'string' || value.length > maxTextLength))
        throw new StoreUsageError(`Column "${name}" takes text of at most ${maxTextLength} characters`);
    }
    this.db.transaction(() => {
      if (!this.get(library, path)) throw new NotFoundError(`File in ${library}`, path);
      const merged: Record<string, string> = { ...this.fieldsOf(library, path) };
      for (const [name, value] of Object.entries(fields)) {
        if (value === null) delete merged[name];
        else merged[name] = value;
      }
      this.db
        .prepare(
          'INSERT INTO _file_fields (library, path, fields) VALUES (?, ?, ?) ON CONFLICT(library, path) DO UPDATE SET fields = excluded.fields',
        )
        .run(library, path, JSON.stringify(merged));
      this.db
        .prepare('INSERT INTO _audit (at, actor, target, item_id, action, fields) VALUES (?, ?, ?, ?, ?, ?)')
        .run(this.clock.now().toISOString(), actor, `library:${library}`, path, 'fields', JSON.stringify(fields));
    })();
    return this.get(library, path)!.info;
  }

  put(library: string, rawPath: string, content: Uint8Array, contentType: string, actor: string): FileInfo {
    this.requireLibrary(library);
    const path = normaliseFilePath(rawPath);
    if (this.isFolder(library, path)) throw new StoreUsageError(`"${path}" is a folder`);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const blob = join(this.blobDir, sha256);
    if (!existsSync(blob)) {
      const temporary = `${blob}.${randomUUID()}.tmp`;
      try {
        writeFileSync(temporary, content);
        renameSync(temporary, blob);
      } catch (error) {
        // A half-written blob must not stay behind (a full disk would keep every failed upload's part).
        rmSync(temporary, { force: true });
        if ((error as NodeJS.ErrnoException).code === 'ENOSPC') throw new StoreFullError(this.blobDir);
        throw error;
      }
    }
    const insert = this.db.transaction(() => {
      const latest = this.db
        .prepare('SELECT MAX(version) AS version FROM _file_versions WHERE library = ? AND path = ?')
        .get(library, path) as { version: number | null };
      const version = (latest.version ?? 0) + 1;
      this.db
        .prepare('INSERT INTO _file_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(library, path, version, sha256, content.byteLength, contentType, this.clock.now().toISOString(), actor);
      this.db
        .prepare('INSERT INTO _audit (at, actor, target, item_id, action, fields) VALUES (?, ?, ?, ?, ?, NULL)')
        .run(this.clock.now().toISOString(), actor, `library:${library}`, path, `version ${version}`);
    });
    insert();
    return this.get(library, path)!.info;
  }

  get(library: string, rawPath: string, version?: string): { info: FileInfo; content: Uint8Array } | undefined {
    this.requireLibrary(library);
    const path = normaliseFilePath(rawPath);
    const row = (
      version === undefined
        ? this.db
            .prepare('SELECT * FROM _file_versions WHERE library = ? AND path = ? ORDER BY version DESC LIMIT 1')
            .get(library, path)
        : this.db
            .prepare('SELECT * FROM _file_versions WHERE library = ? AND path = ? AND version = ?')
            .get(library, path, parseVersion(version))
    ) as VersionRow | undefined;
    if (!row) return undefined;
    return {
      info: toInfo(row, this.fieldsOf(library, path)),
      content: new Uint8Array(readFileSync(join(this.blobDir, row.sha256))),
    };
  }

  listFolder(library: string, rawFolder?: string): FolderListing {
    this.requireLibrary(library);
    const folder = normaliseFolder(rawFolder);
    const prefix = folder === '' ? '' : `${folder}/`;
    const rows = this.db
      .prepare(
        `SELECT v.* FROM _file_versions v
         JOIN (SELECT path, MAX(version) AS version FROM _file_versions WHERE library = ? GROUP BY path) latest
           ON v.path = latest.path AND v.version = latest.version
         WHERE v.library = ? AND substr(v.path, 1, ?) = ? ORDER BY v.path`,
      )
      .all(library, library, prefix.length, prefix) as VersionRow[];
    if (folder !== '' && rows.length === 0) throw new NotFoundError(`Folder in ${library}`, folder);
    const folders = new Set<string>();
    const files: FileInfo[] = [];
    for (const row of rows) {
      const rest = row.path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) files.push(toInfo(row, this.fieldsOf(library, row.path)));
      else folders.add(rest.slice(0, slash));
    }
    return { folders: [...folders].sort(), files };
  }

  versions(library: string, rawPath: string): FileVersion[] {
    this.requireLibrary(library);
    const path = normaliseFilePath(rawPath);
    const rows = this.db
      .prepare('SELECT * FROM _file_versions WHERE library = ? AND path = ? ORDER BY version DESC')
      .all(library, path) as VersionRow[];
    if (rows.length === 0) throw new NotFoundError(`File in ${library}`, path);
    return rows.map((row) => ({
      version: label(row.version),
      size: row.size,
      modifiedAt: row.modified_at,
      modifiedBy: row.modified_by,
    }));
  }

  private columnsOf(library: string): string[] {
    const row = this.db.prepare('SELECT columns FROM _library_columns WHERE library = ?').get(library) as
      | { columns: string }
      | undefined;
    return row ? (JSON.parse(row.columns) as string[]) : [];
  }

  private fieldsOf(library: string, path: string): Record<string, string> {
    const row = this.db.prepare('SELECT fields FROM _file_fields WHERE library = ? AND path = ?').get(library, path) as
      | { fields: string }
      | undefined;
    return row ? (JSON.parse(row.fields) as Record<string, string>) : {};
  }

  private isFolder(library: string, path: string): boolean {
    const prefix = `${path}/`;
    return (
      this.db
        .prepare('SELECT 1 FROM _file_versions WHERE library = ? AND substr(path, 1, ?) = ? LIMIT 1')
        .get(library, prefix.length, prefix) !== undefined
    );
  }

  private requireLibrary(library: string): void {
    if (!this.db.prepare('SELECT 1 FROM _libraries WHERE name = ?').get(library)) {
      throw new StoreUsageError(`Library "${library}" does not exist`);
    }
  }
}

/** SharePoint labels major versions "1.0", "2.0", …; the embedded store speaks the same. */
function label(version: number): string {
  return `${version}.0`;
}

function parseVersion(version: string): number {
  const match = /^(\d+)\.0$/.exec(version);
  return match ? Number(match[1]) : -1;
}

/** SharePoint's single line of text holds at most 255 characters. */
const maxTextLength = 255;

function checkLibraryColumn(column: ColumnDefinition): void {
  if (column.type !== 'text' || column.indexed)
    throw new StoreUsageError(`Library column "${column.name}": only unindexed text columns are supported`);
}

function toInfo(row: VersionRow, fields: Record<string, string> = {}): FileInfo {
  return {
    library: row.library,
    path: row.path,
    version: label(row.version),
    size: row.size,
    contentType: row.content_type,
    modifiedAt: row.modified_at,
    modifiedBy: row.modified_by,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
}
