import JSZip from 'jszip';
import { decodeText } from '../imports/decode-text.js';

/** A run of a document's text and where a person finds it ("i dokumentets text", "på rad 12"). */
export interface DocumentText {
  text: string;
  where: { sv: string; en: string };
}

/** The XML a zipped Office or OpenDocument file may inflate to before it is read; past it the file is refused. */
export const scannedXmlLimitBytes = 100 * 1024 * 1024;

export class DocumentTooLargeToRead extends Error {}

// Where the text ends a paragraph, a table cell, a spreadsheet cell or a shared string: each is scanned on its own,
// so two neighbouring cells (a date, then four digits) never make a number.
const pieceEnds = /<\/(?:w:p|w:tc|a:p|text:p|text:h|table:table-cell|si|c)>|<(?:w:br|w:cr|text:line-break)\b[^>]*\/>/g;
const tabs = /<(?:w:tab|text:tab)\b[^>]*\/>/g;
const tags = /<[^>]+>/g;
const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function xmlText(xml: string): string[] {
  return xml
    .replace(tabs, '\t')
    .replace(pieceEnds, '\n')
    .replace(tags, '')
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10))
        : (entities[name.toLowerCase()] ?? ''),
    )
    .split('\n');
}

/** Where in an Office or OpenDocument package a part's text is, as the program shows it. */
function partPlace(path: string): { sv: string; en: string } {
  const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path);
  if (slide) return { sv: `på bild ${slide[1]}`, en: `on slide ${slide[1]}` };
  if (/^ppt\/notesSlides\//.test(path)) return { sv: 'i talaranteckningarna', en: 'in the speaker notes' };
  if (/^word\/(header|footer)\d*\.xml$/.test(path))
    return { sv: 'i sidhuvud eller sidfot', en: 'in a header or footer' };
  if (/^word\/comments/.test(path)) return { sv: 'i en kommentar', en: 'in a comment' };
  if (/^word\/(footnotes|endnotes)\.xml$/.test(path)) return { sv: 'i en fotnot', en: 'in a footnote' };
  if (/^xl\//.test(path)) return { sv: 'i kalkylbladet', en: 'in the spreadsheet' };
  if (/^docProps\/|^meta\.xml$/.test(path))
    return { sv: 'i dokumentets egenskaper', en: 'in the document’s properties' };
  return { sv: 'i dokumentets text', en: 'in the document’s text' };
}

const zipped = new Set(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp']);
const text = new Set(['txt', 'csv', 'eml', 'rtf']);

/**
 * The text of a document as a person reads it, a piece at a time: every part of a Word, Excel, PowerPoint or
 * OpenDocument file, every line of a text file (a CSV's cells each on their own). PDF, the older binary Office
 * formats, Outlook's .msg and pictures give none: their text cannot be read without a reader of their own.
 */
export async function documentTexts(bytes: Uint8Array, fileName: string): Promise<DocumentText[]> {
  const type = fileName.split('.').pop()?.toLowerCase() ?? '';
  if (text.has(type)) {
    const lines = decodeText(bytes).text.split(/\r\n|\r|\n/);
    return lines.flatMap((line, index) => {
      const where = { sv: `på rad ${index + 1}`, en: `on line ${index + 1}` };
      const cells = type === 'csv' ? line.split(/[;,\t]/) : [line];
      return cells.map((cell) => ({ text: cell, where }));
    });
  }
  if (!zipped.has(type)) return [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return []; // Not a package after all: nothing of it can be read as text.
  }
  const parts = Object.values(zip.files).filter((file) => !file.dir && /\.xml$/i.test(file.name));
  // The sizes the zip's directory declares, before anything is inflated: a bomb is refused, not unpacked.
  const declared = parts.reduce(
    (sum, file) => sum + ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0,
  );
  if (declared > scannedXmlLimitBytes) throw new DocumentTooLargeToRead();
  const pieces: DocumentText[] = [];
  for (const part of parts) {
    const where = partPlace(part.name);
    for (const piece of xmlText(await part.async('string'))) pieces.push({ text: piece, where });
  }
  return pieces;
}
