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
// The whole documented 50: the sender counts each request from when its answer came back, which is never
// before Teams counted it, so a burst never lands inside the window of the one before.
export const teamsPerAppPerTenant: RateRule[] = [{ limit: 50, windowMs: 1_000 }];

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

  /** Moves an operation recorded when it started to when it ended: the latest it can have been counted. */
  settle(key: string, startedAt: number, endedAt: number): void {
    const times = this.history.get(key);
    const index = times?.indexOf(startedAt) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    const at = times.findIndex((t) => t > endedAt);
    times.splice(at < 0 ? times.length : at, 0, endedAt);
  }

  private prune(key: string, now: number): number[] {
    const times = (this.history.get(key) ?? []).filter((t) => t > now - this.longest);
    this.history.set(key, times);
    return times;
  }
}
