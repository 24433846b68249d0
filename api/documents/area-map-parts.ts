import type { Paragraph } from 'docx';
import { type AreaCount, areaMapSvg, countsOffMap } from '../charts/area-map-svg.js';
import type { AreaMap } from '../domain/situation/area-map.js';
import { paragraph } from './docx-parts.js';
import { chartImage } from './chart-image.js';

/**
 * The counts per area on the municipality's map as an image for Word, the areas drawn on white (the server
 * fetches no map tiles), and the places counted that the map does not hold, named with their counts.
 */
export function areaMapParagraphs(map: AreaMap, counts: AreaCount[], title: string): Paragraph[] {
  const offMap = countsOffMap(map, counts);
  return [
    chartImage(
      areaMapSvg({ map, counts, title, legend: { none: 'Inga' } }),
      title,
      `${title}: ${counts.map((row) => `${row.area} ${row.count}`).join(', ')}`,
    ),
    ...(offMap.length > 0
      ? [paragraph(`Inte på kartan: ${offMap.map((row) => `${row.area} (${row.count})`).join(', ')}.`)]
      : []),
  ];
}
