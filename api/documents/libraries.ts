import { allRoles, councilReaderRoles, type Role } from '../domain/roles.js';
import type { LibraryDefinition, StoragePort } from '../store/port.js';

export interface DocumentLibrary extends LibraryDefinition {
  /**
   * Who may open its documents, besides the säkerhetschef who writes them all. Provisioning grants the same
   * in SharePoint; the API checks it before serving a file.
   */
  readers: readonly Role[];
}

/** The document libraries of the site, one per kind of document the year produces. */
export const documentLibraries = {
  situation: { name: 'lagesbilder', title: 'Lägesbilder', readers: allRoles },
  actionPlans: { name: 'atgardsplaner', title: 'Åtgärdsplaner', readers: allRoles },
  council: { name: 'strategisktRad', title: 'Strategiskt råd', readers: councilReaderRoles },
  bob: { name: 'bob', title: 'BOB', readers: ['BobMember'] },
  councilReports: { name: 'rapporterKF', title: 'Rapporter till kommunfullmäktige', readers: allRoles },
  /** The departments' November reports compiled, for the säkerhetschef and readers (as the API shows them). */
  departmentReports: { name: 'forvaltningsrapporter', title: 'Förvaltningsrapporter', readers: ['Reader'] },
  /** The files imported into the lägesbild, kept as they came. */
  importFiles: { name: 'importfiler', title: 'Importerade filer', readers: ['SecurityChief'] },
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
