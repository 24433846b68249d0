import { describe, expect, it } from 'vitest';
import { PacedSender, type Outgoing } from './paced-sender.js';
import { SlidingWindowLimiter, teamsPerAppPerTenant, teamsPerConversation } from './rate-rules.js';

/** A virtual clock: sleeping moves time on at once, so pacing is tested without waiting. */
function virtualTime() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

function violations(times: number[], rules: { limit: number; windowMs: number }[]): number {
  let count = 0;
  for (const rule of rules)
    for (let i = 0; i < times.length; i += 1)
      if (times.filter((t) => t > times[i]! - rule.windowMs && t <= times[i]!).length > rule.limit) count += 1;
  return count;
}

describe('SlidingWindowLimiter', () => {
  it('lets seven through in a second and makes the eighth wait', () => {
    const limiter = new SlidingWindowLimiter(teamsPerConversation);
    for (let i = 0; i < 7; i += 1) {
      expect(limiter.waitMs('c', 100)).toBe(0);
      limiter.record('c', 100);
    }
    expect(limiter.waitMs('c', 100)).toBe(1000);
    expect(limiter.waitMs('other', 100)).toBe(0);
  });
});

describe('PacedSender', () => {
  it('keeps 300 messages to distinct people under 50 per second', async () => {
    const time = virtualTime();
    const sentAt: number[] = [];
    const sender = new PacedSender<string>(async () => void sentAt.push(time.now()), time);
    const messages: Outgoing<string>[] = Array.from({ length: 300 }, (_, i) => ({
      conversationId: `c${i}`,
      payload: 'påminnelse',
    }));
    const results = await sender.sendAll(messages, 1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(violations(sentAt, teamsPerAppPerTenant)).toBe(0);
    expect(time.now()).toBeGreaterThanOrEqual(5000);
  });

  it('counts a request from when its answer came, so requests that arrive late never crowd the next window', async () => {
    const time = virtualTime();
    const arrivedAt: number[] = [];
    // The first request is slow on its way (100 ms), the others quick (1 ms).
    const sender = new PacedSender<string>(async () => {
      await time.sleep(arrivedAt.length === 0 ? 100 : 1);
      arrivedAt.push(time.now());
    }, time);
    await sender.sendAll(
      Array.from({ length: 120 }, (_, i) => ({ conversationId: `c${i}`, payload: 'x' })),
      1,
    );
    expect(violations(arrivedAt, teamsPerAppPerTenant)).toBe(0);
  });

  it('keeps many messages to one conversation under every per-thread rule', async () => {
    const time = virtualTime();
    const sentAt: number[] = [];
    const sender = new PacedSender<string>(async () => void sentAt.push(time.now()), time);
    await sender.sendAll(
      Array.from({ length: 70 }, () => ({ conversationId: 'one', payload: 'x' })),
      1,
    );
    expect(violations(sentAt, teamsPerConversation)).toBe(0);
    expect(time.now()).toBeGreaterThanOrEqual(30_000);
  });

  it('retries 429, 412, 502 and 504 with backoff, honours Retry-After, and gives up on others', async () => {
    const time = virtualTime();
    const failures = [
      { statusCode: 429, retryAfterMs: 2000, message: 'Too Many Requests' },
      { statusCode: 502, message: 'Bad Gateway' },
    ];
    let _calls = 0;
    const sender = new PacedSender<string>(
      async () => {
        _calls += 1;
        const failure = failures.shift();
        if (failure) throw failure;
      },
      { ...time, random: () => 0.5 },
    );
    const result = await sender.sendOne({ conversationId: 'c', payload: 'x' });
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    expect(time.now()).toBeGreaterThanOrEqual(2000 + 500);

    const forbidden = new PacedSender<string>(
      async () => Promise.reject({ statusCode: 403, message: 'Forbidden' }),
      time,
    );
    expect(await forbidden.sendOne({ conversationId: 'c', payload: 'x' })).toMatchObject({
      ok: false,
      attempts: 1,
      error: 'Forbidden',
    });
    const alwaysBusy = new PacedSender<string>(
      async () => Promise.reject({ statusCode: 504, message: 'Gateway Timeout' }),
      { ...time, maxAttempts: 4 },
    );
    expect(await alwaysBusy.sendOne({ conversationId: 'c', payload: 'x' })).toMatchObject({ ok: false, attempts: 4 });
  });
});
