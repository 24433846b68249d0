import { z } from 'zod';
import { StoreError } from '../errors.js';
import type { ColumnDefinition, Fields } from '../port.js';
import { actorColumns, sharePointColumnName } from './columns.js';

/** Port values → the fieldValueSet Graph takes. null clears a value; json is written as text. */
export function encodeFields(columns: ReadonlyMap<string, ColumnDefinition>, fields: Fields): Record<string, unknown> {
  const encoded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const column = columns.get(name)!;
    encoded[sharePointColumnName(name)] =
      value === null || value === undefined ? null : column.type === 'json' ? JSON.stringify(value) : value;
  }
  return encoded;
}

const decoders = {
  text: z.string(),
  note: z.string(),
  dateTime: z.string(),
  number: z.number(),
  boolean: z.boolean(),
  json: z.string().transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  }),
} satisfies Record<ColumnDefinition['type'], z.ZodType>;

/** A fieldValueSet → port fields. Graph leaves empty values out, so a missing value is null. */
export function decodeFields(
  columns: ReadonlyMap<string, ColumnDefinition>,
  list: string,
  raw: Record<string, unknown>,
): Fields {
  const fields: Fields = {};
  for (const column of columns.values()) {
    const value = raw[sharePointColumnName(column.name)];
    if (value === undefined || value === null) {
      fields[column.name] = null;
      continue;
    }
    const parsed = decoders[column.type].safeParse(value);
    if (!parsed.success)
      throw new StoreError(`SharePoint holds a value of the wrong kind in column "${column.name}" of "${list}"`);
    fields[column.name] = parsed.data;
  }
  return fields;
}

export function actorsOf(raw: Record<string, unknown>): { createdBy: string; modifiedBy: string } {
  const text = (value: unknown) => (typeof value === 'string' ? value : 'SharePoint');
  return { createdBy: text(raw[actorColumns.createdBy]), modifiedBy: text(raw[actorColumns.modifiedBy]) };
}

/** The $select inside expand=fields(…): every port column and the actor columns, nothing else. */
export function fieldSelect(columns: ReadonlyMap<string, ColumnDefinition>): string {
  return [
    ...[...columns.values()].map((c) => sharePointColumnName(c.name)),
    actorColumns.createdBy,
    actorColumns.modifiedBy,
  ].join(',');
}
