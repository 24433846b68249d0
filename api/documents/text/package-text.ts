import JSZip from 'jszip';
import {
  DocumentNotCheckable,
  type DocumentText,
  type Place,
  type ReadInner,
  unpackedLimitBytes,
} from './document-text-types.js';
import { withEntitiesRead } from './entities.js';
import { archiveWords, attachmentPlace, places, within } from './places.js';

export const tooMuchXml = () =>
  new DocumentNotCheckable(
    'Dokumentet packas upp till mer än 100 MB och kan inte granskas. Dela upp det i mindre dokument.',
    'The document unpacks to more than 100 MB and cannot be checked. Split it into smaller documents.',
  );

// Where the text ends a paragraph, a table cell, a spreadsheet cell or a shared string: each is scanned on its own,
// so two neighbouring cells (a date, then four digits) never make a number.
const pieceEnds = /<\/(?:w:p|w:tc|a:p|text:p|text:h|table:table-cell|si|c)>|<(?:w:br|w:cr|text:line-break)\b[^>]*\/>/g;
// Parts that hold values, not running text (properties, data-bound XML, a chart's cached numbers): every element
// is a piece of its own, so a page count beside a word count never reads as one number.
const everyElementEnds = /<\/[^>]+>/g;
const valueParts = /^docProps\/|^customXml\/|^meta\.xml$|\/charts\//;
const tabs = /<(?:w:tab|text:tab)\b[^>]*\/>/g;
const tags = /<[^>]+>/g;

function xmlText(xml: string, path: string): string[] {
  return withEntitiesRead(
    xml
      .replace(tabs, '\t')
      .replace(valueParts.test(path) ? everyElementEnds : pieceEnds, '\n')
      .replace(tags, ''),
  ).split('\n');
}

/** Where in an Office or OpenDocument package a part's text is, as the program shows it. */
function partPlace(path: string): Place {
  const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path);
  if (slide) return { sv: `på bild ${slide[1]}`, en: `on slide ${slide[1]}` };
  if (/^ppt\/notesSlides\//.test(path)) return { sv: 'i talaranteckningarna', en: 'in the speaker notes' };
  if (/^word\/(header|footer)\d*\.xml$/.test(path))
    return { sv: 'i sidhuvud eller sidfot', en: 'in a header or footer' };
  if (/^word\/comments/.test(path)) return { sv: 'i en kommentar', en: 'in a comment' };
  if (/^word\/(footnotes|endnotes)\.xml$/.test(path)) return { sv: 'i en fotnot', en: 'in a footnote' };
  if (/^xl\/(comments|threadedComments)/.test(path)) return { sv: 'i en kommentar', en: 'in a comment' };
  if (/^xl\/drawings\//.test(path)) return { sv: 'i en textruta', en: 'in a text box' };
  if (/^xl\//.test(path)) return places.sheet;
  if (/^docProps\/|^meta\.xml$/.test(path)) return places.properties;
  return places.text;
}

const picture: Place = { sv: 'i en bild i dokumentet', en: 'in a picture in the document' };
const declaredSize = (file: JSZip.JSZipObject) =>
  (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

/**
 * Every XML part of a Word, Excel, PowerPoint or OpenDocument file, a paragraph or cell at a time, and every
 * other file it carries (an Excel sheet or OLE object embedded in a Word file, pictures, an altChunk), read
 * as documents of their own. A zip that is no such file (an attachment's archive) has each file read. Undefined
 * when the bytes are not a zip after all.
 */
export async function packageTexts(bytes: Uint8Array, readInner: ReadInner): Promise<DocumentText[] | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return undefined;
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  const office = files.some((file) =>
    /^(\[Content_Types\]\.xml|mimetype|content\.xml|(word|xl|ppt|docProps)\/.*)$/.test(file.name),
  );
  const parts = office ? files.filter((file) => /\.xml$/i.test(file.name)) : [];
  // Everything else in it is read as a document of its own: embedded files, pictures, an imported chunk of
  // HTML or text (altChunk), which Word shows as part of the text. Relationship parts only point elsewhere.
  const inner = files.filter((file) => !parts.includes(file) && !/\.rels$/i.test(file.name));
  // The sizes the zip's directory declares, before anything is inflated: a bomb is refused, not unpacked.
  const declared = [...parts, ...inner].reduce((sum, file) => sum + declaredSize(file), 0);
  if (declared > unpackedLimitBytes) throw tooMuchXml();
  const pieces: DocumentText[] = [];
  for (const part of parts) {
    const where = partPlace(part.name);
    for (const piece of xmlText(await part.async('string'), part.name)) pieces.push({ text: piece, where });
  }
  for (const file of inner) {
    const named = office ? undefined : attachmentPlace(file.name.split('/').pop(), archiveWords);
    const place = named?.place ?? (/(^|\/)(media|Pictures)\//i.test(file.name) ? picture : places.embedded);
    pieces.push(...(named?.pieces ?? []));
    for (const piece of await readInner(await file.async('uint8array'), file.name))
      pieces.push({ text: piece.text, where: within(place, piece.where) });
  }
  return pieces;
}
