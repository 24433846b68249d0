import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreStartError } from '../errors.js';

export type Sqlite = Database.Database;

const sqliteHeader = 'SQLite format 3\0';

/** What the file at `file` is before it is opened: nothing yet, or something that must be ours and sound. */
function checkExistingFile(file: string): void {
  if (!existsSync(file)) return;
  const restore = `Återställ filen från en säkerhetskopia, eller flytta den åt sidan för att börja med en tom databas.`;
  const restoreEn = `Restore the file from a backup, or move it aside to start with an empty database.`;
  if (statSync(file).size === 0) {
    throw new StoreStartError(
      `Databasfilen ${file} är tom (0 byte); den fylls inte med demodata igen. ${restore}`,
      `The database file ${file} is empty (0 bytes); it is not filled with demo data again. ${restoreEn}`,
    );
  }
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== sqliteHeader) {
    throw new StoreStartError(
      `Filen ${file} är ingen SQLite-databas. Kontrollera DATA_DIR. ${restore}`,
      `The file ${file} is not an SQLite database. Check DATA_DIR. ${restoreEn}`,
    );
  }
}

/** A database that opened: is it sound (SQLite's quick_check), and is it the app's own? */
function checkOpenedDatabase(db: Sqlite, file: string, existed: boolean): void {
  const restore = `Återställ filen från en säkerhetskopia, eller flytta den åt sidan för att börja med en tom databas.`;
  const restoreEn = `Restore the file from a backup, or move it aside to start with an empty database.`;
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as { quick_check: string }[])
      .map((row) => row.quick_check)
      .filter((row) => row !== 'ok');
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) {
    throw new StoreStartError(
      `Databasfilen ${file} är skadad (${problems.join('; ')}). ${restore}`,
      `The database file ${file} is damaged (${problems.join('; ')}). ${restoreEn}`,
    );
  }
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
    (row) => row.name,
  );
  if (existed && tables.length > 0 && !tables.includes('_lists')) {
    throw new StoreStartError(
      `Databasen ${file} tillhör inte Trygghetshjulet (den har andra tabeller). Kontrollera DATA_DIR.`,
      `The database ${file} does not belong to Trygghetshjulet (it holds other tables). Check DATA_DIR.`,
    );
  }
}

/**
 * Opens (or creates) the store's single SQLite file with WAL and the bookkeeping tables. A file that is
 * empty, not SQLite, damaged or someone else's stops the start with a message naming it, rather than being
 * seeded over or answering 500 on every read later.
 */
export function openDatabase(file: string): Sqlite {
  mkdirSync(dirname(file), { recursive: true });
  checkExistingFile(file);
  const existed = existsSync(file);
  let db: Sqlite;
  try {
    db = new Database(file);
  } catch (error) {
    throw new StoreStartError(
      `Databasfilen ${file} kan inte öppnas: ${(error as Error).message}`,
      `The database file ${file} cannot be opened: ${(error as Error).message}`,
    );
  }
  try {
    checkOpenedDatabase(db, file, existed);
  } catch (error) {
    db.close();
    throw error;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // ANALYZE after a bulk import reads a sample of each index, not all of it (SQLite's advice for PRAGMA optimize).
  db.pragma('analysis_limit = 400');
  db.exec(`
    CREATE TABLE IF NOT EXISTS _lists (name TEXT PRIMARY KEY, definition TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS _audit (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
      target TEXT NOT NULL, item_id TEXT NOT NULL, action TEXT NOT NULL, fields TEXT);
    CREATE INDEX IF NOT EXISTS _audit_item ON _audit (target, item_id);
    CREATE TABLE IF NOT EXISTS _libraries (name TEXT PRIMARY KEY, title TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS _file_versions (
      library TEXT NOT NULL, path TEXT NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL,
      size INTEGER NOT NULL, content_type TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
      PRIMARY KEY (library, path, version));
    CREATE TABLE IF NOT EXISTS _library_columns (library TEXT PRIMARY KEY, columns TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS _file_fields (library TEXT NOT NULL, path TEXT NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (library, path));
  `);
  return db;
}
