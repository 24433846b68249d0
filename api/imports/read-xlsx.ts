import ExcelJS from 'exceljs';
import type { ImportTable } from './import-table.js';
import { UnreadableFile } from './unreadable-file.js';
import { checkXlsxLimits } from './xlsx-limits.js';
import { withoutEmptyRows } from './empty-rows.js';

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value);
};

/** Reads the first sheet of an XLSX file on the calling thread; xlsx-worker.ts runs it off the request thread. */
export async function readXlsxHere(bytes: Uint8Array): Promise<ImportTable> {
  await checkXlsxLimits(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('Excel-filen kan inte läsas.', 'The Excel file cannot be read.');
  }
  if (workbook.worksheets.length === 0) throw new UnreadableFile('Excel-filen har inget blad.', 'The Excel file has no sheet.');
  // The first sheet with something in it: a workbook may open on an empty or cover sheet.
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ?? workbook.worksheets[0]!;
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
  return withoutEmptyRows({ format: 'xlsx' }, records);
}
