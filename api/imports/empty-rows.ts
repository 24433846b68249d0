import type { ImportTable } from './import-table.js';

const filledCells = (cells: string[]) => cells.filter((cell) => cell.trim() !== '').length;

/**
 * The header is the first row with at least two filled cells (a title such as "EST-rapport oktober" above the
 * table has one); rows of nothing but empty cells (Excel's ";;;;") are left out and counted.
 */
export function withoutEmptyRows(head: Pick<ImportTable, 'format' | 'encoding'>, rows: { cells: string[]; number: number }[]): ImportTable {
  const headerAt = rows.findIndex((row) => filledCells(row.cells) >= 2);
  const header = headerAt < 0 ? undefined : rows[headerAt];
  const below = headerAt < 0 ? [] : rows.slice(headerAt + 1);
  const data = below.filter((row) => filledCells(row.cells) > 0);
  return {
    ...head,
    columns: header?.cells ?? [],
    rows: data.map((row) => row.cells),
    rowNumbers: data.map((row) => row.number),
    skippedEmptyRows: below.length - data.length,
  };
}
