import { inflateSync } from 'node:zlib';
import { binaryTextRuns } from './binary-runs.js';

/** A PNG's compressed text chunk may inflate to this much; past it the rest is not read. */
const inflatedLimitBytes = 10 * 1024 * 1024;

/**
 * The text a picture carries beside its pixels: EXIF and XMP as they stand in a JPEG, a PNG's text chunks
 * (tEXt as it stands, zTXt and iTXt inflated, per the PNG specification's chunk layout). The pixels' own
 * text, a photographed paper, is not read: that would take OCR.
 */
export function pictureTexts(bytes: Uint8Array): string[] {
  return [...binaryTextRuns(bytes), ...pngTextChunks(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))];
}

function pngTextChunks(png: Buffer): string[] {
  if (png.readUInt32BE(0) !== 0x89504e47) return [];
  const texts: string[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, Math.min(png.length, at + 8 + length));
    at += 12 + length;
    const keywordEnd = data.indexOf(0);
    if (keywordEnd < 0) continue;
    try {
      if (type === 'zTXt') texts.push(inflated(data.subarray(keywordEnd + 2)).toString('latin1'));
      if (type === 'iTXt') {
        const compressed = data[keywordEnd + 1] === 1;
        const languageEnd = data.indexOf(0, keywordEnd + 3);
        const translatedEnd = data.indexOf(0, languageEnd + 1);
        if (languageEnd < 0 || translatedEnd < 0) continue;
        const text = data.subarray(translatedEnd + 1);
        texts.push(data.toString('utf8', languageEnd + 1, translatedEnd));
        texts.push((compressed ? inflated(text) : text).toString('utf8'));
      }
    } catch {
      // A damaged chunk has no text to read; the rest of the picture still does.
    }
  }
  return texts.flatMap((text) => text.split(/\r?\n/));
}

const inflated = (data: Uint8Array) => inflateSync(data, { maxOutputLength: inflatedLimitBytes });
