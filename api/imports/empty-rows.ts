import type { ImportTable } from './import-table.js';
import { UnreadableFile } from './unreadable-file.js';

/** A loop, not a filter: every row of a large file passes here. */
function hasContent(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return true;
  return false;
}
/** Different texts in a row: a title merged across the columns repeats one text, a header names each column. */
const distinctTexts = (cells: string[]) => new Set(cells.map((cell) => cell.trim()).filter(Boolean)).size;

/** How many of the first rows with something in them the preview offers as the header. */
const leadingRowCount = 8;

/**
 * The header is the row the person chose, else the first row with at least two different texts (a title
 * such as "EST-rapport oktober" above the table has one, merged across the columns or not); rows of nothing but empty cells (Excel's ";;;;") are
 * left out and counted.
 */
export function withoutEmptyRows(
  head: Pick<ImportTable, 'format' | 'encoding' | 'sheets' | 'sheet'>,
  rows: { cells: string[]; number: number }[],
  headerRow?: number,
): ImportTable {
  const headerAt =
    headerRow === undefined
      ? rows.findIndex((row) => distinctTexts(row.cells) >= 2)
      : rows.findIndex((row) => row.number === headerRow && hasContent(row.cells));
  if (headerRow !== undefined && headerAt < 0) {
    throw new UnreadableFile(
      `Rad ${headerRow} är tom eller finns inte; välj en annan rubrikrad.`,
      `Row ${headerRow} is empty or does not exist; choose another header row.`,
    );
  }
  const header = headerAt < 0 ? undefined : rows[headerAt];
  const below = headerAt < 0 ? [] : rows.slice(headerAt + 1);
  const data = below.filter((row) => hasContent(row.cells));
  return {
    ...head,
    columns: header?.cells ?? [],
    rows: data.map((row) => row.cells),
    rowNumbers: data.map((row) => row.number),
    skippedEmptyRows: below.length - data.length,
    ...(header ? { headerRow: header.number } : {}),
    leadingRows: leadingRowsOf(rows),
  };
}

function leadingRowsOf(rows: { cells: string[]; number: number }[]): { cells: string[]; number: number }[] {
  const leading = [];
  for (const row of rows) {
    if (leading.length === leadingRowCount) break;
    if (hasContent(row.cells)) leading.push(row);
  }
  return leading;
}
