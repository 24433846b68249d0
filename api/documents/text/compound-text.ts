import CFB from 'cfb';
import { binaryTextRuns } from './binary-runs.js';
import { xlsWholeNumbers } from './xls-numbers.js';
import type { DocumentText, Place, ReadInner } from './document-text-types.js';
import { attachmentPlace, places, within } from './places.js';

const recipientsPlace: Place = { sv: 'bland mottagarna', en: 'among the recipients' };

// [MS-OXMSG] 2.2.2: an attachment's storage is __attach_version1.0_#0000000N, its bytes the stream of
// PidTagAttachDataBinary (0x3701, PT_BINARY 0x0102), its name PidTagAttachLongFilename (0x3707) or
// PidTagAttachFilename (0x3704), strings in Unicode (0x001F).
const attachmentData = /^(.*__attach_version1\.0_#[0-9A-F]{8}\/)__substg1\.0_37010102$/i;
const attachmentNames = ['__substg1.0_3707001F', '__substg1.0_3704001F'];

/** Where a zip (an Office file) or a PDF starts within a stream's first 2 KB, if one does. */
function embeddedStart(content: Uint8Array): number | undefined {
  const head = Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, 2048));
  const starts = [head.indexOf('PK\x03\x04', 0, 'latin1'), head.indexOf('%PDF-', 0, 'latin1')].filter((at) => at >= 0);
  return starts.length > 0 ? Math.min(...starts) : undefined;
}

function placeIn(path: string, message: boolean): Place {
  if (!message) return places.document;
  if (/__recip_version1\.0_/i.test(path)) return recipientsPlace;
  if (/__substg1\.0_0037001[EF]$/i.test(path) && !/__attach_version/i.test(path)) return places.subject;
  return places.message;
}

/**
 * The text of an OLE compound file: Word 97–2003 (.doc), Excel (.xls), PowerPoint (.ppt) or an Outlook
 * message (.msg). Their formats are each a book of their own, but they keep text uncompressed, in single
 * bytes or UTF-16, so every stream's printable runs are read; a message's attachments are read as documents
 * of their own, and the whole numbers an Excel workbook holds as numbers. Undefined when the bytes are no
 * compound file after all.
 */
export async function compoundTexts(bytes: Uint8Array, readInner: ReadInner): Promise<DocumentText[] | undefined> {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    return undefined;
  }
  const message = container.FullPaths.some((path) => /\/__properties_version1\.0$/i.test(path));
  const pieces: DocumentText[] = [];
  for (const [index, entry] of container.FileIndex.entries()) {
    const path = container.FullPaths[index]!;
    if (entry.type !== 2 || !entry.content || entry.content.length === 0) continue;
    const content = Uint8Array.from(entry.content as ArrayLike<number>);
    const attachment = attachmentData.exec(path);
    if (attachment) {
      const nameEntry = attachmentNames
        .map((name) => CFB.find(container, `${attachment[1]}${name}`))
        .find((found) => found?.content && found.content.length > 0);
      const name = nameEntry
        ? Buffer.from(Uint8Array.from(nameEntry.content as ArrayLike<number>))
            .toString('utf16le')
            .replace(/\0+$/, '')
        : undefined;
      const { place, pieces: named } = attachmentPlace(name);
      pieces.push(...named);
      for (const piece of await readInner(content, name ?? ''))
        pieces.push({ text: piece.text, where: within(place, piece.where) });
      continue;
    }
    const where = placeIn(path, message);
    // An object embedded in a Word 97 file (a workbook in ObjectPool, a file wrapped in Ole10Native) is a
    // document of its own, read from where its own header starts; what comes before it is the stream's text.
    const inner = embeddedStart(content);
    for (const run of binaryTextRuns(content.subarray(0, inner))) pieces.push({ text: run, where });
    if (inner !== undefined)
      for (const piece of await readInner(content.subarray(inner), entry.name))
        pieces.push({ text: piece.text, where: within(places.embedded, piece.where) });
    if (/^(Workbook|Book)$/.test(entry.name))
      for (const number of xlsWholeNumbers(content)) pieces.push({ text: number, where: places.sheet });
  }
  return pieces;
}
