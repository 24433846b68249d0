import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A text file as Swedish offices save them: UTF-8 with or without BOM, Windows-1252 from older Excel, or
 * UTF-16 with its BOM (Excel's "Unicode-text") or without it (SQL Server's bcp -w, .NET's Encoding.Unicode).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  // The byte order mark says UTF-16 and which end first; TextDecoder drops it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const order = utf16WithoutBom(bytes);
  if (order) return { text: new TextDecoder(order).decode(bytes), encoding: order };
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: å, ä and ö saved as single bytes.
    return { text: iconv.decode(Buffer.from(withoutBom), 'win1252'), encoding: 'windows-1252' };
  }
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: Latin text (å, ä and ö too) has a zero high byte in
 * nearly every character, on the same side of each pair; no UTF-8 or Windows-1252 text holds a zero byte at all.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let pair = 0; pair < pairs; pair += 1) {
    if (bytes[2 * pair] === 0) evenZeros += 1;
    if (bytes[2 * pair + 1] === 0) oddZeros += 1;
  }
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.1) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.1) return 'utf-16be';
  return undefined;
}
