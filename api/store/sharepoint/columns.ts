import type { ColumnDefinition, ColumnType } from '../port.js';
import type { GraphColumn } from './graph-schemas.js';

/**
 * How the port's columns live in SharePoint. Every column the app makes carries its port type in its
 * description ("trygghetshjulet:json"), so an instance that did not create the list reads it back exactly
 * (json and note are both multi-line text to SharePoint; dateTime is text, see below).
 */
const marker = 'trygghetshjulet:';

/** Graph's app-only writes all look like the app; who did it is kept in two columns of our own. */
export const actorColumns = { createdBy: 'app_createdBy', modifiedBy: 'app_modifiedBy' } as const;

// SharePoint's own field names compare without case; a port column with one of these names gets a prefix.
// Port names never hold "_", so "app_…" cannot collide with a port column.
const sharePointNames = new Set(
  [
    'ID',
    'Title',
    'Created',
    'Modified',
    'Author',
    'Editor',
    'ContentType',
    'ContentTypeId',
    'Attachments',
    'Edit',
    'LinkTitle',
    'LinkTitleNoMenu',
    'DocIcon',
    'ItemChildCount',
    'FolderChildCount',
    'AppAuthor',
    'AppEditor',
    'ComplianceAssetId',
    'GUID',
    'FileRef',
    'FileLeafRef',
    'FileDirRef',
    'FSObjType',
    'UniqueId',
    'Order',
    'Version',
    'Name',
    'Path',
    'Type',
    'SelectTitle',
    'InstanceID',
    'WorkflowVersion',
    'Restricted',
    'OriginatorId',
    'NoExecute',
    'ContentVersion',
    'SMTotalSize',
    'Owshiddenversion',
    'PermMask',
    'ScopeId',
    'ProgId',
    'SortBehavior',
    'Level',
    'IsCurrentVersion',
    'HTML_x0020_File_x0020_Type',
    'File_x0020_Type',
    'Modified_x0020_By',
    'Created_x0020_By',
  ].map((name) => name.toLowerCase()),
);

export function sharePointColumnName(portName: string): string {
  return sharePointNames.has(portName.toLowerCase()) ? `app_${portName}` : portName;
}

const dateTimeMaxLength = 40;

/**
 * The columnDefinition to create. dateTime is kept as ISO 8601 text, not a SharePoint date column: SharePoint
 * would answer dates in UTC as "…T00:00:00Z", changing what was written, while ISO strings of one form
 * order and compare as text exactly as the embedded store compares them.
 */
export function columnDefinitionFor(column: ColumnDefinition): Record<string, unknown> {
  const base = {
    name: sharePointColumnName(column.name),
    displayName: column.name,
    description: `${marker}${column.type}`,
    indexed: column.indexed === true,
  };
  const facets: Record<ColumnType, Record<string, unknown>> = {
    text: { text: { allowMultipleLines: false, maxLength: 255 } },
    note: { text: { allowMultipleLines: true, textType: 'plain' } },
    json: { text: { allowMultipleLines: true, textType: 'plain' } },
    number: { number: {} },
    boolean: { boolean: {} },
    dateTime: { text: { allowMultipleLines: false, maxLength: dateTimeMaxLength } },
  };
  return { ...base, ...facets[column.type] };
}

export function actorColumnDefinition(name: string, displayName: string): Record<string, unknown> {
  return {
    name,
    displayName,
    description: `${marker}actor`,
    indexed: false,
    text: { allowMultipleLines: false, maxLength: 255 },
  };
}

const portTypes: readonly string[] = ['text', 'note', 'number', 'boolean', 'dateTime', 'json'];

/** The port column a SharePoint column stands for, or undefined for SharePoint's own and hand-made columns. */
export function portColumnOf(column: GraphColumn): ColumnDefinition | undefined {
  const type = column.description?.startsWith(marker) ? column.description.slice(marker.length) : undefined;
  if (type === undefined || !portTypes.includes(type)) return undefined;
  const name = column.name.startsWith('app_') ? column.name.slice('app_'.length) : column.name;
  return { name, type: type as ColumnType, indexed: column.indexed === true };
}
