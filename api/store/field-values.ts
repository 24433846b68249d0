import { StoreUsageError } from './errors.js';
import type { ColumnDefinition, Fields } from './port.js';

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Checks one value against its column type; both adapters use it so they refuse the same input. */
export function checkFieldValue(column: ColumnDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const fail = (expected: string): never => {
    throw new StoreUsageError(`Column "${column.name}" expects ${expected}`);
  };
  // A switch, not a table of closures: an import checks every value of every row here.
  switch (column.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 255 ? value : fail('text of at most 255 characters');
    case 'note':
      return typeof value === 'string' ? value : fail('text');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail('a finite number');
    case 'boolean':
      return typeof value === 'boolean' ? value : fail('true or false');
    case 'dateTime':
      return typeof value === 'string' && isoDateTime.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : fail('an ISO 8601 date or date-time');
    case 'json':
      return JSON.parse(JSON.stringify(value)) as unknown;
  }
}

export function checkFields(columns: ReadonlyMap<string, ColumnDefinition>, list: string, fields: Fields): Fields {
  const checked: Fields = {};
  for (const [name, value] of Object.entries(fields)) {
    const column = columns.get(name);
    if (!column) throw new StoreUsageError(`List "${list}" has no column "${name}"`);
    checked[name] = checkFieldValue(column, value);
  }
  return checked;
}
