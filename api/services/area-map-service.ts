import { DomainError, EtagRequired } from '../domain/errors/domain-error.js';
import {
  type AreaMap,
  areaMapGeoJson,
  type GeoJsonAreas,
  geoJsonAreasSchema,
  readAreaMap,
} from '../domain/situation/area-map.js';
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

  /** Replaces the map; with a map already there only with its ETag, so nobody's map is overwritten unseen. */
  async save(collection: GeoJsonAreas, etag: string | undefined, actor: string): Promise<StoredAreaMap> {
    const read = readAreaMap(collection);
    if (!('map' in read)) {
      const first = read.problems[0]!;
      throw new DomainError(
        'validation',
        {
          sv: `Kartan kan inte läsas: ${first.path}: ${first.sv}`,
          en: `The map cannot be read: ${first.path}: ${first.en}`,
        },
        { issues: read.problems.map((p) => ({ field: p.path, message: p.sv, messageEn: p.en })) },
      );
    }
    const existing = await this.current();
    if (existing && !etag) throw new EtagRequired();
    if (existing && etag !== existing.etag) throw new AreaMapChanged(existing);
    const bytes = new TextEncoder().encode(JSON.stringify(areaMapGeoJson(read.map)));
    const info = await this.deps.store.putFile(library, areaMapPath, bytes, contentType, actor);
    return { map: read.map, etag: etagOf(info.version) };
  }
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
