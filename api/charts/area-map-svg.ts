import type { AreaMap, Polygon, Position } from '../domain/situation/area-map.js';
import { escapeXml, textWidth } from './svg-text.js';

/** A place the lägesbild counted, and how many. */
export interface AreaCount {
  area: string;
  count: number;
}

const tileSize = 256;
const maxZoom = 18;
const labelSize = 12;
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

/**
 * Where the map sits in the world, scaled to fill about width × height pixels. The tiles come from the zoom
 * just above that scale, drawn a little smaller, so a map never shows at half its room for want of a whole zoom.
 */
export interface MapFrame {
  /** The tile server's zoom whose tiles lie under the map. */
  zoom: number;
  /** Map pixels per pixel of the 256-pixel world. */
  scale: number;
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
  // Tile servers stop at zoom 18 or so: a map smaller than a city block is drawn at most twice that.
  const scale = Math.max(1, Math.min(2 ** (maxZoom + 1), fit));
  return {
    zoom: Math.max(0, Math.min(maxZoom, Math.ceil(Math.log2(scale)))),
    scale,
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
  const countOf = new Map(options.counts.map((row) => [row.area.toLocaleLowerCase('sv'), row.count]));
  const max = Math.max(0, ...options.counts.map((row) => row.count));
  const at = (position: Position) => {
    const [x, y] = project(position);
    return [round(x * frame.scale - frame.x), round(y * frame.scale - frame.y)] as const;
  };
  const path = (polygons: Polygon[]) =>
    polygons
      .map((polygon) => polygon.map((ring) => `M${ring.map((p) => at(p).join(' ')).join('L')}Z`).join(''))
      .join('');
  const tiles = options.tileUrl ? tileImages(options.tileUrl, frame) : '';
  const width = round(frame.width);
  const height = round(frame.height);
  const areas = options.map.areas.map((area) => {
    const count = countOf.get(area.name.toLocaleLowerCase('sv')) ?? 0;
    return { area, count, label: `${area.name}: ${count}`, ...labelPoint(area.polygons, at) };
  });
  const shapes = areas.map(
    ({ area, count, label }) =>
      `<path d="${path(area.polygons)}" fill="${colourOf(count, max)}" fill-opacity="${tiles ? 0.75 : 1}" fill-rule="evenodd" stroke="#201f1e" stroke-width="1.5"><title>${escapeXml(label)}</title></path>`,
  );
  const texts = placeLabels(areas, width, height).map(
    (label) =>
      `<text x="${label.x}" y="${label.y + 4}" text-anchor="middle" font-size="${labelSize}" ${font} fill="#201f1e" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(label.text)}</text>`,
  );
  const keys = legendKeys(max, options.legend.none);
  const outerWidth = Math.max(width, pad + keys.length * legendStep);
  const total = titleBand + height + legendBand;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outerWidth}" height="${total}" viewBox="0 0 ${outerWidth} ${total}" role="img" aria-label="${escapeXml(options.title)}">` +
    `<rect width="${outerWidth}" height="${total}" fill="#ffffff"/>` +
    `<text x="${pad}" y="19" font-size="14" font-weight="bold" ${font} fill="#201f1e">${escapeXml(options.title)}</text>` +
    `<svg x="0" y="${titleBand}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">${tiles}${shapes.join('')}${texts.join('')}</svg>` +
    legend(keys, titleBand + height + 10) +
    '</svg>'
  );
}

/** A label's box, estimated from its length: SVG text cannot be measured where the map is made (server or tab). */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  width: number;
}

const labelHeight = labelSize + 4;
const widthOf = (text: string) => round(textWidth(text, labelSize) + 6);

/**
 * Each area's label where it does not cover another's: the larger areas first, each with its name and count,
 * else its count alone, else none (its name and count stay in the area's tooltip and in the table beside the
 * map). Kept inside the map, so no label is cut at an edge.
 */
export function placeLabels(
  areas: { label: string; count: number; centre: readonly [number, number]; size: number }[],
  width: number,
  height: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) < labelHeight;
  for (const area of [...areas].sort((a, b) => b.size - a.size)) {
    // An area a few labels tall may have its label a line above or below the centre, clear of a neighbour's.
    const shifts = Math.sqrt(area.size) > 4 * labelHeight ? [0, -labelHeight, labelHeight] : [0];
    const candidates = [area.label, String(area.count)].flatMap((text) => {
      const labelWidth = widthOf(text);
      return shifts.map((shift) => ({
        text,
        width: labelWidth,
        x: round(Math.min(Math.max(area.centre[0], labelWidth / 2), width - labelWidth / 2)),
        y: round(Math.min(Math.max(area.centre[1] + shift, labelHeight / 2), height - labelHeight / 2)),
      }));
    });
    const free = candidates.find(
      (candidate) => candidate.width <= width && !placed.some((other) => overlaps(candidate, other)),
    );
    if (free) placed.push(free);
  }
  return placed;
}

const legendStep = 96;

function legendKeys(max: number, none: string): { colour: string; text: string }[] {
  return [
    { colour: areaMapColours.none, text: none },
    ...colourSteps(max).map((step) => ({
      colour: step.colour,
      text: step.from === step.to ? `${step.from}` : `${step.from}–${step.to}`,
    })),
  ];
}

function legend(keys: { colour: string; text: string }[], y: number): string {
  return keys
    .map((key, index) => {
      const x = pad + index * legendStep;
      return `<rect x="${x}" y="${y}" width="16" height="16" fill="${key.colour}" stroke="#201f1e"/><text x="${x + 22}" y="${y + 13}" font-size="12" ${font} fill="#201f1e">${escapeXml(key.text)}</text>`;
    })
    .join('');
}

/** The tiles under the frame, placed in the same pixels as the areas. */
function tileImages(url: string, frame: MapFrame): string {
  const images: string[] = [];
  const last = 2 ** frame.zoom - 1;
  // A tile of this zoom on the map: 256 pixels or a little fewer, as the map's scale lies between two zooms.
  const drawn = (tileSize * frame.scale) / 2 ** frame.zoom;
  for (
    let ty = Math.max(0, Math.floor(frame.y / drawn));
    ty <= Math.min(last, Math.floor((frame.y + frame.height) / drawn));
    ty += 1
  ) {
    for (
      let tx = Math.max(0, Math.floor(frame.x / drawn));
      tx <= Math.min(last, Math.floor((frame.x + frame.width) / drawn));
      tx += 1
    ) {
      const href = url.replace('{z}', String(frame.zoom)).replace('{x}', String(tx)).replace('{y}', String(ty));
      images.push(
        `<image href="${escapeXml(href)}" x="${round(tx * drawn - frame.x)}" y="${round(ty * drawn - frame.y)}" width="${round(drawn)}" height="${round(drawn)}"/>`,
      );
    }
  }
  return images.join('');
}

/** Where an area's label goes, the centre of its largest outer ring, and that ring's size in pixels. */
function labelPoint(
  polygons: Polygon[],
  at: (p: Position) => readonly [number, number],
): { centre: readonly [number, number]; size: number } {
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
  return { centre: [round(best.x), round(best.y)], size: best.area };
}

const round = (value: number) => Math.round(value * 10) / 10;
