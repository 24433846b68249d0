import { describe, expect, it } from 'vitest';
import { placesAtOnce } from './run-in-worker.js';

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
