import { DomainError, EtagRequired } from '../domain/errors/domain-error.js';
import {
  type AreaMap,
  areaInFile,
  areaMapGeoJson,
  type AreaMapProblem,
  geoJsonAreasSchema,
  readAreaMap,
} from '../domain/situation/area-map.js';
import { issueText } from '../i18n/zod-issue-text.js';
import { documentLibraries } from '../documents/libraries.js';
import { areaMapPath } from '../domain/library-names.js';
import type { StoragePort } from '../store/port.js';

const library = documentLibraries.situation.name;
const contentType = 'application/geo+json';

export interface StoredAreaMap {
  map: AreaMap;
  /** The file's version, as the ETag of the map. */
  etag: string;
}

const etagOf = (version: string) => `"areas-${version}"`;

/** The municipality's areas on a map (Inställningar › Områden), read by the quarter and the year's lägesbilder. */
export class AreaMapService {
  constructor(private readonly deps: { store: StoragePort }) {}

  async current(): Promise<StoredAreaMap | undefined> {
    const file = await this.deps.store.getFile(library, areaMapPath);
    if (!file) return undefined;
    const read = readAreaMap(geoJsonAreasSchema.parse(JSON.parse(new TextDecoder().decode(file.content))));
    if (!('map' in read))
      throw new Error(`The stored area map is no longer readable: ${read.problems.map((p) => p.en).join('; ')}`);
    return { map: read.map, etag: etagOf(file.info.version) };
  }

  /**
   * Replaces the map with the areas of an uploaded GeoJSON file; with a map already there only with its ETag, so
   * nobody's map is overwritten unseen.
   */
  async save(file: unknown, etag: string | undefined, actor: string): Promise<StoredAreaMap> {
    const collection = geoJsonAreasSchema.safeParse(file, { reportInput: true });
    const read = collection.success
      ? readAreaMap(collection.data)
      : {
          problems: collection.error.issues
            .slice(0, 20)
            .map((issue): AreaMapProblem => ({ path: issue.path.map(String).join('.'), ...issueText(issue) })),
        };
    if (!('map' in read)) throw unreadableMap(file, read.problems);
    const existing = await this.current();
    if (existing && !etag) throw new EtagRequired();
    if (existing && etag !== existing.etag) throw new AreaMapChanged(existing);
    const bytes = new TextEncoder().encode(JSON.stringify(areaMapGeoJson(read.map)));
    const info = await this.deps.store.putFile(library, areaMapPath, bytes, contentType, actor);
    return { map: read.map, etag: etagOf(info.version) };
  }
}

/**
 * A file that is no map, its first problem said where a person finds it in a GIS ("område 2 (”Torget”)"), not
 * as a JSON path; the issues keep their paths, for a program.
 */
function unreadableMap(file: unknown, problems: AreaMapProblem[]): DomainError {
  const first = problems[0]!;
  const where = areaInFile(file, first.path);
  return new DomainError(
    'validation',
    {
      sv: `Kartan kan inte läsas: ${where ? `${where.sv}: ` : ''}${first.sv}`,
      en: `The map cannot be read: ${where ? `${where.en}: ` : ''}${first.en}`,
    },
    { issues: problems.map((p) => ({ field: p.path, message: p.sv, messageEn: p.en })) },
  );
}

/** Someone saved another map since the caller read it: 412 with theirs. */
export class AreaMapChanged extends DomainError {
  constructor(current: StoredAreaMap) {
    super(
      'conflict',
      {
        sv: 'Någon annan har sparat en ny karta sedan du läste den. Se den aktuella och ladda upp din fil igen om den ska gälla.',
        en: 'Someone else saved a new map since you read it. See the current one and upload your file again if it should apply.',
      },
      { current },
    );
  }
}
