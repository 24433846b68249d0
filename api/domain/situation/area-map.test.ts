import { describe, expect, it } from 'vitest';
import { areaInFile, areaMapGeoJson, areaMapLimits, geoJsonAreasSchema, readAreaMap } from './area-map.js';

const square = (lon: number, lat: number): [number, number][] => [
  [lon, lat],
  [lon + 0.01, lat],
  [lon + 0.01, lat - 0.01],
  [lon, lat - 0.01],
  [lon, lat],
];

describe('the areas of the municipality as a map', () => {
  it('reads each feature’s name from the properties a GIS uses, polygons and multipolygons alike, and writes them back', () => {
    const collection = geoJsonAreasSchema.parse({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { namn: ' Torget ' },
          geometry: { type: 'Polygon', coordinates: [square(14.9, 58.88)] },
        },
        {
          type: 'Feature',
          properties: { name: 'Öarna' },
          geometry: { type: 'MultiPolygon', coordinates: [[square(14.8, 58.8)], [square(14.85, 58.8)]] },
        },
      ],
    });
    const read = readAreaMap(collection);
    expect('map' in read && read.map.areas.map((a) => [a.name, a.polygons.length])).toEqual([
      ['Torget', 1],
      ['Öarna', 2],
    ]);
    if ('map' in read) expect(readAreaMap(geoJsonAreasSchema.parse(areaMapGeoJson(read.map)))).toEqual(read);
  });

  it('refuses a feature without a name, a name twice and what is not a polygon, saying where', () => {
    const unnamed = {
      type: 'Feature',
      properties: { kod: 7 },
      geometry: { type: 'Polygon', coordinates: [square(14.9, 58.88)] },
    };
    const twice = {
      type: 'Feature',
      properties: { name: 'torget' },
      geometry: { type: 'Polygon', coordinates: [square(14.9, 58.88)] },
    };
    const read = readAreaMap(
      geoJsonAreasSchema.parse({
        type: 'FeatureCollection',
        features: [
          twice,
          unnamed,
          { ...twice, properties: { name: 'Torget' } },
          { ...twice, properties: { name: 'Tor\u200Bget\u00A0' } },
          { ...twice, properties: { namn: '\u200B\uFEFF' } },
        ],
      }),
    );
    expect('problems' in read && read.problems.map((p) => [p.path, p.sv])).toEqual([
      ['features.1.properties', 'området saknar namn (egenskapen name eller namn)'],
      ['features.2.properties', 'namnet finns redan på område 1'],
      ['features.3.properties', 'namnet finns redan på område 1'],
      ['features.4.properties', 'området saknar namn (egenskapen name eller namn)'],
    ]);
    const person = { ...twice, properties: { name: 'Hos 19121212-1212' } };
    const refusedName = readAreaMap(geoJsonAreasSchema.parse({ type: 'FeatureCollection', features: [person] }));
    expect('problems' in refusedName && refusedName.problems[0]?.sv).toMatch(/personnummer/);
    const point = {
      type: 'Feature',
      properties: { name: 'Punkt' },
      geometry: { type: 'Point', coordinates: [14.9, 58.88] },
    };
    expect(geoJsonAreasSchema.safeParse({ type: 'FeatureCollection', features: [point] }).success).toBe(false);
    const offEarth = { ...twice, geometry: { type: 'Polygon', coordinates: [square(190, 58.88)] } };
    expect(geoJsonAreasSchema.safeParse({ type: 'FeatureCollection', features: [offEarth] }).success).toBe(false);
  });

  it('says where a problem lies as a GIS shows it: the area counted from 1, with a name that can be said back', () => {
    const file = {
      type: 'FeatureCollection',
      features: [
        { properties: { namn: ' Hamnen ' } },
        { properties: { kod: 7 } },
        { properties: { name: 'Hos 19121212-1212' } },
        { properties: null },
      ],
    };
    expect(areaInFile(file, 'features.0.geometry.coordinates.0.3')).toEqual({
      sv: 'område 1 (”Hamnen”)',
      en: 'area 1 (“Hamnen”)',
    });
    expect(areaInFile(file, 'features.1.properties')?.sv).toBe('område 2');
    // A name refused for its personal identity number is not said back in the refusal.
    expect(areaInFile(file, 'features.2.properties')?.sv).toBe('område 3');
    expect(areaInFile(file, 'features.3.geometry')?.sv).toBe('område 4');
    expect(areaInFile(file, 'features')).toBeUndefined();
    expect(areaInFile('not a map', 'features.0')?.en).toBe('area 1');
  });

  it('counts areas and points before checking each, and reads a file nested a million deep without a crash', () => {
    const ring = (points: number) => [
      ...Array.from({ length: points - 1 }, (_, i): [number, number] => [14 + i * 1e-6, 58 + (i % 2) * 1e-3]),
      [14, 58],
    ];
    const area = (name: string, coordinates: unknown) => ({
      type: 'Feature',
      properties: { name },
      geometry: { type: 'Polygon', coordinates },
    });
    const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
    const messages = (value: unknown) => {
      const parsed = geoJsonAreasSchema.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    const half = areaMapLimits.points / 2;
    expect(messages(collection(area('A', [ring(half)]), area('B', [ring(half)])))).toEqual([]);
    expect(messages(collection(area('A', [ring(half)]), area('B', [ring(half), ring(4)])))).toEqual([
      `features: kartan har fler än ${areaMapLimits.points.toLocaleString('sv-SE')} punkter; förenkla den`,
    ]);
    const many = Array.from({ length: areaMapLimits.areas + 1 }, (_, i) => area(`O${i}`, [ring(4)]));
    expect(messages(collection(...many))).toEqual([`features: högst ${areaMapLimits.areas} områden`]);
    const deep = JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expect(messages(collection(area('A', deep)))[0]).toMatch(/^features\.0\.geometry\.coordinates/);
  });
});
