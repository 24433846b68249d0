/**
 * The text a binary file carries as it is, without a reader for its format: runs of printable characters,
 * read as single bytes (Windows-1252, as ASCII and the older Office formats store short text) and as UTF-16LE
 * at either alignment (as Word, PowerPoint and Outlook store the rest). Only runs long enough to hold a ten-digit
 * number are kept. Picture data and other binary noise rarely forms ten printable digits in a row.
 */
export function binaryTextRuns(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const singleBytes = buffer.toString('latin1').split(/[^\t\x20-\x7e\xa0-\xff]+/);
  const wide = [0, 1].flatMap((offset) => {
    const length = Math.floor((buffer.length - offset) / 2) * 2;
    return buffer
      .subarray(offset, offset + length)
      .toString('utf16le')
      .split(/[^\t\x20-\x7e\xa0-\u024f\u2000-\u206f\u2212\u3000\uff01-\uff5e]+/);
  });
  return [...singleBytes, ...wide].filter((run) => run.length >= 10);
}
