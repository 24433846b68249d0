import { StoreUsageError } from '../errors.js';
import { checkFieldValue } from '../field-values.js';
import { maxPageSize, type ColumnDefinition, type Filter, type ItemQuery } from '../port.js';
import { sharePointColumnName } from './columns.js';
import { fieldSelect } from './field-codec.js';
import { selectedColumns } from '../selected-columns.js';

/**
 * The port's query as Graph's list item query string. Filters and ordering are allowed on indexed columns
 * only, as SharePoint requires for large lists; the adapter refuses the rest itself, the same way the
 * embedded adapter does, and never sends the Prefer: HonorNonIndexedQueriesWarningMayFailRandomly header.
 */
export function itemQueryString(
  list: string,
  columns: ReadonlyMap<string, ColumnDefinition>,
  query: ItemQuery,
): string {
  const read = selectedColumns(list, columns, query);
  const parts = [`$expand=${encodeURIComponent(`fields($select=${fieldSelect(read)})`)}`];
  const filters = (query.filters ?? []).map((filter) => clause(filterable(list, columns, filter.field), filter));
  if (filters.length > 0) parts.push(`$filter=${encodeURIComponent(filters.join(' and '))}`);
  const order = (query.orderBy ?? []).map(
    (o) =>
      `fields/${sharePointColumnName(filterable(list, columns, o.field).name)} ${o.direction === 'desc' ? 'desc' : 'asc'}`,
  );
  if (order.length > 0) parts.push(`$orderby=${encodeURIComponent(order.join(','))}`);
  parts.push(`$top=${Math.min(Math.max(1, Math.floor(query.top ?? 100)), maxPageSize)}`);
  return parts.join('&');
}

function filterable(list: string, columns: ReadonlyMap<string, ColumnDefinition>, field: string): ColumnDefinition {
  const column = columns.get(field);
  if (!column) throw new StoreUsageError(`List "${list}" has no column "${field}"`);
  if (!column.indexed)
    throw new StoreUsageError(`Column "${field}" of "${list}" is not indexed and cannot be filtered or ordered on`);
  if (column.type === 'json' || column.type === 'note')
    throw new StoreUsageError(`Column "${column.name}" cannot be filtered on`);
  return column;
}

function clause(column: ColumnDefinition, filter: Filter): string {
  const field = `fields/${sharePointColumnName(column.name)}`;
  if (filter.value === null) {
    if (filter.op !== 'eq' && filter.op !== 'ne')
      throw new StoreUsageError(`Only eq and ne compare "${column.name}" with null`);
    return `${field} ${filter.op} null`;
  }
  return `${field} ${filter.op} ${literal(checkFieldValue(column, filter.value))}`;
}

/** Strings quoted with '' for a quote; SharePoint compares Yes/No columns with 1 and 0, not true and false. */
function literal(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}
