import { Worker } from 'node:worker_threads';

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
}): Promise<T> {
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
        action();
      };
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
