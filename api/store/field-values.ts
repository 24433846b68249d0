import { StoreUsageError } from './errors.js';
import type { ColumnDefinition, Fields } from './port.js';

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function refuse(column: ColumnDefinition, expected: string): never {
  throw new StoreUsageError(`Column "${column.name}" expects ${expected}`);
}

/** Checks one value against its column type; both adapters use it so they refuse the same input. */
export function checkFieldValue(column: ColumnDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // A switch and no closure made per call: an import checks every value of every row here.
  switch (column.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 255
        ? value
        : refuse(column, 'text of at most 255 characters');
    case 'note':
      return typeof value === 'string' ? value : refuse(column, 'text');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : refuse(column, 'a finite number');
    case 'boolean':
      return typeof value === 'boolean' ? value : refuse(column, 'true or false');
    case 'dateTime':
      return typeof value === 'string' && isoDateTime.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : refuse(column, 'an ISO 8601 date or date-time');
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
