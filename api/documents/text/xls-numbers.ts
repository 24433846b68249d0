/**
 * The whole numbers an Excel 97–2003 workbook stream (BIFF8, [MS-XLS] 2.4) holds as numbers, not text: a
 * personal identity number typed into a cell without its hyphen is stored as one (NUMBER 0x0203, RK 0x027E,
 * MULRK 0x00BD, and a formula's cached result, FORMULA 0x0006). Written as digits, they are checked like text.
 */
export function xlsWholeNumbers(stream: Uint8Array): string[] {
  const data = Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength);
  const numbers: number[] = [];
  for (let at = 0; at + 4 <= data.length; ) {
    const type = data.readUInt16LE(at);
    const length = data.readUInt16LE(at + 2);
    const body = at + 4;
    at = body + length;
    if (at > data.length) break;
    if ((type === 0x0203 || type === 0x0006) && length >= 14) {
      // A formula's result is a number unless its last two bytes are 0xFFFF (text, a boolean, an error).
      if (type === 0x0203 || data.readUInt16LE(body + 12) !== 0xffff) numbers.push(data.readDoubleLE(body + 6));
    } else if (type === 0x027e && length >= 10) numbers.push(rkValue(data.readInt32LE(body + 6)));
    else if (type === 0x00bd && length >= 6) {
      for (let cell = body + 4; cell + 6 <= at - 2; cell += 6) numbers.push(rkValue(data.readInt32LE(cell + 2)));
    }
  }
  return numbers.filter((value) => Number.isSafeInteger(value) && value >= 1e9).map(String);
}

/** [MS-XLS] 2.5.217 RkNumber: a 30-bit integer or the top 30 bits of a double, divided by 100 when flagged. */
function rkValue(rk: number): number {
  const value =
    rk & 0x02
      ? rk >> 2
      : (() => {
          const bytes = Buffer.alloc(8);
          bytes.writeInt32LE(rk & ~0x03, 4);
          return bytes.readDoubleLE(0);
        })();
  return rk & 0x01 ? value / 100 : value;
}
