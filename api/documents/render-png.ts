import { Resvg } from '@resvg/resvg-js';

/** SVG to PNG on the server, with the machine's fonts; the numbers are also in the document's tables. */
export function renderPng(svg: string, width: number): { png: Uint8Array; width: number; height: number } {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  }).render();
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width / 2, height: rendered.height / 2 };
}
