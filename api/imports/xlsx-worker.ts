import { parentPort, workerData } from 'node:worker_threads';
import type { TableShape } from './import-table.js';
import { readXlsxHere } from './read-xlsx.js';
import { UnreadableFile } from './unreadable-file.js';

// Runs in a worker thread (read-table.ts starts it): a spreadsheet costs this thread's time and memory, never
// the thread that answers requests.
const { bytes, shape } = workerData as { bytes: Uint8Array; shape: TableShape };
readXlsxHere(bytes, shape).then(
  (table) => parentPort!.postMessage({ table }),
  (error: unknown) =>
    parentPort!.postMessage(
      error instanceof UnreadableFile
        ? { unreadable: { sv: error.sv, en: error.en } }
        : { failed: error instanceof Error ? error.message : String(error) },
    ),
);
