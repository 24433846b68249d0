import iconv from 'iconv-lite';

/** A text file as Swedish offices save them: UTF-8 with or without BOM, or Windows-1252 from older Excel. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: å, ä and ö saved as single bytes.
    return { text: iconv.decode(Buffer.from(withoutBom), 'win1252'), encoding: 'windows-1252' };
  }
}
