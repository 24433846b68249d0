import { describe, expect, it } from 'vitest';
import type { ImportTable } from './import-table.js';
import { checkTable, checkTextSize, tableLimits } from './table-limits.js';
import { UnreadableFile } from './unreadable-file.js';

/** The Swedish message of what `check` refuses, or undefined when it takes it. */
function refusal(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof UnreadableFile) return error.sv.replaceAll('\u00a0', ' ');
    throw error;
  }
}

const table = (rows: string[][], columns = ['Datum', 'Plats']): ImportTable => ({ format: 'csv', columns, rows });
const wide = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
const cell = (n: number) => ['2026-10-03', 'x'.repeat(n)];

describe('what one imported table may hold', () => {
  it('takes a table right at each limit and refuses one past it, naming the row', () => {
    const atLimit = Array.from({ length: tableLimits.rows }, () => ['2026-10-03', 'Torget']);
    expect(refusal(() => checkTable(table(atLimit)))).toBeUndefined();
    expect(refusal(() => checkTable(table([...atLimit, ['2026-10-03', 'Torget']])))).toMatch(
      /^Filen har 200 001 rader; importen läser högst 200 000/,
    );
    expect(refusal(() => checkTable(table([wide(tableLimits.columns)])))).toBeUndefined();
    expect(refusal(() => checkTable(table([wide(tableLimits.columns + 1)])))).toMatch(/^Rad 2 har 201 kolumner/);
    expect(refusal(() => checkTable(table([], wide(tableLimits.columns + 1))))).toMatch(/^Rad 1 har 201 kolumner/);
    expect(refusal(() => checkTable(table([cell(tableLimits.cellCharacters)])))).toBeUndefined();
    const long = { ...table([cell(1), cell(tableLimits.cellCharacters + 1)]), rowNumbers: [4, 9] };
    expect(refusal(() => checkTable(long))).toMatch(
      /^Rad 9 har en cell med 32 768 tecken; en cell får ha högst 32 767/,
    );
  });

  it('counts a text file’s lines and separators before it is parsed', () => {
    expect(refusal(() => checkTextSize('a;b\n'.repeat(2 * tableLimits.rows), ';'))).toBeUndefined();
    expect(refusal(() => checkTextSize('\n'.repeat(2 * tableLimits.rows + 1), ';'))).toMatch(
      /^Filen har 400 001 rader/,
    );
    expect(refusal(() => checkTextSize(';'.repeat(tableLimits.cells + 1), ';'))).toMatch(/^Filen har 4 000 001 celler/);
    expect(refusal(() => checkTextSize(';'.repeat(tableLimits.cells + 1), ','))).toBeUndefined();
  });
});
