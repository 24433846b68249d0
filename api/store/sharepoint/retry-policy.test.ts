import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, mayReplay, retryDelayMs } from './retry-policy.js';

describe('retry policy', () => {
  it('waits what Retry-After says, in seconds or as an HTTP date, else doubles from the base delay', () => {
    const now = () => Date.parse('2026-11-24T08:00:00Z');
    expect(retryDelayMs('7', 1, defaultRetryPolicy, now)).toBe(7000);
    expect(retryDelayMs('Tue, 24 Nov 2026 08:00:30 GMT', 1, defaultRetryPolicy, now)).toBe(30_000);
    expect(retryDelayMs(null, 1, defaultRetryPolicy, now)).toBe(1000);
    expect(retryDelayMs(undefined, 4, defaultRetryPolicy, now)).toBe(8000);
    expect(retryDelayMs('soon', 2, defaultRetryPolicy, now)).toBe(2000);
  });

  it('replays anything Graph refused (429, 503), but after a 504 or a timeout only reads and ETag-guarded changes', () => {
    expect(mayReplay({ method: 'POST' }, 429)).toBe(true);
    expect(mayReplay({ method: 'PUT' }, 503)).toBe(true);
    expect(mayReplay({ method: 'GET' }, 504)).toBe(true);
    expect(mayReplay({ method: 'GET' }, 'timeout')).toBe(true);
    expect(mayReplay({ method: 'PATCH', headers: { 'If-Match': '"a,1"' } }, 504)).toBe(true);
    expect(mayReplay({ method: 'PATCH' }, 504)).toBe(false);
    expect(mayReplay({ method: 'POST' }, 504)).toBe(false);
    expect(mayReplay({ method: 'PUT' }, 'timeout')).toBe(false);
  });
});
