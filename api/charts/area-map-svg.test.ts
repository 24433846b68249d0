import { describe, expect, it } from 'vitest';
import { readAreaMap } from '../domain/situation/area-map.js';
import { demoAreaMap } from '../seed/askersund-areas.js';
import { areaMapColours, areaMapSvg, colourOf, colourSteps, countsOffMap, mapFrame } from './area-map-svg.js';

const read = readAreaMap(demoAreaMap);
const map = 'map' in read ? read.map : { areas: [] };

describe('the map of counts per area', () => {
  it('draws the demo map of central Askersund', () => {
    expect(map.areas).toHaveLength(7);
  });

  it('says each area’s count as the table does, and nothing for an area without entries but 0', () => {
    const counts = [
      { area: 'Torget', count: 12 },
      { area: 'hamnen', count: 3 },
      { area: 'Olshammar', count: 5 },
    ];
    const svg = areaMapSvg({ map, counts, title: 'Händelser per område', legend: { none: 'Inga' } });
    const labels = [...svg.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Alléskolan: 0',
      'Sundsbro idrottsplats: 0',
      'Stadsparken: 0',
      'Torget: 12',
      'Hamnen: 3',
      'Resecentrum: 0',
      'Hembygdsparken: 0',
    ]);
    expect(svg).toContain('aria-label="Händelser per område"');
    expect(svg).not.toContain('<image');
    expect(countsOffMap(map, counts)).toEqual([{ area: 'Olshammar', count: 5 }]);
  });

  it('colours by equal steps up to the largest count, as the legend says, and grey for none', () => {
    expect([0, 1, 3, 4, 7, 12].map((count) => colourOf(count, 12))).toEqual([
      areaMapColours.none,
      '#cfe4fa',
      '#cfe4fa',
      '#82c7ff',
      '#2886de',
      '#0c3b5e',
    ]);
    for (let max = 1; max <= 20; max += 1) {
      for (let count = 1; count <= max; count += 1) {
        const step = colourSteps(max).find((s) => s.from <= count && count <= s.to);
        expect(colourOf(count, max), `${count} of ${max}`).toBe(step?.colour);
      }
    }
  });

  it('lays the tiles of a configured server under the areas, in the same pixels', () => {
    const frame = mapFrame(map);
    expect(frame.zoom).toBeGreaterThanOrEqual(14);
    expect(frame.width).toBeLessThanOrEqual(640);
    const svg = areaMapSvg({
      map,
      counts: [],
      title: 'Karta',
      legend: { none: 'Inga' },
      tileUrl: 'https://tiles.example.se/{z}/{x}/{y}.png?a=1&b=2',
    });
    const tiles = [...svg.matchAll(/<image href="([^"]+)"/g)].map((m) => m[1]!);
    expect(tiles.length).toBeGreaterThan(0);
    expect(
      tiles.every(
        (href) => href.startsWith(`https://tiles.example.se/${frame.zoom}/`) && href.endsWith('.png?a=1&amp;b=2'),
      ),
    ).toBe(true);
  });
});
