import { parentPort, workerData } from 'node:worker_threads';
import { answerFromWorker } from '../workers/run-in-worker.js';
import { personalDataPlace } from './personal-data-place.js';
import { DocumentNotCheckable } from './text/document-text-types.js';

// Runs in a worker thread (document-check.ts starts it): reading a PDF or unpacking an Office file
// costs this thread's time and memory, never the thread that answers requests.
const { bytes, fileName } = workerData as { bytes: Uint8Array; fileName: string };
answerFromWorker(
  (answer) => parentPort!.postMessage(answer),
  personalDataPlace(bytes, fileName).then((place) => place ?? null),
  (error): error is DocumentNotCheckable => error instanceof DocumentNotCheckable,
);
