import ExcelJS from 'exceljs';
import type { ImportTable, TableShape } from './import-table.js';
import { UnreadableFile } from './unreadable-file.js';
import { checkXlsxLimits } from './xlsx-limits.js';
import { withoutEmptyRows } from './empty-rows.js';
import { nothingFound, type PersonalDataFound, scanCells, scanSheetNames } from './personal-data-places.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date cell as a person reads it. ExcelJS gives the wall-clock value in UTC; a time-only cell is a time on
 * Excel's day zero (1899-12-30), shown as the time alone.
 */
function dateText(value: Date): string {
  const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  if (value.getUTCFullYear() < 1901) return time;
  const date = value.toISOString().slice(0, 10);
  return time === '00:00' ? date : `${date} ${time}`;
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value);
};

/** Reads a sheet of an XLSX file on the calling thread (the first with data unless chosen); xlsx-worker.ts runs it off the request thread. */
export async function readXlsxHere(bytes: Uint8Array, shape: TableShape = {}): Promise<ImportTable> {
  await checkXlsxLimits(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('Excel-filen kan inte läsas.', 'The Excel file cannot be read.');
  }
  if (workbook.worksheets.length === 0)
    throw new UnreadableFile('Excel-filen har inget blad.', 'The Excel file has no sheet.');
  const sheets = workbook.worksheets;
  if (shape.sheet !== undefined && !sheets[shape.sheet]) {
    throw new UnreadableFile(
      `Arbetsboken har ${sheets.length} blad; välj ett av dem.`,
      `The workbook has ${sheets.length} sheets; choose one of them.`,
    );
  }
  // The first sheet with something in it: a workbook may open on an empty or cover sheet.
  const sheet =
    shape.sheet !== undefined
      ? sheets[shape.sheet]!
      : (sheets.find((candidate) => candidate.actualRowCount > 0) ?? sheets[0]!);
  const width = sheet.columnCount;
  const records: { cells: string[]; number: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    // Only the cells that exist: asking a row for every column would create them all.
    const values = Array.from({ length: width }, () => '');
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      values[column - 1] = cellText(cell.value).trim();
    });
    records.push({ cells: values, number });
  });
  const personalData = nothingFound();
  scanSheetNames(
    personalData,
    sheets.map((s) => s.name),
  );
  for (const record of records) scanCells(personalData, record.cells, record.number);
  for (const other of sheets) if (other !== sheet) scanSheet(personalData, other);
  return {
    ...withoutEmptyRows(
      { format: 'xlsx', sheets: sheets.map((s) => s.name), sheet: sheets.indexOf(sheet) },
      records,
      shape.headerRow,
    ),
    personalData,
  };
}

/** A sheet not read for the import is kept in the file all the same: its cells are scanned too. */
function scanSheet(found: PersonalDataFound, sheet: ExcelJS.Worksheet): void {
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    scanCells(
      found,
      Array.from(cells, (cell) => cell ?? ''),
      number,
      sheet.name,
    );
  });
}
