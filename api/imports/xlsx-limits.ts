import JSZip from 'jszip';
import { UnreadableFile } from './unreadable-file.js';
import { en, sv, tableLimits } from './table-limits.js';
import { notAWorkbook } from './zip-kind.js';

/**
 * What a spreadsheet may hold before it is parsed. An EST export or police statistics sheet has a few dozen
 * columns and at most some tens of thousands of rows; these limits leave room for that many times over and
 * stop files made to exhaust the service (a cell in column XFD on every row, or a zip bomb).
 */
export const xlsxLimits = {
  inflatedBytes: 100 * 1024 * 1024,
  entries: 2_000,
  sheets: 50,
  ...tableLimits,
};

const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** Checks the zip's directory and the sheets' cell references against the limits, before any spreadsheet parser runs. */
export async function checkXlsxLimits(bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new UnreadableFile(
      'Excel-filen kan inte läsas (den är inte en giltig .xlsx-fil).',
      'The Excel file cannot be read (it is not a valid .xlsx file).',
    );
  }
  const files = Object.values(zip.files).filter((file) => !file.dir);
  if (files.length > xlsxLimits.entries) throw tooMuch(`${sv(files.length)} delar`, `${en(files.length)} parts`);
  // The sizes the zip directory declares; the inflation itself is bounded again by the worker's memory limit.
  const declared = files.reduce(
    (sum, file) => sum + ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0,
  );
  if (declared > xlsxLimits.inflatedBytes) {
    throw tooMuch(
      `${Math.round(declared / 1024 / 1024)} MB uppackad`,
      `${Math.round(declared / 1024 / 1024)} MB unpacked`,
    );
  }
  // After the size check: a hostile zip's mimetype entry could be a bomb of its own.
  const other = await notAWorkbook(zip);
  if (other) throw other;
  const sheets = files.filter((file) => /^xl\/worksheets\/[^/]+\.xml$/.test(file.name));
  if (sheets.length > xlsxLimits.sheets) throw tooMuch(`${sv(sheets.length)} blad`, `${en(sheets.length)} sheets`);
  for (const sheet of sheets) {
    const xml = await sheet.async('string');
    if (xml.length > xlsxLimits.inflatedBytes) throw tooMuch('ett blad större än 100 MB', 'a sheet larger than 100 MB');
    let cells = 0;
    let maxColumn = 0;
    let maxRow = 0;
    for (const match of xml.matchAll(/<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g)) {
      cells += 1;
      maxColumn = Math.max(maxColumn, columnNumber(match[1]!));
      maxRow = Math.max(maxRow, Number(match[2]));
    }
    if (maxColumn > xlsxLimits.columns) {
      throw new UnreadableFile(
        `Bladet har innehåll ända ut i kolumn ${columnName(maxColumn)}; importen läser högst ${xlsxLimits.columns} kolumner. Ta bort innehållet till höger om tabellen (markera kolumnerna, Ta bort) och spara filen igen.`,
        `The sheet has content as far right as column ${columnName(maxColumn)}; the import reads at most ${xlsxLimits.columns} columns. Delete the content to the right of the table (select the columns, Delete) and save the file again.`,
      );
    }
    if (maxRow > xlsxLimits.rows) {
      throw new UnreadableFile(
        `Bladet har ${sv(maxRow)} rader; importen läser högst ${sv(xlsxLimits.rows)} åt gången. Dela upp filen i flera.`,
        `The sheet has ${en(maxRow)} rows; the import reads at most ${en(xlsxLimits.rows)} at a time. Split the file.`,
      );
    }
    if (cells > xlsxLimits.cells) throw tooMuch(`${sv(cells)} celler`, `${en(cells)} cells`);
  }
}

function columnName(n: number): string {
  let name = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function tooMuch(sv: string, en: string): UnreadableFile {
  return new UnreadableFile(
    `Excel-filen är för stor för en import (${sv}). Spara bara tabellen med händelserna som en ny fil, eller som CSV, och försök igen.`,
    `The Excel file is too large for an import (${en}). Save only the table of events as a new file, or as CSV, and try again.`,
  );
}
