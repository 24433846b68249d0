import { z } from 'zod';
import { runInWorker } from '../workers/run-in-worker.js';
import { decodeText } from './decode-text.js';
import type { ImportTable, TableShape } from './import-table.js';
import { UnreadableFile } from './unreadable-file.js';
import { readCsvInSteps } from './read-csv.js';
import { inTurns } from './in-turns.js';
import { checkTable, tableLimits, tooManyRows } from './table-limits.js';
import { nothingFound, scanJson } from './personal-data-places.js';
import { isZip } from './zip-kind.js';

export type { ImportTable, TableShape } from './import-table.js';
export { UnreadableFile } from './unreadable-file.js';

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

/** Events checked between two pauses. */
const eventsPerStep = 10_000;

function* readPoliceJson(text: string): Generator<void, ImportTable, void> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UnreadableFile('Filen är inte giltig JSON.', 'The file is not valid JSON.');
  }
  const notPolice = (at: string) =>
    new UnreadableFile(
      `Filen följer inte polisens händelseformat (fel vid ${at}).`,
      `The file does not follow the police events format (error at ${at}).`,
    );
  if (!Array.isArray(data)) {
    throw new UnreadableFile(
      'Filen följer inte polisens händelseformat (en lista av händelser, [ … ]).',
      'The file does not follow the police events format (a list of events, [ … ]).',
    );
  }
  if (data.length > tableLimits.rows) throw tooManyRows(data.length);
  const rows: string[][] = [];
  const personalData = nothingFound();
  for (const [index, item] of data.entries()) {
    if (index > 0 && index % eventsPerStep === 0) yield;
    // The whole event, fields the feed adds included: the file is kept as it came.
    scanJson(personalData, item, index + 2);
    const parsed = policeEventSchema.safeParse(item);
    if (!parsed.success) throw notPolice([index, ...parsed.error.issues[0]!.path].join('.'));
    const event = parsed.data;
    rows.push([
      String(event.id),
      event.datetime,
      event.name,
      event.summary,
      event.url,
      event.type,
      event.location.name,
      event.location.gps,
    ]);
  }
  return { format: 'police-json', columns: policeColumns, rows, personalData };
}

/** Time and memory one spreadsheet may take; past them the file is refused and the service carries on. */
export const xlsxBudget = { timeoutMs: 30_000, maxOldGenerationSizeMb: 512 };

const workerModule = new URL(
  import.meta.url.endsWith('.ts') ? './xlsx-worker.ts' : './xlsx-worker.js',
  import.meta.url,
);

/** Reads an XLSX file in a worker thread with a time and memory budget, so a hostile file cannot stall the service. */
function readXlsx(bytes: Uint8Array, shape: TableShape, budget = xlsxBudget): Promise<ImportTable> {
  return runInWorker<ImportTable>({
    module: workerModule,
    data: { bytes, shape },
    budget,
    refused: (message) => new UnreadableFile(message.sv, message.en),
    tooHeavy: () =>
      new UnreadableFile(
        'Excel-filen tar för mycket tid eller minne att läsa. Spara bara tabellen med händelserna som en ny fil, eller som CSV, och försök igen.',
        'The Excel file takes too much time or memory to read. Save only the table of events as a new file, or as CSV, and try again.',
      ),
  });
}

/** Reads a CSV, XLSX or police events JSON file, told apart by its content rather than its name. */
export async function readTable(bytes: Uint8Array, shape: TableShape = {}, budget = xlsxBudget): Promise<ImportTable> {
  if (bytes.length === 0) throw new UnreadableFile('Filen är tom.', 'The file is empty.');
  // An older Excel file (.xls, the OLE2 compound format) is neither CSV nor XLSX.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new UnreadableFile(
      'Filen är en äldre Excel-fil (.xls). Öppna den i Excel, välj Spara som › Excel-arbetsbok (.xlsx) eller CSV, och importera den nya filen.',
      'The file is an older Excel file (.xls). Open it in Excel, choose Save as › Excel workbook (.xlsx) or CSV, and import the new file.',
    );
  }
  const table = await readAny(bytes, shape, budget);
  checkTable(table);
  return table;
}

async function readAny(bytes: Uint8Array, shape: TableShape, budget: typeof xlsxBudget): Promise<ImportTable> {
  if (isZip(bytes)) return readXlsx(bytes, shape, budget);
  const head = decodeText(bytes.subarray(0, 8192)).text;
  if (isBinary(head)) {
    throw new UnreadableFile(
      'Filen är ingen text: den ser ut att vara en PDF, en bild eller en packad fil. Importera en CSV- eller textfil, en Excel-fil (XLSX) eller polisens händelseflöde (JSON).',
      'The file is no text: it looks like a PDF, an image or a compressed file. Import a CSV or text file, an Excel file (XLSX) or the police events feed (JSON).',
    );
  }
  const start = head.trimStart()[0];
  // Read in steps: a large file leaves room for other requests while it is read.
  if (start === '[' || start === '{') return inTurns(readPoliceJson(decodeText(bytes).text));
  const table = await inTurns(readCsvInSteps(bytes, shape.headerRow));
  if (table.columns.length < 2)
    throw new UnreadableFile(
      'Filen har färre än två kolumner; är det rätt fil?',
      'The file has fewer than two columns; is it the right file?',
    );
  return table;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what tells a binary file from text
const control = /[\u0000-\u0008\u000E-\u001F]/g;

/**
 * Text as Excel and other tools write it holds no control characters but tab and line breaks (an old DOS file
 * may end with one Ctrl-Z); a PDF, an image or a zip holds them all through.
 */
function isBinary(head: string): boolean {
  return head.includes('\u0000') || (head.match(control)?.length ?? 0) > Math.max(2, head.length / 100);
}
