import { StoreUsageError } from './errors.js';

const listOrLibraryName = /^[a-z][a-zA-Z0-9]{0,63}$/;
const columnName = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;
const reservedColumns = new Set(['id', 'etag', 'createdAt', 'createdBy', 'modifiedAt', 'modifiedBy', 'version']);
// SharePoint refuses these characters in file and folder names.
// biome-ignore lint/suspicious/noControlCharactersInRegex: SharePoint refuses control characters in names; this finds them
const forbiddenInSegment = /["*:<>?\\|\u0000-\u001f]/;

export function checkListName(name: string): string {
  if (!listOrLibraryName.test(name)) throw new StoreUsageError(`Invalid list or library name "${name}"`);
  return name;
}

export function checkColumnName(name: string): string {
  if (!columnName.test(name) || reservedColumns.has(name)) throw new StoreUsageError(`Invalid column name "${name}"`);
  return name;
}

/** Normalises a library path ("a/b/c.docx") and refuses what SharePoint would refuse. */
export function normaliseFilePath(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) throw new StoreUsageError('A file path must name a file');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || forbiddenInSegment.test(segment) || segment.trim() !== segment) {
      throw new StoreUsageError(`Invalid path segment "${segment}"`);
    }
  }
  const normalised = segments.join('/');
  if (normalised.length > 400) throw new StoreUsageError('A file path may be at most 400 characters');
  return normalised;
}

export function normaliseFolder(folder: string | undefined): string {
  if (folder === undefined || folder.replaceAll('/', '') === '') return '';
  return normaliseFilePath(folder);
}
