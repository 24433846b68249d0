import { escapeXml, fittedText } from './svg-text.js';

/** A line chart as SVG text: the tab shows it beside its table, and the server renders it to PNG for Word. */
export interface Series {
  label: string;
  values: number[];
}

// Distinct on white and for common colour blindness (Okabe–Ito), each line with its own marker too.
const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'];
const markers = ['circle', 'square', 'diamond', 'triangle', 'circle', 'square', 'diamond'] as const;

function marker(kind: (typeof markers)[number], x: number, y: number, colour: string): string {
  switch (kind) {
    case 'circle':
      return `<circle cx="${x}" cy="${y}" r="4" fill="${colour}"/>`;
    case 'square':
      return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${colour}"/>`;
    case 'diamond':
      return `<polygon points="${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}" fill="${colour}"/>`;
    case 'triangle':
      return `<polygon points="${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}" fill="${colour}"/>`;
  }
}

export function lineChartSvg(options: { title: string; labels: string[]; series: Series[]; width?: number }): string {
  const width = options.width ?? 640;
  const series = options.series.slice(0, colours.length);
  const legendRows = Math.ceil(series.length / 3);
  const top = 36 + legendRows * 18;
  const plotHeight = 200;
  const left = 44;
  // Room for half of the last quarter's label ("2026 K4"), centred on the last point.
  const right = 28;
  const height = top + plotHeight + 40;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const step = options.labels.length > 1 ? (width - left - right) / (options.labels.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  const font = 'font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif"';
  const axis =
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - right}" y2="${top + plotHeight}" stroke="#605e5c"/>` +
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#605e5c"/>` +
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end" font-size="11" ${font} fill="#201f1e">${max}</text>` +
    `<text x="${left - 6}" y="${top + plotHeight + 4}" text-anchor="end" font-size="11" ${font} fill="#201f1e">0</text>` +
    options.labels
      .map(
        (label, i) =>
          `<text x="${x(i)}" y="${top + plotHeight + 18}" text-anchor="middle" font-size="11" ${font} fill="#201f1e">${escapeXml(label)}</text>`,
      )
      .join('');
  const lines = series
    .map((s, k) => {
      const colour = colours[k]!;
      const points = s.values.map((value, i) => `${x(i)},${y(value)}`).join(' ');
      return `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"/>${s.values.map((value, i) => marker(markers[k]!, x(i), y(value), colour)).join('')}`;
    })
    .join('');
  const column = Math.floor((width - 16) / 3);
  const legend = series
    .map((s, k) => {
      const lx = 8 + (k % 3) * column;
      const ly = 30 + Math.floor(k / 3) * 18;
      return `${marker(markers[k]!, lx + 6, ly + 6, colours[k]!)}<text x="${lx + 16}" y="${ly + 10}" font-size="12" ${font} fill="#201f1e">${fittedText(s.label, column - 24, 12)}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(options.title)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="8" y="20" font-size="14" font-weight="bold" ${font} fill="#201f1e">${escapeXml(options.title)}</text>` +
    legend +
    axis +
    lines +
    `</svg>`
  );
}
