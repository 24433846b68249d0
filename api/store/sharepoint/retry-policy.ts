/**
 * When to try a Graph request again. Graph answers 429 when throttling and 503/504 when overloaded, with a
 * Retry-After header in seconds that is "the fastest way to recover" (https://learn.microsoft.com/graph/throttling);
 * without the header, back off exponentially. Attempts and the total wait are capped so a user action
 * fails with a clear error instead of hanging.
 */
export interface RetryPolicy {
  maxAttempts: number;
  /** The most the adapter waits in total for one request (all its retries together). */
  maxTotalWaitMs: number;
  /** First back-off when Graph gives no Retry-After; doubled on each further attempt. */
  baseDelayMs: number;
  /** How long one attempt may take before it counts as a timeout. */
  requestTimeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  maxTotalWaitMs: 60_000,
  baseDelayMs: 1_000,
  requestTimeoutMs: 30_000,
};

export const retryableStatuses: ReadonlySet<number> = new Set([429, 503, 504]);

/** Milliseconds to wait before the next attempt: Retry-After (seconds or an HTTP date) or exponential back-off. */
export function retryDelayMs(
  retryAfter: string | null | undefined,
  attempt: number,
  policy: RetryPolicy,
  now: () => number = Date.now,
): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now());
  }
  return policy.baseDelayMs * 2 ** (attempt - 1);
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * 429 and 503 mean Graph did nothing, so any request may be sent again. A 504 or a timeout may hide a
 * change that was made: only reads and ETag-guarded changes are replayed, never a create or an upload.
 */
export function mayReplay(
  request: { method: string; headers?: Record<string, string> },
  status: number | 'timeout' | 'network',
): boolean {
  if (status === 429 || status === 503) return true;
  if (request.method === 'GET') return true;
  return (request.method === 'PATCH' || request.method === 'DELETE') && request.headers?.['If-Match'] !== undefined;
}
