import { libraryNames } from '../domain/library-names.js';
import { allRoles, councilReaderRoles, type Role } from '../domain/roles.js';
import type { Registration } from '../domain/records/records.js';
import type { ColumnDefinition, LibraryDefinition, StoragePort } from '../store/port.js';

export const recordsColumnNames = [
  'diarienummer',
  'handlingstyp',
  'sekretess',
  'bevarande',
  'gallringsfrist',
  'faststalld',
] as const satisfies readonly (keyof Registration)[];

/** The records metadata (arkivlagen) as columns on every library: text, so SharePoint shows them as written. */
const columns: ColumnDefinition[] = recordsColumnNames.map((name) => ({ name, type: 'text' }));

export interface DocumentLibrary extends LibraryDefinition {
  /**
   * Who may open its documents, besides the säkerhetschef who writes them all. Provisioning grants the same
   * in SharePoint; the API checks it before serving a file.
   */
  readers: readonly Role[];
}

/** The document libraries of the site, one per kind of document the year produces. */
export const documentLibraries = {
  situation: { name: libraryNames.situation, title: 'Lägesbilder', readers: allRoles, columns },
  actionPlans: { name: libraryNames.actionPlans, title: 'Åtgärdsplaner', readers: allRoles, columns },
  council: { name: libraryNames.council, title: 'Strategiskt råd', readers: councilReaderRoles, columns },
  bob: { name: libraryNames.bob, title: 'BOB', readers: ['BobMember'], columns },
  councilReports: {
    name: libraryNames.councilReports,
    title: 'Rapporter till kommunfullmäktige',
    readers: allRoles,
    columns,
  },
  /** The departments' November reports compiled, for the säkerhetschef and readers (as the API shows them). */
  departmentReports: {
    name: libraryNames.departmentReports,
    title: 'Förvaltningsrapporter',
    readers: ['Reader'],
    columns,
  },
  /** The files imported into the lägesbild, kept as they came. */
  importFiles: { name: libraryNames.importFiles, title: 'Importerade filer', readers: ['SecurityChief'], columns },
} as const satisfies Record<string, DocumentLibrary>;

export type DocumentLibraryId = keyof typeof documentLibraries;

export async function ensureDocumentLibraries(store: StoragePort): Promise<void> {
  for (const library of Object.values(documentLibraries)) await store.ensureLibrary(library);
}

/** BOB's library is the BOB group's alone, the säkerhetschef included only as a member of it. */
export function mayRead(library: DocumentLibraryId, roles: readonly Role[]): boolean {
  const readers: readonly Role[] = documentLibraries[library].readers;
  if (library === 'bob') return roles.some((role) => readers.includes(role));
  return roles.includes('SecurityChief') || roles.some((role) => readers.includes(role));
}
