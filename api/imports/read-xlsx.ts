import ExcelJS from 'exceljs';
import type { ImportTable } from './import-table.js';
import { UnreadableFile } from './unreadable-file.js';
import { checkXlsxLimits } from './xlsx-limits.js';

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
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('Excel-filen har inget blad.', 'The Excel file has no sheet.');
  const width = sheet.columnCount;
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // Only the cells that exist: asking a row for every column would create them all.
    const values = Array.from({ length: width }, () => '');
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      values[column - 1] = cellText(cell.value).trim();
    });
    records.push(values);
  });
  const [columns = [], ...rows] = records;
  return { format: 'xlsx', columns, rows };
}
