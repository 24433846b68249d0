import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import { containsPersonalIdentityNumber, guardedText } from '../personal-data.js';
import { issueText } from '../../i18n/zod-issue-text.js';
import { shownInput } from '../text-policy.js';
import { cleanName, nameKey } from '../names.js';

/** A position as GeoJSON writes it: longitude, then latitude (WGS 84). */
export type Position = [number, number];
/** One polygon: its outer ring, then any holes; each ring closed (first point repeated last). */
export type Polygon = Position[][];

export interface MapArea {
  name: string;
  polygons: Polygon[];
}

/** The municipality's areas as drawn on a map: the places the lägesbild counts by, never a person or an address. */
export interface AreaMap {
  areas: MapArea[];
}

export const areaMapLimits = { areas: 500, points: 100_000 } as const;

const position = z
  .tuple([z.number(), z.number()])
  .rest(z.number())
  .refine(([lon, lat]) => lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, {
    error: bilingual(
      'en koordinat ligger utanför jorden (longitud, latitud i WGS 84)',
      'a coordinate lies outside the earth (longitude, latitude in WGS 84)',
    ),
  });
const ring = z
  .array(position)
  .min(4, { error: bilingual('en polygon behöver minst fyra punkter', 'a polygon needs at least four points') });
const geometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ],
  {
    error: bilingual(
      'varje område ska vara en Polygon eller MultiPolygon',
      'each area must be a Polygon or MultiPolygon',
    ),
  },
);
const feature = z.object({
  type: z.literal('Feature', { error: bilingual('väntade ett Feature', 'expected a Feature') }),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry,
});
const tooManyAreas = bilingual(`högst ${areaMapLimits.areas} områden`, `at most ${areaMapLimits.areas} areas`);
const tooManyPoints = bilingual(
  `kartan har fler än ${areaMapLimits.points.toLocaleString('sv-SE')} punkter; förenkla den`,
  `the map has more than ${areaMapLimits.points.toLocaleString('en-GB')} points; simplify it`,
);

/** Positions under these roots, however deep (a hostile file may nest a million arrays): walked, not recursed. */
function positionsIn(roots: unknown[]): number {
  let count = 0;
  const stack = [...roots];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!Array.isArray(item)) continue;
    if (typeof item[0] === 'number') count += 1;
    else for (const inner of item) stack.push(inner);
  }
  return count;
}

/** Areas and points counted before each one is checked: a file far past the limits is refused at once. */
function withinLimits(value: unknown, ctx: z.RefinementCtx): void {
  const features = (value as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return;
  if (features.length > areaMapLimits.areas) {
    ctx.addIssue({ code: 'custom', path: ['features'], message: tooManyAreas });
    return;
  }
  const coordinates = features.map(
    (f) => (f as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates,
  );
  if (positionsIn(coordinates) > areaMapLimits.points)
    ctx.addIssue({ code: 'custom', path: ['features'], message: tooManyPoints });
}

/** The GeoJSON a GIS exports (RFC 7946): a FeatureCollection of polygons, each named in its properties. */
export const geoJsonAreasSchema = z.unknown().superRefine(withinLimits).pipe(geoJsonCollection());

function geoJsonCollection() {
  return z.object({
    type: z.literal('FeatureCollection', {
      error: bilingual('filen ska vara en GeoJSON FeatureCollection', 'the file must be a GeoJSON FeatureCollection'),
    }),
    features: z
      .array(feature)
      .min(1, { error: bilingual('filen innehåller inga områden', 'the file holds no areas') })
      .max(areaMapLimits.areas, { error: tooManyAreas }),
  });
}

const areaName = guardedText(
  z.string().max(200, {
    error: bilingual('ett områdesnamn får vara högst 200 tecken', 'an area name may be at most 200 characters'),
  }),
);

/** The property a GIS most likely put the area's name in, in the order tried. */
const nameKeys = ['name', 'namn', 'NAMN', 'Name', 'område', 'omrade', 'OMRADE', 'title'];

export type AreaMapProblem = { path: string; sv: string; en: string };

export type GeoJsonAreas = z.infer<typeof geoJsonAreasSchema>;

/** A GeoJSON collection (already of the right shape) read into the areas it names, or what stops it, each with where. */
export function readAreaMap(collection: GeoJsonAreas): { map: AreaMap } | { problems: AreaMapProblem[] } {
  const problems: AreaMapProblem[] = [];
  // Each name's area, counted from 1 as areaInFile counts them.
  const seen = new Map<string, number>();
  const areas: MapArea[] = [];
  collection.features.forEach((f, index) => {
    const name = nameIn(f.properties);
    if (!name) {
      problems.push({
        path: `features.${index}.properties`,
        sv: 'området saknar namn (egenskapen name eller namn)',
        en: 'the area has no name (the property name or namn)',
      });
      return;
    }
    // An area's name is free text from a file: the text policy every typed field has applies to it too.
    const guarded = areaName.safeParse(name, { reportInput: true });
    if (!guarded.success) {
      problems.push({ path: `features.${index}.properties`, ...issueText(guarded.error.issues[0]!) });
      return;
    }
    const before = seen.get(nameKey(name));
    if (before !== undefined) {
      problems.push({
        path: `features.${index}.properties`,
        sv: `namnet finns redan på område ${before}`,
        en: `the name is already that of area ${before}`,
      });
      return;
    }
    seen.set(nameKey(name), index + 1);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rounded = polygons.map((polygon) =>
      polygon.map((r) => r.map(([lon, lat]) => [round(lon!), round(lat!)] as Position)),
    );
    areas.push({ name, polygons: rounded });
  });
  return problems.length > 0 ? { problems } : { map: { areas } };
}

/**
 * Where in the file a problem lies, as a person looks for it in a GIS: the area's place among the file's areas,
 * counted from 1, and its name when it has one that can be said back (not one holding a personal identity number).
 * `path` is the problem's as the issues name it (features.2.properties); undefined for one about the whole file.
 */
export function areaInFile(collection: unknown, path: string): { sv: string; en: string } | undefined {
  const area = /^features\.(\d+)(?:\.|$)/.exec(path);
  if (!area) return undefined;
  const index = Number(area[1]);
  const features = (collection as { features?: unknown } | null)?.features;
  const feature = Array.isArray(features) ? (features[index] as { properties?: unknown } | undefined) : undefined;
  const name = nameIn(feature?.properties);
  const said = name !== '' && !containsPersonalIdentityNumber(name);
  return {
    sv: `område ${index + 1}${said ? ` (”${shownInput(name, 40)}”)` : ''}`,
    en: `area ${index + 1}${said ? ` (“${shownInput(name, 40)}”)` : ''}`,
  };
}

/** The area's name from the first property a GIS put one in, cleaned; '' when it has none. */
function nameIn(properties: unknown): string {
  if (!properties || typeof properties !== 'object') return '';
  return (
    nameKeys
      .map((key) => (properties as Record<string, unknown>)[key])
      .map((value) => (typeof value === 'string' ? cleanName(value) : ''))
      .find((value) => value !== '') ?? ''
  );
}

/** The map as GeoJSON again, for the library and for anyone's GIS. */
export function areaMapGeoJson(map: AreaMap): unknown {
  return {
    type: 'FeatureCollection',
    features: map.areas.map((area) => ({
      type: 'Feature',
      properties: { name: area.name },
      geometry:
        area.polygons.length === 1
          ? { type: 'Polygon', coordinates: area.polygons[0] }
          : { type: 'MultiPolygon', coordinates: area.polygons },
    })),
  };
}

/** Six decimals is about ten centimetres: nothing a lägesbild needs is finer. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;
