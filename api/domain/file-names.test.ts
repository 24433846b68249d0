import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-names.js';

// What SharePoint refuses in one segment of a path (the restrictions page cited in file-names.ts).
const refusedBySharePoint = (name: string) =>
  name === '' ||
  /["*:<>?/\\|\p{Cc}]/u.test(name) ||
  name !== name.trim() ||
  name.endsWith('.') ||
  name.startsWith('~$') ||
  name === '.' ||
  name === '..' ||
  Array.from(name).length > 120;

describe('file names from what people type', () => {
  it('makes realistic names safe and keeps them readable', () => {
    expect(safeFileName('Polisen: LPO Askersund – lägesbild.docx')).toBe('Polisen- LPO Askersund – lägesbild.docx');
    expect(safeFileName('Möte\tmed\nBOB')).toBe('Möte med BOB');
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFileName('..')).toBe('dokument');
    expect(safeFileName('rapport.')).toBe('rapport');
    expect(safeFileName('a\u0000b\u001Fc.pdf')).toBe('abc.pdf');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName(`${'Å'.repeat(300)}.docx`)).toMatch(/^Å{115}\.docx$/);
  });

  it('never gives a name SharePoint refuses, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => !refusedBySharePoint(safeFileName(text))),
      { numRuns: 3000 },
    );
  });
});
