import { setImmediate as nextTurn } from 'node:timers/promises';

/** Runs work that pauses in steps, letting the requests that came in meanwhile be answered at each pause. */
export async function inTurns<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
