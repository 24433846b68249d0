import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Workers running at once in this process; more wait their turn. Each may take its budget's memory, so a burst
 * of uploads queues instead of starting a worker per request (twenty PDFs at once would be 10 GB at worst).
 */
export const workersAtOnce = Math.max(2, availableParallelism());

/**
 * At most `max` places at once: `turn()` waits for a free one and answers the function that gives it to the
 * next in line, or frees it.
 */
export function placesAtOnce(max: number): { turn: () => Promise<() => void>; running: () => number } {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    running: () => running,
    turn: async () => {
      if (running < max) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      return () => {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      };
    },
  };
}

const workerPlaces = placesAtOnce(workersAtOnce);

/** Time and memory one worker may take; past them its work is refused and the service carries on. */
export interface WorkerBudget {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
}

/** What a worker posts back: its result, a refusal in Swedish and English, or why it failed. */
export type WorkerAnswer<T> = { result: T } | { refused: { sv: string; en: string } } | { failed: string };

/**
 * Runs a worker module (a sibling `.ts` file under tsx in development and tests, its built `.js` in
 * production) on `data` with a time and memory budget, so a hostile file costs a thread of its own, never
 * the one that answers requests. `refused` turns the worker's own refusal into the caller's error;
 * `tooHeavy` is the error when the budget runs out.
 */
export async function runInWorker<T>(options: {
  module: URL;
  data: unknown;
  budget: WorkerBudget;
  refused: (message: { sv: string; en: string }) => Error;
  tooHeavy: () => Error;
  /** Ends the work, its worker terminated, when what it was for has its answer without it. */
  signal?: AbortSignal;
}): Promise<T> {
  const done = await workerPlaces.turn();
  try {
    options.signal?.throwIfAborted();
    return await runNow<T>(options);
  } finally {
    done();
  }
}

async function runNow<T>(options: Parameters<typeof runInWorker>[0]): Promise<T> {
  const settings = {
    workerData: options.data,
    resourceLimits: { maxOldGenerationSizeMb: options.budget.maxOldGenerationSizeMb },
  };
  const worker = options.module.pathname.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(options.module.href)}); });`,
        { ...settings, eval: true },
      )
    : new Worker(options.module, settings);
  try {
    return await new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(options.tooHeavy()), options.budget.timeoutMs);
      const settle = (action: () => void) => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', aborted);
        action();
      };
      const aborted = () => settle(() => reject(options.signal?.reason));
      options.signal?.addEventListener('abort', aborted, { once: true });
      worker.once('message', (answer: WorkerAnswer<T>) =>
        settle(() => {
          if ('result' in answer) resolve(answer.result);
          else if ('refused' in answer) reject(options.refused(answer.refused));
          else reject(new Error(`The worker ${options.module.pathname} failed: ${answer.failed}`));
        }),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? options.tooHeavy() : error)),
      );
      worker.once('exit', (code) =>
        settle(() =>
          reject(
            code === 0
              ? new Error(`The worker ${options.module.pathname} ended without an answer`)
              : options.tooHeavy(),
          ),
        ),
      );
    });
  } finally {
    await worker.terminate();
  }
}

/** Posts a worker's answer: `work`'s result, or the refusal `isRefusal` recognises, or why it failed. */
export function answerFromWorker<T>(
  post: (answer: WorkerAnswer<T>) => void,
  work: Promise<T>,
  isRefusal: (error: unknown) => error is Error & { sv: string; en: string },
): void {
  work.then(
    (result) => post({ result }),
    (error: unknown) =>
      post(
        isRefusal(error)
          ? { refused: { sv: error.sv, en: error.en } }
          : { failed: error instanceof Error ? error.message : String(error) },
      ),
  );
}
