/** A limit of `limit` operations in any window of `windowMs`. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

/**
 * Teams' documented bot limits: per bot per conversation (thread) 7 per second, 8 per 2 s, 60 per 30 s and
 * 1,800 per hour; globally 50 requests per second per app per tenant. The values may change, so 429s are
 * still expected and retried.
 */
export const teamsPerConversation: RateRule[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];
// 45 of the documented 50: requests leave in bursts and arrive a little later than they were paced.
export const teamsPerAppPerTenant: RateRule[] = [{ limit: 45, windowMs: 1_000 }];

/** Status codes Microsoft says to retry with exponential backoff and jitter. */
export const retryableStatusCodes = new Set([412, 429, 502, 504]);

/** Sliding windows per key: how long until one more operation under `key` keeps every rule. */
export class SlidingWindowLimiter {
  private readonly history = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly rules: RateRule[]) {
    this.longest = Math.max(...rules.map((r) => r.windowMs));
  }

  waitMs(key: string, now: number): number {
    const times = this.prune(key, now);
    let wait = 0;
    for (const rule of this.rules) {
      const inWindow = times.filter((t) => t > now - rule.windowMs);
      if (inWindow.length >= rule.limit) {
        const oldestThatMustLeave = inWindow[inWindow.length - rule.limit]!;
        wait = Math.max(wait, oldestThatMustLeave + rule.windowMs - now);
      }
    }
    return wait;
  }

  record(key: string, now: number): void {
    this.prune(key, now).push(now);
  }

  private prune(key: string, now: number): number[] {
    const times = (this.history.get(key) ?? []).filter((t) => t > now - this.longest);
    this.history.set(key, times);
    return times;
  }
}
