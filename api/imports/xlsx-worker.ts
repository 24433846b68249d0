import { parentPort, workerData } from 'node:worker_threads';
import { answerFromWorker } from '../workers/run-in-worker.js';
import type { TableShape } from './import-table.js';
import { readXlsxHere } from './read-xlsx.js';
import { UnreadableFile } from './unreadable-file.js';

// Runs in a worker thread (read-table.ts starts it): a spreadsheet costs this thread's time and memory, never
// the thread that answers requests.
const { bytes, shape } = workerData as { bytes: Uint8Array; shape: TableShape };
answerFromWorker(
  (answer) => parentPort!.postMessage(answer),
  readXlsxHere(bytes, shape),
  (error): error is UnreadableFile => error instanceof UnreadableFile,
);
