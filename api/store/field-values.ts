import { StoreUsageError } from './errors.js';
import type { ColumnDefinition, ColumnType, Fields } from './port.js';

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Checks one value against its column type; both adapters use it so they refuse the same input. */
export function checkFieldValue(column: ColumnDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const fail = (expected: string) => {
    throw new StoreUsageError(`Column "${column.name}" expects ${expected}`);
  };
  const checks: Record<ColumnType, () => unknown> = {
    text: () => (typeof value === 'string' && value.length <= 255 ? value : fail('text of at most 255 characters')),
    note: () => (typeof value === 'string' ? value : fail('text')),
    number: () => (typeof value === 'number' && Number.isFinite(value) ? value : fail('a finite number')),
    boolean: () => (typeof value === 'boolean' ? value : fail('true or false')),
    dateTime: () =>
      typeof value === 'string' && isoDateTime.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : fail('an ISO 8601 date or date-time'),
    json: () => JSON.parse(JSON.stringify(value)) as unknown,
  };
  return checks[column.type]();
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
