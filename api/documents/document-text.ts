import { decodeText } from '../imports/decode-text.js';
import { binaryTextRuns } from './text/binary-runs.js';
import { places } from './text/places.js';
import { DocumentNotCheckable, type DocumentText, type Place } from './text/document-text-types.js';

export type { DocumentText } from './text/document-text-types.js';
export { DocumentNotCheckable, unpackedLimitBytes } from './text/document-text-types.js';

/** Documents inside documents (an attachment's attachment) read this deep; deeper, the file is not checked. */
export const nestingLimit = 4;

const picturePlace: Place = { sv: 'i bildens metadata', en: 'in the picture’s metadata' };
const linePlace = (line: number): Place => ({ sv: `på rad ${line}`, en: `on line ${line}` });

type Kind = 'package' | 'pdf' | 'compound' | 'rtf' | 'mail' | 'picture' | 'text';

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
const ascii = (bytes: Uint8Array, length: number) => Buffer.from(bytes.subarray(0, length)).toString('latin1');

/** What a file is, told by its content first (a renamed file is read as what it is), then by its name. */
function kindOf(bytes: Uint8Array, fileName: string): Kind {
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'package';
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'compound';
  // PDF readers look for the header anywhere in the first 1,024 bytes.
  if (ascii(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (ascii(bytes, 5) === '{\\rtf') return 'rtf';
  if (
    starts(bytes, 0xff, 0xd8, 0xff) ||
    starts(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    /^GIF8[79]a$/.test(ascii(bytes, 6)) ||
    ascii(bytes, 4) === 'II*\0' ||
    ascii(bytes, 4) === 'MM\0*' ||
    // A bitmap says its own length after "BM"; a text that starts with BM (a BMX track) does not.
    (ascii(bytes, 2) === 'BM' && bytes.length >= 6 && Buffer.from(bytes).readUInt32LE(2) === bytes.length)
  )
    return 'picture';
  const type = fileName.split('.').pop()?.toLowerCase() ?? '';
  if (type === 'eml' || /^mime-version:/im.test(ascii(bytes, 8192))) return 'mail';
  return 'text';
}

/**
 * The text of a document as a person reads it, a piece at a time, whatever its name says it is: each part
 * of a Word, Excel, PowerPoint or OpenDocument file, each page of a PDF, each paragraph of an RTF file, the
 * subject, body and attachments of an e-mail (.eml or .msg), each stream of an older Office file, a
 * picture's metadata, each line of a text file (a CSV's cells each on their own). Documents inside it are
 * read too, to `nestingLimit`. A picture's pixels, a scanned page, and a PDF locked with a password give no
 * text.
 */
export function documentTexts(bytes: Uint8Array, fileName: string, depth = 0): Promise<DocumentText[]> {
  if (depth > nestingLimit) {
    throw new DocumentNotCheckable(
      `Dokumentet har dokument i dokument i fler än ${nestingLimit} nivåer och kan inte granskas. Ladda upp de inre dokumenten var för sig.`,
      `The document holds documents within documents more than ${nestingLimit} levels deep and cannot be checked. Upload the inner documents one by one.`,
    );
  }
  return readKind(kindOf(bytes, fileName), bytes, fileName, depth).catch((error: unknown) => {
    if (error instanceof DocumentNotCheckable) throw error;
    // A reader that gives up on a damaged file (a corrupt zip entry, headers past postal-mime's limit): what
    // stands in the file as it is is still read, so a broken file is checked as far as it can be, never a 500.
    return binaryTextRuns(bytes).map((text) => ({ text, where: places.document }));
  });
}

async function readKind(kind: Kind, bytes: Uint8Array, fileName: string, depth: number): Promise<DocumentText[]> {
  const readInner = (inner: Uint8Array, name: string) => documentTexts(inner, name, depth + 1);
  const asRuns = (where: Place) => binaryTextRuns(bytes).map((text) => ({ text, where }));
  // Each reader is loaded when its kind comes, so the worker that checks a text file starts without PDF.js.
  switch (kind) {
    case 'package': {
      const { packageTexts } = await import('./text/package-text.js');
      return (await packageTexts(bytes, readInner)) ?? asRuns(places.document);
    }
    case 'compound': {
      const { compoundTexts } = await import('./text/compound-text.js');
      return (await compoundTexts(bytes, readInner)) ?? asRuns(places.document);
    }
    case 'pdf': {
      const { pdfTexts } = await import('./text/pdf-text.js');
      // Damaged or locked: what stands in the file uncompressed is still read.
      return (await pdfTexts(bytes, readInner)) ?? asRuns(places.document);
    }
    case 'rtf': {
      const { rtfTexts } = await import('./text/rtf-text.js');
      return rtfTexts(decodeText(bytes).text).map((text) => ({ text, where: places.text }));
    }
    case 'mail': {
      const { mailTexts } = await import('./text/mail-text.js');
      return mailTexts(bytes, readInner);
    }
    case 'picture': {
      const { pictureTexts } = await import('./text/picture-text.js');
      return pictureTexts(bytes).map((text) => ({ text, where: picturePlace }));
    }
    case 'text':
      return textLines(bytes, fileName);
  }
}

function textLines(bytes: Uint8Array, fileName: string): DocumentText[] {
  const csv = fileName.toLowerCase().endsWith('.csv');
  return decodeText(bytes)
    .text.split(/\r\n|\r|\n/)
    .flatMap((line, index) =>
      (csv ? line.split(/[;,\t]/) : [line]).map((text) => ({ text, where: linePlace(index + 1) })),
    );
}
