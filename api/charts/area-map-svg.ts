import type { AreaMap, Polygon, Position } from '../domain/situation/area-map.js';
import { escapeXml } from './svg-text.js';

/** A place the lägesbild counted, and how many. */
export interface AreaCount {
  area: string;
  count: number;
}

const tileSize = 256;
const pad = 16;
const titleBand = 28;
const legendBand = 36;
const font = 'font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif"';
/** Light to dark, each step told apart from the next and from the outline; "none" is grey. */
export const areaMapColours = { none: '#f3f2f1', steps: ['#cfe4fa', '#82c7ff', '#2886de', '#0c3b5e'] } as const;

/** Web Mercator at zoom 0, in pixels of a 256-pixel world: what tile servers and their tiles use. */
function project([lon, lat]: Position): [number, number] {
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * tileSize, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * tileSize];
}

/** Where the map sits in the world at the zoom that fits it into about width × height pixels. */
export interface MapFrame {
  zoom: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function mapFrame(map: AreaMap, width = 640, height = 420): MapFrame {
  const points = map.areas.flatMap((area) => area.polygons.flat(2)).map(project);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = Math.min(
    (width - 2 * pad) / Math.max(maxX - minX, 1e-9),
    (height - 2 * pad) / Math.max(maxY - minY, 1e-9),
  );
  const zoom = Math.max(0, Math.min(18, Math.floor(Math.log2(fit))));
  const scale = 2 ** zoom;
  return {
    zoom,
    x: minX * scale - pad,
    y: minY * scale - pad,
    width: (maxX - minX) * scale + 2 * pad,
    height: (maxY - minY) * scale + 2 * pad,
  };
}

/** The places counted that the map holds no area for, with their counts: named beside the map, never lost. */
export function countsOffMap(map: AreaMap, counts: AreaCount[]): AreaCount[] {
  const known = new Set(map.areas.map((area) => area.name.toLocaleLowerCase('sv')));
  return counts.filter((row) => row.count > 0 && !known.has(row.area.toLocaleLowerCase('sv')));
}

/** The counts each colour stands for: equal steps up to the largest count (a step too narrow for a whole count is left out). */
export function colourSteps(max: number): { colour: string; from: number; to: number }[] {
  const steps = areaMapColours.steps;
  return steps
    .map((colour, index) => ({
      colour,
      from: Math.floor((index * max) / steps.length) + 1,
      to: Math.floor(((index + 1) * max) / steps.length),
    }))
    .filter((step) => step.from <= step.to);
}

/** The colour of a count, as the legend says it; 0 (or an area without entries) is "none". */
export function colourOf(count: number, max: number): string {
  if (count <= 0 || max <= 0) return areaMapColours.none;
  return colourSteps(max).find((step) => count <= step.to)?.colour ?? areaMapColours.steps.at(-1)!;
}

/**
 * A choropleth of counts per area as SVG text: the tab shows it (over map tiles when they load), the server
 * renders it to PNG for Word. Each area carries its name and count as text, so the map says what the table
 * says; the legend gives the count each colour stands for.
 */
export function areaMapSvg(options: {
  map: AreaMap;
  counts: AreaCount[];
  title: string;
  legend: { none: string };
  /** A tile server's address with {z}, {x} and {y}; without it the areas are drawn on white. */
  tileUrl?: string;
  width?: number;
}): string {
  const frame = mapFrame(options.map, options.width);
  const scale = 2 ** frame.zoom;
  const countOf = new Map(options.counts.map((row) => [row.area.toLocaleLowerCase('sv'), row.count]));
  const max = Math.max(0, ...options.counts.map((row) => row.count));
  const at = (position: Position) => {
    const [x, y] = project(position);
    return [round(x * scale - frame.x), round(y * scale - frame.y)] as const;
  };
  const path = (polygons: Polygon[]) =>
    polygons
      .map((polygon) => polygon.map((ring) => `M${ring.map((p) => at(p).join(' ')).join('L')}Z`).join(''))
      .join('');
  const tiles = options.tileUrl ? tileImages(options.tileUrl, frame) : '';
  const areas = options.map.areas.map((area) => {
    const count = countOf.get(area.name.toLocaleLowerCase('sv')) ?? 0;
    const label = `${area.name}: ${count}`;
    const [x, y] = labelPoint(area.polygons, at);
    return {
      shape: `<path d="${path(area.polygons)}" fill="${colourOf(count, max)}" fill-opacity="${tiles ? 0.75 : 1}" fill-rule="evenodd" stroke="#201f1e" stroke-width="1.5"><title>${escapeXml(label)}</title></path>`,
      text: `<text x="${x}" y="${y}" text-anchor="middle" font-size="12" ${font} fill="#201f1e" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(label)}</text>`,
    };
  });
  const width = round(frame.width);
  const height = round(frame.height);
  const total = titleBand + height + legendBand;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" role="img" aria-label="${escapeXml(options.title)}">` +
    `<rect width="${width}" height="${total}" fill="#ffffff"/>` +
    `<text x="${pad}" y="19" font-size="14" font-weight="bold" ${font} fill="#201f1e">${escapeXml(options.title)}</text>` +
    `<svg x="0" y="${titleBand}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">${tiles}${areas.map((a) => a.shape).join('')}${areas.map((a) => a.text).join('')}</svg>` +
    legend(max, options.legend.none, titleBand + height + 10) +
    '</svg>'
  );
}

function legend(max: number, none: string, y: number): string {
  const keys = [
    { colour: areaMapColours.none, text: none },
    ...colourSteps(max).map((step) => ({
      colour: step.colour,
      text: step.from === step.to ? `${step.from}` : `${step.from}–${step.to}`,
    })),
  ];
  return keys
    .map((key, index) => {
      const x = pad + index * 96;
      return `<rect x="${x}" y="${y}" width="16" height="16" fill="${key.colour}" stroke="#201f1e"/><text x="${x + 22}" y="${y + 13}" font-size="12" ${font} fill="#201f1e">${escapeXml(key.text)}</text>`;
    })
    .join('');
}

/** The tiles under the frame, placed in the same pixels as the areas. */
function tileImages(url: string, frame: MapFrame): string {
  const images: string[] = [];
  const last = 2 ** frame.zoom - 1;
  for (
    let ty = Math.max(0, Math.floor(frame.y / tileSize));
    ty <= Math.min(last, Math.floor((frame.y + frame.height) / tileSize));
    ty += 1
  ) {
    for (
      let tx = Math.max(0, Math.floor(frame.x / tileSize));
      tx <= Math.min(last, Math.floor((frame.x + frame.width) / tileSize));
      tx += 1
    ) {
      const href = url.replace('{z}', String(frame.zoom)).replace('{x}', String(tx)).replace('{y}', String(ty));
      images.push(
        `<image href="${escapeXml(href)}" x="${round(tx * tileSize - frame.x)}" y="${round(ty * tileSize - frame.y)}" width="${tileSize}" height="${tileSize}"/>`,
      );
    }
  }
  return images.join('');
}

/** Where an area's label goes: the centre of its largest outer ring. */
function labelPoint(polygons: Polygon[], at: (p: Position) => readonly [number, number]): readonly [number, number] {
  let best = { area: -1, x: 0, y: 0 };
  for (const polygon of polygons) {
    const ring = polygon[0]!.map(at);
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i += 1) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    const size = Math.abs(area / 2);
    if (size > best.area)
      best =
        size > 0 ? { area: size, x: cx / (3 * area), y: cy / (3 * area) } : { area: 0, x: ring[0]![0], y: ring[0]![1] };
  }
  return [round(best.x), round(best.y + 4)];
}

const round = (value: number) => Math.round(value * 10) / 10;
