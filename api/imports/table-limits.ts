import type { ImportTable } from './import-table.js';
import { UnreadableFile } from './unreadable-file.js';

/**
 * What one imported table may hold, whatever its format. An EST export or a police statistics sheet has a few
 * dozen columns and at most some tens of thousands of rows; these limits leave room for that many times over and
 * stop files made to exhaust the service. A cell holds at most what an Excel cell can (32,767 characters).
 */
export const tableLimits = { rows: 200_000, columns: 200, cells: 4_000_000, cellCharacters: 32_767 };

/** A count as each language groups its digits: 200 000 and 200,000. */
export const sv = (n: number) => n.toLocaleString('sv-SE');
export const en = (n: number) => n.toLocaleString('en-GB');

export function tooManyRows(rows: number): UnreadableFile {
  return new UnreadableFile(
    `Filen har ${sv(rows)} rader; importen läser högst ${sv(tableLimits.rows)} åt gången. Dela upp filen i flera.`,
    `The file has ${en(rows)} rows; the import reads at most ${en(tableLimits.rows)} at a time. Split the file.`,
  );
}

/**
 * Before a text file is parsed: its lines and delimiters counted, so a file of nothing but line breaks or
 * separators is refused at once instead of becoming millions of rows or cells.
 */
export function checkTextSize(text: string, delimiter: string): void {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  // Empty lines and line breaks inside quotes are lines but no rows: room for as many again.
  if (lines > 2 * tableLimits.rows) throw tooManyRows(lines);
  let cells = lines;
  for (let at = text.indexOf(delimiter); at !== -1; at = text.indexOf(delimiter, at + 1)) cells += 1;
  if (cells > tableLimits.cells) {
    throw new UnreadableFile(
      `Filen har ${sv(cells)} celler; importen läser högst ${sv(tableLimits.cells)}. Spara bara tabellen med händelserna som en ny fil och försök igen.`,
      `The file has ${en(cells)} cells; the import reads at most ${en(tableLimits.cells)}. Save only the table of events as a new file and try again.`,
    );
  }
}

/** One row's width and cells, named by the row number the spreadsheet or editor shows. */
export function checkRow(cells: readonly string[], row: number): void {
  if (cells.length > tableLimits.columns) {
    throw new UnreadableFile(
      `Rad ${sv(row)} har ${sv(cells.length)} kolumner; importen läser högst ${tableLimits.columns}. Ta bort innehållet till höger om tabellen och spara filen igen.`,
      `Row ${en(row)} has ${en(cells.length)} columns; the import reads at most ${tableLimits.columns}. Delete the content to the right of the table and save the file again.`,
    );
  }
  for (const cell of cells) {
    if (cell.length > tableLimits.cellCharacters) {
      throw new UnreadableFile(
        `Rad ${sv(row)} har en cell med ${sv(cell.length)} tecken; en cell får ha högst ${sv(tableLimits.cellCharacters)}, som i Excel.`,
        `Row ${en(row)} has a cell of ${en(cell.length)} characters; a cell may hold at most ${en(tableLimits.cellCharacters)}, as in Excel.`,
      );
    }
  }
}

/** The whole table read, whatever its format: its rows counted and each row checked. */
export function checkTable(table: ImportTable): void {
  if (table.rows.length > tableLimits.rows) throw tooManyRows(table.rows.length);
  checkRow(table.columns, table.headerRow ?? 1);
  table.rows.forEach((cells, index) => {
    checkRow(cells, table.rowNumbers?.[index] ?? index + 2);
  });
}
