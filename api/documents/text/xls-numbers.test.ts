import { describe, expect, it } from 'vitest';
import { xlsWholeNumbers } from './xls-numbers.js';

const record = (type: number, body: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(body.length, 2);
  return Buffer.concat([head, body]);
};
const rk = (value: number) => {
  const body = Buffer.alloc(10);
  body.writeInt32LE(value, 6);
  return body;
};

describe('whole numbers in an Excel 97–2003 workbook stream', () => {
  it('reads RK and MULRK cells, integers and doubles, and leaves small numbers and fractions out', () => {
    // 2^34 as an RK double: the top 30 bits of 0x4210000000000000.
    const big = 0x42100000;
    const mulrk = Buffer.alloc(4 + 6 * 2 + 2);
    mulrk.writeInt32LE(big, 6);
    mulrk.writeInt32LE((1234 << 2) | 0x02, 12);
    const stream = Buffer.concat([
      record(0x027e, rk(big)),
      record(0x027e, rk((1234 << 2) | 0x02)),
      record(0x027e, rk(big | 0x01)),
      record(0x00bd, mulrk),
    ]);
    // The RK, then the MULRK's first cell; 1234 is too small to be a number of ten digits, 171798691.84 not whole.
    expect(xlsWholeNumbers(stream)).toEqual(['17179869184', '17179869184']);
  });
});
