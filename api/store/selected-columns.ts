import { StoreUsageError } from './errors.js';
import type { ColumnDefinition, ItemQuery } from './port.js';

/**
 * The columns a query reads: all of them, or those its `select` names. An unknown name is refused, and so is
 * ordering on a field not read (SharePoint's pages are put in order from the fields they bring).
 */
export function selectedColumns(
  list: string,
  columns: ReadonlyMap<string, ColumnDefinition>,
  query: Pick<ItemQuery, 'select' | 'orderBy'>,
): Map<string, ColumnDefinition> {
  if (!query.select) return new Map(columns);
  const read = new Map(
    query.select.map((name) => {
      const column = columns.get(name);
      if (!column) throw new StoreUsageError(`List "${list}" has no column "${name}"`);
      return [name, column];
    }),
  );
  for (const order of query.orderBy ?? [])
    if (!read.has(order.field)) throw new StoreUsageError(`Order by "${order.field}" only when it is selected`);
  return read;
}
