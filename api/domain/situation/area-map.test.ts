import { describe, expect, it } from 'vitest';
import { areaMapGeoJson, geoJsonAreasSchema, readAreaMap } from './area-map.js';

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
        features: [twice, unnamed, { ...twice, properties: { name: 'Torget' } }],
      }),
    );
    expect('problems' in read && read.problems.map((p) => [p.path, p.sv])).toEqual([
      ['features.1.properties', 'området saknar namn (egenskapen name eller namn)'],
      ['features.2.properties', 'området ”Torget” finns två gånger'],
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
});
