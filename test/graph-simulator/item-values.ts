import type { Clause, Literal, Ordering } from './odata.js';
import { badRequest } from './sim-http.js';
import { columnKind, type SimColumn, type SimItem } from './state.js';

/** Checks one written value as SharePoint would; answers what is stored (undefined clears it). */
export function storedValue(column: SimColumn, value: unknown): unknown {
  if (column.readOnly) throw badRequest(`Field '${column.name}' is read-only`);
  if (value === null || value === undefined) return undefined;
  const refuse = (): never => {
    throw badRequest(`General exception while processing: the value of '${column.name}' is not valid for its type`);
  };
  switch (columnKind(column)) {
    case 'text':
      if (typeof value !== 'string') return refuse();
      if (value.length > column.text!.maxLength)
        throw badRequest(`The value of '${column.name}' exceeds its maximum length of ${column.text!.maxLength}`);
      return value;
    case 'note':
      return typeof value === 'string' ? value : refuse();
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : refuse();
    case 'boolean':
      return typeof value === 'boolean' ? value : refuse();
    case 'dateTime': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return refuse();
      // SharePoint keeps date-times in UTC and answers them as yyyy-MM-ddTHH:mm:ssZ.
      return `${new Date(value).toISOString().slice(0, 19)}Z`;
    }
  }
}

const honourNonIndexed = 'honornonindexedquerieswarningmayfailrandomly';

/** The column a $filter or $orderby names, refused like SharePoint refuses it. */
export function queryableColumn(columns: SimColumn[], field: string, prefer: string | undefined): SimColumn {
  const column = columns.find((c) => c.name === field);
  if (!column) throw badRequest(`Field '${field}' does not exist. It may have been deleted by another user.`);
  if (columnKind(column) === 'note')
    throw badRequest(`Field '${field}' of type Note cannot be used in the query filter or order expression.`);
  const allowed = (prefer ?? '')
    .toLowerCase()
    .split(',')
    .map((p) => p.trim())
    .includes(honourNonIndexed);
  if (!column.indexed && !allowed) {
    throw badRequest(
      `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
  return column;
}

/** Comparable form of a stored value; text compares without regard to case, as SharePoint's collation does. */
function compareValues(column: SimColumn, a: unknown, b: unknown): number {
  switch (columnKind(column)) {
    case 'number':
      return (a as number) - (b as number);
    case 'boolean':
      return Number(a) - Number(b);
    case 'dateTime':
      return Date.parse(a as string) - Date.parse(b as string);
    default:
      return (a as string).localeCompare(b as string, 'sv', { sensitivity: 'accent' });
  }
}

function literalFor(column: SimColumn, literal: Literal): unknown {
  const kind = columnKind(column);
  if (kind === 'boolean') {
    if (literal !== 0 && literal !== 1) throw badRequest(`Compare the Yes/No field '${column.name}' with 1 or 0`);
    return literal === 1;
  }
  if (kind === 'number' && typeof literal !== 'number')
    throw badRequest(`Invalid filter clause: '${column.name}' is a number`);
  if ((kind === 'text' || kind === 'dateTime') && typeof literal !== 'string')
    throw badRequest(`Invalid filter clause: '${column.name}' needs a quoted value`);
  return literal;
}

export function matches(item: SimItem, columns: SimColumn[], clause: Clause): boolean {
  const column = columns.find((c) => c.name === clause.field)!;
  const value = item.fields[column.name];
  if (clause.value === null) {
    if (clause.op === 'eq') return value === undefined;
    if (clause.op === 'ne') return value !== undefined;
    throw badRequest('Invalid filter clause: only eq and ne compare with null');
  }
  const literal = literalFor(column, clause.value);
  if (value === undefined) return false;
  const order = compareValues(column, value, literal);
  switch (clause.op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
  }
}

/** Empty values first, then by value; the item id breaks ties so paging is stable. */
export function compareItems(a: SimItem, b: SimItem, columns: SimColumn[], orderings: Ordering[]): number {
  for (const ordering of orderings) {
    const column = columns.find((c) => c.name === ordering.field)!;
    const x = a.fields[column.name];
    const y = b.fields[column.name];
    let order = 0;
    if (x === undefined || y === undefined) order = x === y ? 0 : x === undefined ? -1 : 1;
    else order = compareValues(column, x, y);
    if (order !== 0) return ordering.descending ? -order : order;
  }
  return a.id - b.id;
}
