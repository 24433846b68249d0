import { escapeXml, fittedText } from './svg-text.js';
/** A horizontal bar chart as SVG text: the tab shows it, and the server renders it to PNG for Word. */
export interface Bar {
  label: string;
  value: number;
  /** The same thing a period earlier, drawn as a thin bar beneath. */
  compare?: number;
}

export function barChartSvg(options: {
  title: string;
  bars: Bar[];
  legend?: { value: string; compare: string };
  width?: number;
}): string {
  const width = options.width ?? 640;
  const labelWidth = 190;
  const rowHeight = options.bars.some((bar) => bar.compare !== undefined) ? 34 : 24;
  const top = options.legend ? 54 : 36;
  const height = top + options.bars.length * rowHeight + 12;
  const max = Math.max(1, ...options.bars.flatMap((bar) => [bar.value, bar.compare ?? 0]));
  const scale = (width - labelWidth - 60) / max;
  const font = 'font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif"';
  const rows = options.bars.map((bar, index) => {
    const y = top + index * rowHeight;
    const compare =
      bar.compare === undefined
        ? ''
        : `<rect x="${labelWidth}" y="${y + 17}" width="${Math.max(1, bar.compare * scale)}" height="7" fill="#8a8886"/>`;
    return (
      `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end" font-size="12" ${font} fill="#201f1e">${fittedText(bar.label, labelWidth - 16, 12)}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${Math.max(1, bar.value * scale)}" height="14" fill="#0f6cbd"/>` +
      `<text x="${labelWidth + bar.value * scale + 6}" y="${y + 13}" font-size="12" ${font} fill="#201f1e">${bar.value}</text>` +
      compare
    );
  });
  const legend = options.legend
    ? `<rect x="${labelWidth}" y="30" width="12" height="12" fill="#0f6cbd"/><text x="${labelWidth + 18}" y="40" font-size="12" ${font} fill="#201f1e">${escapeXml(options.legend.value)}</text>` +
      `<rect x="${labelWidth + 200}" y="33" width="12" height="6" fill="#8a8886"/><text x="${labelWidth + 218}" y="40" font-size="12" ${font} fill="#201f1e">${escapeXml(options.legend.compare)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(options.title)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="8" y="20" font-size="14" font-weight="bold" ${font} fill="#201f1e">${escapeXml(options.title)}</text>` +
    legend +
    rows.join('') +
    `</svg>`
  );
}
