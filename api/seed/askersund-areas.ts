import type { GeoJsonAreas } from '../domain/situation/area-map.js';

/** Central Askersund drawn as seven demo districts (rough blocks, not surveyed borders); the outlying villages stay off the map. */
const cells: [name: string, row: number, column: number][] = [
  ['Alléskolan', 0, 1],
  ['Sundsbro idrottsplats', 0, 2],
  ['Stadsparken', 1, 0],
  ['Torget', 1, 1],
  ['Hamnen', 2, 0],
  ['Resecentrum', 2, 1],
  ['Hembygdsparken', 2, 2],
];
const north = 58.8865;
const west = 14.8905;
const [height, width] = [0.003, 0.006];

export const demoAreaMap: GeoJsonAreas = {
  type: 'FeatureCollection',
  features: cells.map(([name, row, column]) => {
    const [top, left] = [north - row * height, west + column * width];
    const ring: [number, number][] = [
      [left, top],
      [left + width, top],
      [left + width, top - height],
      [left, top - height],
      [left, top],
    ];
    return {
      type: 'Feature' as const,
      properties: { name },
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
    };
  }),
};
