import { ConflictError, NotFoundError, StoreUsageError } from '../errors.js';
import { checkFieldValue, checkFields } from '../field-values.js';
import { checkColumnName, checkListName } from '../names.js';
import { selectedColumns } from '../selected-columns.js';
import {
  maxPageSize,
  type ColumnDefinition,
  type ColumnType,
  type Fields,
  type Filter,
  type ItemPage,
  type ItemQuery,
  type ItemVersion,
  type ListDefinition,
  type StoredItem,
} from '../port.js';
import type { Clock } from '../../domain/clock.js';
import type Database from 'better-sqlite3';
import type { Sqlite } from './database.js';

type Statement = Database.Statement<unknown[]>;

const sqlTypes: Record<ColumnType, string> = {
  text: 'TEXT',
  note: 'TEXT',
  number: 'REAL',
  boolean: 'INTEGER',
  dateTime: 'TEXT',
  json: 'TEXT',
};
const operators = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;

interface RawRow {
  id: number;
  version: number;
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
  [column: string]: unknown;
}

const table = (list: string) => `"list_${list}"`;
const col = (name: string) => `"c_${name}"`;

/** SharePoint-like lists on SQLite: one table per list, one column per field. */
export class SqliteLists {
  private readonly definitions = new Map<string, Map<string, ColumnDefinition>>();
  private readonly statements = new Map<string, Statement>();
  private readonly inserts = new Map<string, Statement>();

  constructor(
    private readonly db: Sqlite,
    private readonly clock: Clock,
  ) {
    for (const row of db.prepare('SELECT definition FROM _lists').all() as { definition: string }[]) {
      this.remember(JSON.parse(row.definition) as ListDefinition);
    }
  }

  ensureList(definition: ListDefinition): void {
    checkListName(definition.name);
    for (const column of definition.columns) checkColumnName(column.name);
    const known = this.definitions.get(definition.name);
    for (const column of definition.columns) {
      const existing = known?.get(column.name);
      if (existing && existing.type !== column.type) {
        throw new StoreUsageError(
          `Column "${column.name}" of "${definition.name}" is ${existing.type}, not ${column.type}`,
        );
      }
    }
    this.db.transaction(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table(definition.name)} (
        id INTEGER PRIMARY KEY AUTOINCREMENT, version INTEGER NOT NULL,
        created_at TEXT NOT NULL, created_by TEXT NOT NULL, modified_at TEXT NOT NULL, modified_by TEXT NOT NULL)`);
      const merged = new Map(known ?? []);
      for (const column of definition.columns) {
        if (!merged.has(column.name)) {
          this.db.exec(`ALTER TABLE ${table(definition.name)} ADD COLUMN ${col(column.name)} ${sqlTypes[column.type]}`);
        }
        merged.set(column.name, { ...merged.get(column.name), ...column });
        this.index(definition.name, merged.get(column.name)!);
      }
      const stored: ListDefinition = { ...definition, columns: [...merged.values()] };
      this.db
        .prepare(
          'INSERT INTO _lists (name, definition) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET definition = excluded.definition',
        )
        .run(definition.name, JSON.stringify(stored));
      this.remember(stored);
      this.statements.clear();
      this.inserts.clear();
    })();
  }

  /**
   * An index holds only the rows it can find: a flag's true ones, a column's filled ones (an imported row has no
   * department). Each index costs every write, so a bulk import pays only for the indexes its rows are in.
   */
  private index(list: string, column: ColumnDefinition): void {
    // Earlier versions indexed every row of every indexed column under this name.
    this.db.exec(`DROP INDEX IF EXISTS "ix_${list}_${column.name}"`);
    const name = `"ixp_${list}_${column.name}"`;
    if (!column.indexed || column.rarelyFiltered) {
      this.db.exec(`DROP INDEX IF EXISTS ${name}`);
      return;
    }
    const holds = column.type === 'boolean' ? `${col(column.name)} = 1` : `${col(column.name)} IS NOT NULL`;
    this.db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${table(list)} (${col(column.name)}) WHERE ${holds}`);
  }

  /**
   * One prepared statement per list, every column bound (null when absent), reused: an import writes thousands
   * of rows alike, so this loop does no more than check, bind and insert. A batch gives its rows one `now`.
   */
  create(list: string, fields: Fields, actor: string, now = this.clock.now().toISOString()): StoredItem {
    const columns = this.columns(list);
    for (const name of Object.keys(fields)) {
      if (!columns.has(name)) throw new StoreUsageError(`List "${list}" has no column "${name}"`);
    }
    let statement = this.inserts.get(list);
    if (!statement) {
      statement =
        this.db.prepare(`INSERT INTO ${table(list)} (version, created_at, created_by, modified_at, modified_by${[...columns.keys()].map((n) => `, ${col(n)}`).join('')})
         VALUES (1, ?, ?, ?, ?${[...columns.keys()].map(() => ', ?').join('')})`);
      this.inserts.set(list, statement);
    }
    // The row as written, without reading it back: what a read would answer (absent columns are null).
    const stored: Fields = {};
    const values: unknown[] = new Array(4 + columns.size);
    values[0] = values[2] = now;
    values[1] = values[3] = actor;
    let at = 4;
    for (const column of columns.values()) {
      const value = checkFieldValue(column, fields[column.name]);
      stored[column.name] = value;
      values[at++] = toSql(column, value);
    }
    const id = String(statement.run(values).lastInsertRowid);
    return {
      id,
      etag: `"${id},1"`,
      fields: stored,
      createdAt: now,
      createdBy: actor,
      modifiedAt: now,
      modifiedBy: actor,
    };
  }

  get(list: string, id: string): StoredItem | undefined {
    const columns = this.columns(list);
    const row = this.db.prepare(`SELECT * FROM ${table(list)} WHERE id = ?`).get(toRowId(id)) as RawRow | undefined;
    return row && fromRow(columns, row);
  }

  update(list: string, id: string, etag: string, fields: Fields, actor: string): StoredItem {
    const columns = this.columns(list);
    const checked = checkFields(columns, list, fields);
    const current = this.get(list, id);
    if (!current) throw new NotFoundError(`Item in ${list}`, id);
    if (current.etag !== etag) throw new ConflictError(list, id, current);
    const names = Object.keys(checked);
    this.auditCreation(list, current);
    this.db
      .prepare(
        `UPDATE ${table(list)} SET version = version + 1, modified_at = ?, modified_by = ?${names.map((n) => `, ${col(n)} = ?`).join('')} WHERE id = ?`,
      )
      .run(this.clock.now().toISOString(), actor, ...names.map((n) => toSql(columns.get(n)!, checked[n])), toRowId(id));
    this.audit(actor, list, id, 'update', checked);
    return this.get(list, id)!;
  }

  delete(list: string, id: string, etag: string, actor: string): void {
    const current = this.get(list, id);
    if (!current) throw new NotFoundError(`Item in ${list}`, id);
    if (current.etag !== etag) throw new ConflictError(list, id, current);
    this.auditCreation(list, current);
    this.db.prepare(`DELETE FROM ${table(list)} WHERE id = ?`).run(toRowId(id));
    this.audit(actor, list, id, 'delete', current.fields);
  }

  /**
   * An item's first version is its row until it changes: the audit gets the create when the item is first
   * updated or deleted, dated and signed as it was made, so writing a row costs one insert, not two.
   */
  private auditCreation(list: string, item: StoredItem): void {
    if (!item.etag.endsWith(',1"')) return;
    this.statement(
      'audit-creation',
      () =>
        "INSERT INTO _audit (at, actor, target, item_id, action, fields) SELECT ?, ?, ?, ?, 'create', ? WHERE NOT EXISTS (SELECT 1 FROM _audit WHERE target = ? AND item_id = ? AND action = 'create')",
    ).run(item.createdAt, item.createdBy, list, item.id, JSON.stringify(item.fields), list, item.id);
  }

  /** The audit trail of the item replayed: the create's fields, then each update's patch on top. */
  versions(list: string, id: string): ItemVersion[] {
    const columns = this.columns(list);
    const rows = this.statement(
      'versions',
      () =>
        "SELECT at, actor, action, fields FROM _audit WHERE target = ? AND item_id = ? AND action IN ('create', 'update') ORDER BY seq",
    ).all(list, id) as { at: string; actor: string; action: string; fields: string | null }[];
    if (rows.length === 0) {
      const item = this.get(list, id);
      return item ? [{ at: item.createdAt, by: item.createdBy, fields: item.fields }] : [];
    }
    let current: Fields = Object.fromEntries([...columns.keys()].map((name) => [name, null]));
    return rows.map((row) => {
      current = {
        ...(row.action === 'create' ? Object.fromEntries([...columns.keys()].map((name) => [name, null])) : current),
        ...(JSON.parse(row.fields ?? '{}') as Fields),
      };
      return { at: row.at, by: row.actor, fields: current };
    });
  }

  query(list: string, query: ItemQuery): ItemPage {
    const columns = this.columns(list);
    const read = selectedColumns(list, columns, query);
    const where: string[] = [];
    const params: unknown[] = [];
    for (const filter of query.filters ?? []) {
      const column = this.filterable(list, columns, filter.field);
      const [clause, values] = filterClause(column, filter);
      where.push(clause);
      params.push(...values);
    }
    const order = (query.orderBy ?? []).map(
      (o) => `${col(this.filterable(list, columns, o.field).name)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`,
    );
    order.push('id ASC');
    const top = Math.min(Math.max(1, Math.floor(query.top ?? 100)), maxPageSize);
    const token = decodePageToken(query.pageToken);
    // In id order a page starts after the last id read, so reading a whole list costs what its rows do; an
    // offset would read every earlier page again for each page.
    const keyset = order.length === 1;
    if (keyset && token.after !== undefined) {
      where.push('id > ?');
      params.push(token.after);
    }
    const offset = keyset ? 0 : (token.offset ?? 0);
    const rows = this.db
      .prepare(
        `SELECT ${query.select ? ['id', 'version', 'created_at', 'created_by', 'modified_at', 'modified_by', ...[...read.keys()].map(col)].join(', ') : '*'} FROM ${table(list)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`,
      )
      .all(...params, top + 1, offset) as RawRow[];
    const items = rows.slice(0, top).map((row) => fromRow(read, row));
    if (rows.length <= top) return { items };
    return {
      items,
      nextPageToken: encodePageToken(keyset ? { after: rows[top - 1]!.id } : { offset: offset + top }),
    };
  }

  private filterable(list: string, columns: Map<string, ColumnDefinition>, field: string): ColumnDefinition {
    const column = columns.get(field);
    if (!column) throw new StoreUsageError(`List "${list}" has no column "${field}"`);
    if (!column.indexed)
      throw new StoreUsageError(`Column "${field}" of "${list}" is not indexed and cannot be filtered or ordered on`);
    return column;
  }

  private columns(list: string): Map<string, ColumnDefinition> {
    const columns = this.definitions.get(list);
    if (!columns) throw new StoreUsageError(`List "${list}" does not exist`);
    return columns;
  }

  private remember(definition: ListDefinition): void {
    this.definitions.set(definition.name, new Map(definition.columns.map((c) => [c.name, c])));
  }

  private statement(key: string, sql: () => string): Statement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement;
  }

  private audit(actor: string, list: string, id: string, action: string, fields: Fields): void {
    this.statement(
      'audit',
      () => 'INSERT INTO _audit (at, actor, target, item_id, action, fields) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(this.clock.now().toISOString(), actor, list, id, action, JSON.stringify(fields));
  }
}

/** An id as the store writes it: 1, 2, 3… (01, +1 or 1.0 name no item, on SharePoint neither). */
function toRowId(id: string): number {
  return /^[1-9]\d{0,15}$/.test(id) ? Number(id) : -1;
}

function toSql(column: ColumnDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'boolean') return value ? 1 : 0;
  if (column.type === 'json') return JSON.stringify(value);
  return value;
}

function fromSql(column: ColumnDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'boolean') return value === 1;
  if (column.type === 'json') return JSON.parse(value as string) as unknown;
  return value;
}

function fromRow(columns: ReadonlyMap<string, ColumnDefinition>, row: RawRow): StoredItem {
  const fields: Fields = {};
  for (const column of columns.values()) fields[column.name] = fromSql(column, row[`c_${column.name}`]);
  return {
    id: String(row.id),
    etag: `"${row.id},${row.version}"`,
    fields,
    createdAt: row.created_at,
    createdBy: row.created_by,
    modifiedAt: row.modified_at,
    modifiedBy: row.modified_by,
  };
}

function filterClause(column: ColumnDefinition, filter: Filter): [string, unknown[]] {
  if (column.type === 'json' || column.type === 'note') {
    throw new StoreUsageError(`Column "${column.name}" cannot be filtered on`);
  }
  if (filter.value === null) {
    if (filter.op === 'eq') return [`${col(column.name)} IS NULL`, []];
    if (filter.op === 'ne') return [`${col(column.name)} IS NOT NULL`, []];
    throw new StoreUsageError(`Only eq and ne compare "${column.name}" with null`);
  }
  const value = toSql(column, checkFieldValue(column, filter.value));
  // A flag's value written into the statement, so that the planner sees it matches the index of true rows.
  if (column.type === 'boolean') return [`${col(column.name)} ${operators[filter.op]} ${value === 1 ? 1 : 0}`, []];
  return [`${col(column.name)} ${operators[filter.op]} ?`, [value]];
}

type PageToken = { offset?: number; after?: number };

function encodePageToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodePageToken(token: string | undefined): PageToken {
  if (!token) return {};
  try {
    const { offset, after } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as PageToken;
    const whole = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
    if (whole(offset) && after === undefined) return { offset };
    if (whole(after) && offset === undefined) return { after };
  } catch {
    // falls through to the error below
  }
  throw new StoreUsageError('Invalid page token');
}
