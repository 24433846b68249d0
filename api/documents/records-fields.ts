import { DomainError } from '../domain/errors/domain-error.js';
import { type DocumentKind, type Registration, registrationSchema } from '../domain/records/records.js';
import { type FileFields, type FileInfo, findFile, type StoragePort } from '../store/port.js';
import { documentLibraries, recordsColumnNames as names } from './libraries.js';

const councilFolderPattern = /^Strategiskt råd \d{4}\/(.*)$/;

/** A file's registration read from its columns; undefined until the file has been stamped with its class. */
export function registrationOf(fields: Record<string, string> | undefined): Registration | undefined {
  if (!fields?.handlingstyp) return undefined;
  const parsed = registrationSchema.safeParse(Object.fromEntries(names.map((name) => [name, fields[name] ?? null])));
  return parsed.success ? parsed.data : undefined;
}

export function registrationFields(registration: Registration): FileFields {
  return Object.fromEntries(names.map((name) => [name, registration[name]]));
}

/** Which line of the dokumenthanteringsplan a stored file falls under, by where the product puts it. */
export function documentKindOf(library: string, path: string): DocumentKind | undefined {
  const l = documentLibraries;
  if (library === l.situation.name) {
    if (path.startsWith('Årlig lägesbild/')) return 'annualSituation';
    if (path.startsWith('Kvartalssammanställningar/')) return 'quarterlyCompilation';
    return path.startsWith('Områden/') ? 'areaMap' : undefined;
  }
  if (library === l.actionPlans.name) return 'actionPlan';
  if (library === l.departmentReports.name) return 'departmentReports';
  if (library === l.councilReports.name) return 'municipalCouncilReport';
  if (library === l.importFiles.name) return 'importFile';
  if (library === l.bob.name) return path.startsWith('Möten/') ? 'bobMeeting' : 'bobDocument';
  if (library === l.council.name) {
    if (path.startsWith('Samverkansöverenskommelser/')) return 'agreement';
    const inFolder = councilFolderPattern.exec(path)?.[1];
    if (inFolder?.startsWith('Aktörernas lägesbilder/')) return 'actorMaterial';
    if (inFolder?.startsWith('Dagordning')) return 'councilAgenda';
    if (inFolder?.startsWith('Protokoll')) return 'councilMinutes';
  }
  return undefined;
}

/** The diarienummer a stored document was registered under, for the header of its next version. */
export async function diarienummerOf(store: StoragePort, library: string, path: string): Promise<string | null> {
  return (await findFile(store, library, path))?.fields?.diarienummer ?? null;
}

/** A document registered as fastställd is the adopted record: a new version would change what was adopted. */
export class DocumentFaststalld extends DomainError {
  constructor(path: string, on: string) {
    const name = path.split('/').pop()!;
    super('locked', {
      sv: `${name} är registrerat som fastställt ${on} och får ingen ny version. Ta bort datumet under Fastställd i dokumentets registrering om det ska göras om.`,
      en: `${name} is registered as finalised on ${on} and gets no new version. Remove the date under Finalised in the document's registration if it is to be made again.`,
    });
  }
}

/**
 * The diarienummer for the next version of a document the app makes from its data (a compilation, an agenda,
 * minutes, a report); refused while the stored one is registered as fastställd.
 */
export async function diarienummerForNewVersion(
  store: StoragePort,
  library: string,
  path: string,
): Promise<string | null> {
  const fields = (await findFile(store, library, path))?.fields;
  if (fields?.faststalld) throw new DocumentFaststalld(path, fields.faststalld);
  return fields?.diarienummer ?? null;
}

/** Records the day a document was fastställd (decided, adopted), unless its registration names a day already. */
export async function markFaststalld(
  store: StoragePort,
  info: FileInfo,
  date: string,
  actor: string,
): Promise<FileInfo> {
  if (info.fields?.faststalld) return info;
  return store.setFileFields(info.library, info.path, { faststalld: date }, actor);
}
