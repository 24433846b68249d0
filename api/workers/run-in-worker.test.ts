import { describe, expect, it } from 'vitest';
import { placesAtOnce, runInWorker } from './run-in-worker.js';

describe('places at once for workers', () => {
  it('lets no more than its places run, and gives each freed place to the next in line', async () => {
    const places = placesAtOnce(2);
    const gates: (() => void)[] = [];
    let most = 0;
    const order: number[] = [];
    const tasks = Array.from({ length: 5 }, async (_, i) => {
      const done = await places.turn();
      order.push(i);
      most = Math.max(most, places.running());
      await new Promise<void>((resolve) => gates.push(resolve));
      done();
    });
    while (gates.length < 2) await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([0, 1]);
    while (order.length < 5) {
      gates.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const open of gates) open();
    await Promise.all(tasks);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(places.running()).toBe(0);
  });
});

/** A worker that never answers, with a budget far longer than any test: only the signal can end it. */
const neverAnswering = (signal: AbortSignal) =>
  runInWorker({
    module: new URL('../../test/fixtures/workers/never-answers.ts', import.meta.url),
    data: null,
    budget: { timeoutMs: 600_000, maxOldGenerationSizeMb: 64 },
    refused: () => new Error('refused'),
    tooHeavy: () => new Error('too heavy'),
    signal,
  });

describe('a worker whose answer is no longer needed', () => {
  it('is ended by its caller’s signal, with the reason given, long before its budget runs out', async () => {
    const stop = new AbortController();
    const reason = new Error('the cells were refused');
    const work = neverAnswering(stop.signal);
    // Some milliseconds in, the worker has started and is at work.
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort(reason);
    await expect(work).rejects.toBe(reason);
  });

  it('does not start when its signal came before its turn', async () => {
    const stop = new AbortController();
    stop.abort(new Error('not needed'));
    await expect(neverAnswering(stop.signal)).rejects.toThrow('not needed');
  });
});
