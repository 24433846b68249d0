import { randomUUID } from 'node:crypto';

/** The site's address below the simulator's origin: the simulator is the tenant's SharePoint host too (REST under /_api). */
export const siteUrlPath = '/sites/trygghet';

/** The site's webUrl, from the simulator's Graph base URL (…/v1.0). */
export const siteWebUrl = (graphBaseUrl: string) => `${graphBaseUrl.replace(/\/v1\.0$/, '')}${siteUrlPath}`;

/** A column as SharePoint keeps it; exactly one type facet is set, as in Graph's columnDefinition. */
export interface SimColumn {
  id: string;
  name: string;
  displayName: string;
  description: string;
  hidden: boolean;
  indexed: boolean;
  readOnly: boolean;
  text?: { allowMultipleLines: boolean; maxLength: number; textType: 'plain' | 'richText' };
  number?: Record<string, unknown>;
  boolean?: Record<string, unknown>;
  dateTime?: { format: 'dateOnly' | 'dateTime' };
}

export interface SimItem {
  id: number;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  created: string;
  modified: string;
  /** Versioning, on by default for new SharePoint lists: the fields after each change, oldest first. */
  history?: { version: number; modified: string; fields: Record<string, unknown> }[];
}

export interface SimFileVersion {
  label: string;
  content: Buffer;
  contentType: string;
  modified: string;
}

export interface SimDriveItem {
  id: string;
  name: string;
  /** Path below the root, '' for the root itself. */
  path: string;
  folder: boolean;
  created: string;
  /** Oldest first; the last is the current version. */
  versions: SimFileVersion[];
  /** The values of the library's own columns, set through …/listItem/fields. */
  fields?: Record<string, unknown>;
}

export interface SimDrive {
  id: string;
  items: Map<string, SimDriveItem>;
}

export interface SimList {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: 'genericList' | 'documentLibrary';
  created: string;
  columns: SimColumn[];
  items: Map<number, SimItem>;
  nextItemId: number;
  drive?: SimDrive;
  /** The list's own role assignments once it stopped inheriting the site's (SharePoint REST); undefined while it inherits. */
  roleAssignments?: SimRoleAssignment[];
}

/** A SharePoint principal: a site group, or an Entra group made known to the site by ensureuser. */
export interface SimPrincipal {
  Id: number;
  Title: string;
  LoginName: string;
  /** 4 security group, 8 SharePoint group (SP.Utilities.PrincipalType). */
  PrincipalType: number;
}

export interface SimRoleAssignment {
  principalId: number;
  roleDefinitionIds: number[];
}

export interface SimSite {
  id: string;
  lists: SimList[];
  principals: SimPrincipal[];
  /** The site's own role assignments, which lists inherit. */
  roleAssignments: SimRoleAssignment[];
}

/** SharePoint's own columns on a new generic list: the app must not collide with them (names compare without case). */
export function builtInColumns(template: SimList['template']): SimColumn[] {
  const column = (name: string, extra: Partial<SimColumn>): SimColumn => ({
    id: randomUUID(),
    name,
    displayName: name,
    description: '',
    hidden: false,
    indexed: false,
    readOnly: true,
    ...extra,
  });
  const common = [
    column('Modified', { dateTime: { format: 'dateTime' }, indexed: true }),
    column('Created', { dateTime: { format: 'dateTime' }, indexed: true }),
    column('Author', { text: { allowMultipleLines: false, maxLength: 255, textType: 'plain' } }),
    column('Editor', { text: { allowMultipleLines: false, maxLength: 255, textType: 'plain' } }),
    column('ContentType', { text: { allowMultipleLines: false, maxLength: 255, textType: 'plain' }, hidden: true }),
    column('_UIVersionString', {
      text: { allowMultipleLines: false, maxLength: 255, textType: 'plain' },
      hidden: true,
    }),
    column('Attachments', { boolean: {}, hidden: template === 'documentLibrary' }),
  ];
  const title = column('Title', {
    text: { allowMultipleLines: false, maxLength: 255, textType: 'plain' },
    readOnly: false,
  });
  return template === 'genericList'
    ? [title, ...common]
    : [
        column('FileLeafRef', { text: { allowMultipleLines: false, maxLength: 255, textType: 'plain' } }),
        title,
        ...common,
      ];
}

export function columnKind(column: SimColumn): 'text' | 'note' | 'number' | 'boolean' | 'dateTime' {
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.number) return 'number';
  if (column.boolean) return 'boolean';
  return 'dateTime';
}

export function etagOf(item: { guid: string; version: number }): string {
  return `"${item.guid},${item.version}"`;
}
