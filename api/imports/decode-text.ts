import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A text file as Swedish offices save them: UTF-8 with or without BOM, Windows-1252 from older Excel, or
 * UTF-16 with its BOM (Excel's "Unicode-text").
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  // The byte order mark says UTF-16 and which end first; TextDecoder drops it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: å, ä and ö saved as single bytes.
    return { text: iconv.decode(Buffer.from(withoutBom), 'win1252'), encoding: 'windows-1252' };
  }
}
