import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { decodeText } from './decode-text.js';

/** Any imported file as columns and rows of text; row 1 is the header, as a spreadsheet shows it. */
export interface ImportTable {
  format: 'csv' | 'xlsx' | 'police-json';
  encoding?: string;
  columns: string[];
  rows: string[][];
}

export class UnreadableFile extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** The Swedish Police's public events feed (polisen.se/api/events). */
const policeEventSchema = z.object({
  id: z.union([z.number(), z.string()]),
  datetime: z.string(),
  name: z.string(),
  summary: z.string().default(''),
  url: z.string().default(''),
  type: z.string(),
  location: z.object({ name: z.string(), gps: z.string().default('') }),
});
export const policeColumns = ['id', 'datetime', 'name', 'summary', 'url', 'type', 'location.name', 'location.gps'];

function readPoliceJson(text: string): ImportTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UnreadableFile('Filen är inte giltig JSON.', 'The file is not valid JSON.');
  }
  const parsed = z.array(policeEventSchema).safeParse(data);
  if (!parsed.success) {
    const at = parsed.error.issues[0]!.path.join('.');
    throw new UnreadableFile(`Filen följer inte polisens händelseformat (fel vid ${at}).`, `The file does not follow the police events format (error at ${at}).`);
  }
  return {
    format: 'police-json',
    columns: policeColumns,
    rows: parsed.data.map((event) => [String(event.id), event.datetime, event.name, event.summary, event.url, event.type, event.location.name, event.location.gps]),
  };
}

function readCsv(bytes: Uint8Array): ImportTable {
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  // Swedish Excel writes semicolons, because the comma is the decimal sign.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UnreadableFile(`CSV-filen kan inte läsas${line ? ` (rad ${line})` : ''}.`, `The CSV file cannot be read${line ? ` (line ${line})` : ''}.`);
  }
  const [columns = [], ...rows] = records;
  return { format: 'csv', encoding, columns, rows };
}

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

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('Excel-filen kan inte läsas.', 'The Excel file cannot be read.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('Excel-filen har inget blad.', 'The Excel file has no sheet.');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) values.push(cellText(row.getCell(column).value).trim());
    records.push(values);
  });
  const [columns = [], ...rows] = records;
  return { format: 'xlsx', columns, rows };
}

/** Reads a CSV, XLSX or police events JSON file, told apart by its content rather than its name. */
export async function readTable(bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.length === 0) throw new UnreadableFile('Filen är tom.', 'The file is empty.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes);
  const start = decodeText(bytes.subarray(0, 64)).text.trimStart()[0];
  if (start === '[' || start === '{') return readPoliceJson(decodeText(bytes).text);
  const table = readCsv(bytes);
  if (table.columns.length < 2) throw new UnreadableFile('Filen har färre än två kolumner; är det rätt fil?', 'The file has fewer than two columns; is it the right file?');
  return table;
}
