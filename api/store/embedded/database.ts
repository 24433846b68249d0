import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Sqlite = Database.Database;

/** Opens (or creates) the store's single SQLite file with WAL and the bookkeeping tables. */
export function openDatabase(file: string): Sqlite {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS _lists (name TEXT PRIMARY KEY, definition TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS _audit (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
      target TEXT NOT NULL, item_id TEXT NOT NULL, action TEXT NOT NULL, fields TEXT);
    CREATE TABLE IF NOT EXISTS _libraries (name TEXT PRIMARY KEY, title TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS _file_versions (
      library TEXT NOT NULL, path TEXT NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL,
      size INTEGER NOT NULL, content_type TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT NOT NULL,
      PRIMARY KEY (library, path, version));
  `);
  return db;
}
