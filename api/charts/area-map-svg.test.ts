import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAreaMap } from '../domain/situation/area-map.js';
import { demoAreaMap } from '../seed/askersund-areas.js';
import {
  areaMapColours,
  areaMapSvg,
  colourOf,
  colourSteps,
  countsOffMap,
  mapFrame,
  type PlacedLabel,
  placeLabels,
} from './area-map-svg.js';

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

  it('fills its room: the map is as wide or as tall as asked, not half of it for want of a whole zoom', () => {
    const frame = mapFrame(map, 640, 420);
    expect(frame.width === 640 || frame.height === 420 || Math.max(frame.width / 640, frame.height / 420) > 0.99).toBe(
      true,
    );
    expect(frame.width).toBeLessThanOrEqual(640.01);
    expect(frame.height).toBeLessThanOrEqual(420.01);
    const svg = areaMapSvg({
      map,
      counts: [],
      title: 'Karta',
      legend: { none: 'Inga' },
      tileUrl: 'https://tiles.example.se/{z}/{x}/{y}.png',
    });
    // The tiles of the zoom above the map's scale, drawn a little smaller, cover the whole map edge to edge.
    const tiles = [...svg.matchAll(/<image href="[^"]+" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)"/g)].map((m) =>
      m.slice(1).map(Number),
    );
    const size = tiles[0]![2]!;
    expect(size).toBeGreaterThan(128);
    expect(size).toBeLessThanOrEqual(256);
    expect(Math.min(...tiles.map(([x]) => x!))).toBeLessThanOrEqual(0);
    expect(Math.max(...tiles.map(([x]) => x! + size))).toBeGreaterThanOrEqual(frame.width - 1);
    expect(Math.max(...tiles.map(([, y]) => y! + size))).toBeGreaterThanOrEqual(frame.height - 1);
  });

  it('keeps the legend inside the picture, however narrow the map', () => {
    const narrow = { areas: [{ ...map.areas[0]!, name: 'Torget' }] };
    const svg = areaMapSvg({
      map: narrow,
      counts: [{ area: 'Torget', count: 40 }],
      title: 'Karta',
      legend: { none: 'Inga' },
    });
    const width = Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
    const keys = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="16"/g)].map((m) => Number(m[1]));
    expect(keys).toHaveLength(5);
    expect(keys.at(-1)! + 96).toBeLessThanOrEqual(width + 16);
  });

  it('draws no label over another, each inside the map: the name and count, else the count, else none', () => {
    const overlap = (a: PlacedLabel, b: PlacedLabel) =>
      Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) < 16;
    const area = fc.record({
      label: fc.string({ minLength: 1, maxLength: 40 }),
      count: fc.nat(100_000),
      centre: fc.tuple(fc.double({ min: -50, max: 700, noNaN: true }), fc.double({ min: -50, max: 500, noNaN: true })),
      size: fc.double({ min: 0, max: 100_000, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(area, { maxLength: 40 }), fc.integer({ min: 60, max: 640 }), (areas, width) => {
        const placed = placeLabels(areas, width, 420);
        for (const [index, label] of placed.entries()) {
          expect(label.x - label.width / 2).toBeGreaterThanOrEqual(-0.1);
          expect(label.x + label.width / 2).toBeLessThanOrEqual(width + 0.1);
          for (const other of placed.slice(index + 1)) expect(overlap(label, other)).toBe(false);
        }
        // Nothing left out that had room: a lone area always gets a label.
        if (areas.length === 1) expect(placed).toHaveLength(1);
      }),
    );
    // The demo map's seven areas, with counts, each get their name and count.
    const svg = areaMapSvg({
      map,
      counts: map.areas.map((a, i) => ({ area: a.name, count: i * 3 })),
      title: 'Karta',
      legend: { none: 'Inga' },
    });
    const drawn = [...svg.matchAll(/<text [^>]*stroke="#ffffff"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(drawn.filter((text) => text!.includes(': '))).toHaveLength(7);
  });
});
