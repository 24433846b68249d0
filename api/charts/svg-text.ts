import { xmlSafe } from '../domain/text-policy.js';

/** Text for an SVG the app draws: characters XML forbids removed, markup escaped. */
export const escapeXml = (text: string) =>
  xmlSafe(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A generous estimate of a text's width in a sans-serif font: SVG text cannot be measured where the charts are
 * made (the server for Word, the tab alike), and an estimate a little wide keeps text from running into more.
 */
export const textWidth = (text: string, fontSize: number) => [...text].length * charWidth(fontSize);
const charWidth = (fontSize: number) => fontSize * 0.6;

/** The text, or as much of it as fits in `width` with an ellipsis: a chart's label never runs off its picture. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const room = Math.max(1, Math.floor(width / charWidth(fontSize)) - 1);
  return `${[...text].slice(0, room).join('').trimEnd()}…`;
}

/** SVG text content that fits `width`: escaped, and when shortened, the whole text as its tooltip. */
export function fittedText(text: string, width: number, fontSize: number): string {
  const fitted = fitText(text, width, fontSize);
  return fitted === text ? escapeXml(text) : `<title>${escapeXml(text)}</title>${escapeXml(fitted)}`;
}
